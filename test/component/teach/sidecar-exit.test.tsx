import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { frameAt } from '../../../shared';
import { renderTeach } from './helpers';

const job = `apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: Never
  initContainers:
    - name: log-shipper
      image: promtail:2.9.0
      restartPolicy: Always
  containers:
    - name: report
      image: busybox:1.36
`;

describe('the work completes beside a native sidecar', () => {
  it('lets the instructor have the sidecar ignore SIGTERM: 137 at the grace period, the Pod still Completed', async () => {
    const { user, teach } = renderTeach(<SimulationPanel />, { text: job, mode: 'simulate' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Work completes');
    const choice = screen.getByRole('combobox', { name: 'Sidecars on SIGTERM' });
    expect(choice).toHaveDisplayValue('Exit 0');
    await user.selectOptions(choice, 'Ignore it: SIGKILL at the grace period’s end (137)');
    expect(screen.getByText(/they ignore SIGTERM/)).toBeVisible();

    const { run } = teach.getState();
    act(() => teach.getState().setTime(run!.end));
    const end = frameAt(run!.simulation, run!.end);
    expect(end.phase).toBe('Succeeded');
    expect(end.containers.find((c) => c.name === 'log-shipper')?.state).toMatchObject({
      state: 'terminated',
      exitCode: 137,
    });
    expect(await screen.findByRole('status', { name: 'kubectl get pods' })).toHaveTextContent(
      /report\s+0\/2\s+Completed/,
    );
  });

  it('offers the choice only to a Pod with native sidecars', async () => {
    // pod-anatomy's log shipper is a classic sidecar, in containers.
    const { user } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Work completes');
    expect(screen.queryByRole('combobox', { name: 'Sidecars on SIGTERM' })).toBeNull();
  });
});
