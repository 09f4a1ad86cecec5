import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { BACKOFF_MAX_SECONDS, frameAt } from '../../../shared';
import { renderTeach } from './helpers';

describe('a crash loop in the panel', () => {
  // kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle: "After containers in a Pod exit,
  // the kubelet restarts them with an exponential backoff delay (10s, 20s, 40s, …), that is
  // capped at 300 seconds (5 minutes)."
  it('runs long enough to reach the 5-minute cap of the back-off', async () => {
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
          ? [Number(/back-off (\d+)s/.exec(c.state.message ?? '')?.[1])]
          : [],
      ),
    );
    expect(Math.max(...waits)).toBe(BACKOFF_MAX_SECONDS);
    expect(Number(screen.getByRole('slider', { name: 'Time' }).getAttribute('max'))).toBe(run!.end);
    expect(frameAt(run!.simulation, run!.end).containers.length).toBeGreaterThan(0);
  });
});
