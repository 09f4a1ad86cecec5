import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { renderTeach } from './helpers';
import { parsedOf } from '../../../renderer/store/pod-store';
import podApi from '../../../assets/templates/pod-api.yaml?raw';
import nativeSidecar from '../../../assets/templates/native-sidecar.yaml?raw';

function kubectlStatus(): string {
  return screen.getByRole('status', { name: 'kubectl get pods' }).textContent ?? '';
}

function scrubTo(seconds: number) {
  fireEvent.change(screen.getByRole('slider', { name: 'Time' }), {
    target: { value: String(seconds) },
  });
}

describe('SimulationPanel', () => {
  it('shows the kubectl get pods table for the moment scrubbed to', () => {
    renderTeach(<SimulationPanel />, { mode: 'simulate' });
    expect(kubectlStatus()).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n/);
    expect(kubectlStatus()).toMatch(/api-server\s+0\/2\s+Pending\s+0\s+0s$/);

    scrubTo(3);
    expect(kubectlStatus()).toMatch(/api-server\s+0\/2\s+Init:0\/1\s+0\s+3s$/);
    expect(screen.getByRole('status', { name: 'Current time' })).toHaveTextContent('3 s');

    scrubTo(8);
    expect(kubectlStatus()).toMatch(/api-server\s+2\/2\s+Running\s+0\s+8s$/);
    expect(screen.getByRole('heading', { name: /Phase: Running/ })).toBeInTheDocument();
  });

  it('lists the events up to the moment, as kubectl get events does', () => {
    renderTeach(<SimulationPanel />, { mode: 'simulate' });
    const events = () => screen.getByRole('region', { name: 'Events' });
    expect(events()).toHaveTextContent('No events yet.');
    scrubTo(1);
    expect(within(events()).getByRole('cell', { name: 'Scheduled' })).toBeInTheDocument();
    expect(within(events()).queryByRole('cell', { name: 'Started' })).toBeNull();
    scrubTo(8);
    expect(within(events()).getAllByRole('cell', { name: 'Started' }).length).toBeGreaterThan(1);
  });

  it('takes the focus when it opens, so that Space plays', async () => {
    const { teach, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    expect(screen.getByRole('region', { name: 'Simulation' })).toHaveFocus();
    await user.keyboard(' ');
    expect(teach.getState().playing).toBe(true);
  });

  it('leaves with Escape, as the lecture does; in projector mode Escape is the strip’s', async () => {
    const { teach, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    act(() => teach.getState().setProjector(true));
    await user.keyboard('{Escape}');
    expect(teach.getState().mode).toBe('simulate');
    act(() => teach.getState().setProjector(false));
    await user.keyboard('{Escape}');
    expect(teach.getState().mode).toBe('edit');
  });

  it('takes its keys while a canvas node has the focus: a node takes none in this mode', async () => {
    const { teach, user } = renderTeach(
      <>
        <div
          className="react-flow__node"
          tabIndex={0}
          role="group"
          aria-label="Container api-server"
        />
        <SimulationPanel />
      </>,
      { mode: 'simulate' },
    );
    screen.getByRole('group', { name: 'Container api-server' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(teach.getState().time).toBe(1);
    await user.keyboard(' ');
    expect(teach.getState().playing).toBe(true);
    await user.keyboard('{Escape}');
    expect(teach.getState().mode).toBe('edit');
  });

  it('steps to the next change with the Step button and with →', async () => {
    const { teach, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(teach.getState().time).toBe(1);
    await user.keyboard('{ArrowRight}');
    expect(teach.getState().time).toBe(3);
    expect(kubectlStatus()).toContain('Init:0/1');
  });

  it('plays and pauses with the button and with Space', async () => {
    const { teach, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(teach.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    screen.getByRole('region', { name: 'Simulation' }).focus();
    await user.keyboard(' ');
    expect(teach.getState().playing).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(teach.getState()).toMatchObject({ time: 0, playing: false });
  });

  it('moves time on with animation frames, at the chosen speed, and stops at the end', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const tick = (now: number) => act(() => frames.shift()?.(now));
    try {
      const { teach, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
      await user.click(screen.getByRole('button', { name: 'Play' }));
      tick(1000);
      tick(1200);
      tick(1400);
      expect(teach.getState().time).toBeCloseTo(0.4);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '20×');
      tick(1600);
      expect(teach.getState().time).toBeCloseTo(4.4);
      for (let now = 1800; teach.getState().playing && now < 10_000; now += 200) tick(now);
      expect(teach.getState()).toMatchObject({ playing: false, time: teach.getState().run?.end });
      expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a CrashLoopBackOff with its countdown and the restarts', async () => {
    const { user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'App crashes (CrashLoopBackOff)',
    );
    scrubTo(14);
    expect(kubectlStatus()).toMatch(/api-server\s+1\/2\s+CrashLoopBackOff\s+1 \(1s ago\)\s+14s$/);
    expect(screen.getByText(/CrashLoopBackOff: api-server restarts in/)).toHaveTextContent(
      'restarts in 9 s',
    );
  });

  it('shows Init:CrashLoopBackOff when the init container keeps failing', async () => {
    const { user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'Init container fails',
    );
    expect(screen.getByRole('combobox', { name: 'Target container' })).toHaveDisplayValue(
      'Default (init-migrate)',
    );
    scrubTo(9);
    expect(kubectlStatus()).toContain('Init:CrashLoopBackOff');
  });

  it('tunes the scenario: no failed runs lets the init container succeed at once', async () => {
    const { user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'Init container fails',
    );
    const failures = screen.getByRole('spinbutton', { name: 'Failed runs before it succeeds' });
    expect(failures).toHaveValue(2);
    await user.clear(failures);
    await user.type(failures, '0');
    scrubTo(9);
    expect(kubectlStatus()).not.toContain('Init:');
    expect(kubectlStatus()).toMatch(/api-server\s+2\/2\s+Running/);
  });

  it('follows the manifest: a new Pod name shows in the table', () => {
    const { pod } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    act(() =>
      pod
        .getState()
        .setText(pod.getState().text.replace('name: api-server\n', 'name: web\n'), 'yaml'),
    );
    expect(kubectlStatus()).toMatch(/^NAME.*\nweb\s/);
  });
});

describe('SimulationPanel’s scenario', () => {
  const scenarioBox = () => screen.getByRole('combobox', { name: 'Scenario' });
  const hint = (pattern: RegExp) => screen.getByText(pattern, { selector: 'p' });

  it('explains the scenario for this Pod, and follows its restartPolicy as it is edited', async () => {
    const { pod, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(scenarioBox(), 'App crashes (CrashLoopBackOff)');
    expect(hint(/^api-server’s process exits/)).toHaveTextContent(
      'With restartPolicy Always, kubelet starts it again at once',
    );
    act(() =>
      pod
        .getState()
        .setText(
          pod.getState().text.replace('restartPolicy: Always', 'restartPolicy: Never'),
          'yaml',
        ),
    );
    expect(hint(/^api-server’s process exits/)).toHaveTextContent(
      'With restartPolicy Never it is not restarted',
    );
    scrubTo(30);
    expect(kubectlStatus()).toMatch(/api-server\s+1\/2\s+Error\s+0\s+30s$/);
  });

  it('names the container the simulator targets by default: the first app container', async () => {
    const { user } = renderTeach(<SimulationPanel />, { mode: 'simulate', text: nativeSidecar });
    await user.selectOptions(scenarioBox(), 'App crashes (CrashLoopBackOff)');
    expect(screen.getByRole('combobox', { name: 'Target container' })).toHaveDisplayValue(
      'Default (api-server)',
    );
  });

  it('is kept while the document is edited and saved, and back to the default in another one', async () => {
    const { pod, teach, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(scenarioBox(), 'Out of memory (OOMKilled)');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Target container' }),
      'log-shipper',
    );
    const edited = pod.getState().text.replace('name: api-server\n', 'name: web\n');
    act(() => pod.getState().setText(edited, 'yaml'));
    act(() => pod.getState().markSaved({ name: 'web.yaml', path: null, text: edited }));
    act(() => pod.getState().undo());
    expect(teach.getState()).toMatchObject({ scenarioKind: 'oom-killed', target: 'log-shipper' });

    act(() => pod.getState().loadFile({ name: 'pod-api.yaml', path: null, text: podApi }));
    expect(teach.getState()).toMatchObject({
      mode: 'simulate',
      scenarioKind: 'healthy',
      target: null,
      parameter: null,
      time: 0,
    });
    expect(scenarioBox()).toHaveDisplayValue('Healthy start');
    expect(kubectlStatus()).toMatch(/api-server\s+0\/1\s+Pending/);
  });

  it('goes back to the default when another document is opened outside the simulation too', async () => {
    const { pod, teach } = renderTeach(<SimulationPanel />);
    act(() => teach.getState().setScenario('app-crash'));
    act(() => pod.getState().loadFile({ name: 'native.yaml', path: null, text: nativeSidecar }));
    expect(teach.getState().scenarioKind).toBe('healthy');
    // Reopening a file whose text is the one open is another opening too.
    act(() => teach.getState().setScenario('app-crash'));
    act(() => pod.getState().loadFile({ name: 'again.yaml', path: null, text: nativeSidecar }));
    expect(teach.getState().scenarioKind).toBe('healthy');
  });

  it('plays a scenario chosen while the manifest does not parse on the last good Pod', async () => {
    const { pod, user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    act(() => pod.getState().setText(`${pod.getState().text}\n  : [`, 'yaml'));
    await waitFor(() => expect(parsedOf(pod.getState()).status).not.toBe('ok'));
    await user.selectOptions(scenarioBox(), 'App crashes (CrashLoopBackOff)');
    expect(hint(/^api-server’s process exits/)).toBeInTheDocument();
    scrubTo(14);
    expect(kubectlStatus()).toContain('CrashLoopBackOff');
  });
});
