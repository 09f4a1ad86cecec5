import { describe, expect, it } from 'vitest';
import { backOffMessageSeconds, goDuration, STEADY_RUN_SECONDS } from '../../../shared';
import { container, eventTimes, firstFrame, restartWaits, run, templateSimPod } from './helpers';

/** The `back-off …` delays the kubelet wrote into api-server's CrashLoopBackOff, in order. */
function announcedDelays(sim: ReturnType<typeof run>): string[] {
  const delays: string[] = [];
  for (const f of sim.frames) {
    const c = f.containers.find((s) => s.name === 'api-server');
    if (c?.state.state !== 'waiting' || c.state.reason !== 'CrashLoopBackOff') continue;
    const delay = /back-off (\S+) restarting/.exec(c.state.message ?? '')?.[1] ?? '';
    if (delays[delays.length - 1] !== delay || c.restartCount !== delays.length) delays.push(delay);
  }
  return delays;
}

describe('a crash loop that reaches the cap, then runs for 10 minutes', () => {
  const anatomy = templateSimPod('pod-anatomy.yaml');
  const sim = run(anatomy, { kind: 'app-crash', steadyAfterCrashes: 8 }, { durationSeconds: 2000 });

  // kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle, "Container restarts": "After
  // containers in a Pod exit, the kubelet restarts them with an exponential backoff delay (10s,
  // 20s, 40s, …), that is capped at 300 seconds (5 minutes). Once a container has executed for 10
  // minutes without any problems, the kubelet resets the restart backoff timer for that container."
  it('waits 10 s, 20 s … 300 s, 300 s; after 11 minutes up, the next crash restarts at once', () => {
    expect(restartWaits(sim, 'api-server').slice(0, 12)).toEqual([
      1, 10, 20, 40, 80, 160, 300, 300, 1, 10, 20, 40,
    ]);
  });

  // The kubelet writes the delay as Go prints a time.Duration: "back-off 5m0s restarting failed
  // container=… pod=…" (kuberuntime_manager.go, doBackOff).
  it('announces each delay as the kubelet prints it', () => {
    expect(announcedDelays(sim).slice(0, 9)).toEqual([
      '10s',
      '20s',
      '40s',
      '1m20s',
      '2m40s',
      '5m0s',
      '5m0s',
      '10s',
      '20s',
    ]);
  });

  it('runs steadily, Ready, for the whole long run', () => {
    const long = firstFrame(
      sim,
      (f) => f.containers.length > 0 && container(f, 'api-server').restartCount === 8,
    );
    const api = container(long, 'api-server');
    expect(api.state.state).toBe('running');
    const started = api.state.state === 'running' ? api.state.startedAt : NaN;
    const crashes = eventTimes(sim, 'BackOff', 'api-server');
    // No back-off while it runs; the crash after it is restarted without one.
    expect(crashes.filter((t) => t > started && t < started + STEADY_RUN_SECONDS)).toEqual([]);
    const after = firstFrame(
      sim,
      (f) => f.containers.length > 0 && container(f, 'api-server').restartCount === 9,
    );
    expect(container(after, 'api-server').lastState).toMatchObject({
      finishedAt: started + STEADY_RUN_SECONDS,
      exitCode: 1,
    });
    expect(after.time).toBe(started + STEADY_RUN_SECONDS + 1);
  });

  it('reads the delays back from the messages', () => {
    expect([10, 80, 160, 300, 3600].map(goDuration)).toEqual([
      '10s',
      '1m20s',
      '2m40s',
      '5m0s',
      '1h0m0s',
    ]);
    expect(backOffMessageSeconds('back-off 2m40s restarting failed container=a pod=b')).toBe(160);
    expect(backOffMessageSeconds('Back-off pulling image "x"')).toBeNull();
  });
});
