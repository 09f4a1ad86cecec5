import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import {
  BACKOFF_MAX_SECONDS,
  BACKOFF_RESET_SECONDS,
  backOffMessageSeconds,
  frameAt,
} from '../../../shared';
import { renderTeach } from './helpers';

describe('a crash loop in the panel', () => {
  // kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle: "After containers in a Pod exit,
  // the kubelet restarts them with an exponential backoff delay (10s, 20s, 40s, …), that is
  // capped at 300 seconds (5 minutes). Once a container has executed for 10 minutes without any
  // problems, the kubelet resets the restart backoff timer for that container."
  it('runs to the 5-minute cap, then through a 10-minute run and the reset, with jumps to both', async () => {
    const { user, teach } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'App crashes (CrashLoopBackOff)',
    );
    const { run } = teach.getState();
    const waits = run!.simulation.frames.flatMap((f) =>
      f.containers.flatMap((c) =>
        c.state.state === 'waiting' &&
        c.state.reason === 'CrashLoopBackOff' &&
        c.name === 'api-server'
          ? [backOffMessageSeconds(c.state.message ?? '')]
          : [],
      ),
    );
    expect(Math.max(...waits.map(Number))).toBe(BACKOFF_MAX_SECONDS);
    expect(Number(screen.getByRole('slider', { name: 'Time' }).getAttribute('max'))).toBe(run!.end);
    expect(frameAt(run!.simulation, run!.end).containers.length).toBeGreaterThan(0);
    expect(screen.getByText(/has its back-off reset/)).toBeVisible();

    const jumps = screen.getByRole('group', { name: 'Jump to' });
    await user.click(
      screen.getByRole('button', { name: /api-server: back-off at its 5-minute cap/ }),
    );
    expect(screen.getByRole('status', { name: 'kubectl get pods' })).toHaveTextContent(
      'CrashLoopBackOff',
    );
    // The kubelet reports the back-off at its first sync after the crash, a second later.
    expect(screen.getByText(/restarts in/)).toHaveTextContent(`in ${BACKOFF_MAX_SECONDS - 1} s`);

    await user.click(screen.getByRole('button', { name: /crash after 10 minutes up/ }));
    const crashed = teach.getState().time;
    const api = frameAt(run!.simulation, crashed).containers.find((c) => c.name === 'api-server')!;
    expect(api.state).toMatchObject({ state: 'terminated', reason: 'Error' });
    if (api.state.state === 'terminated')
      expect(api.state.finishedAt - api.state.startedAt).toBeGreaterThan(BACKOFF_RESET_SECONDS);
    // The next change is the restart, one second later: no back-off any more.
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(teach.getState().time).toBe(crashed + 1);
    expect(screen.getByRole('status', { name: 'kubectl get pods' })).toHaveTextContent('Running');
    expect(jumps).toBeVisible();
  });
});
