import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import type { Scenario, TerminatedState } from '../../../shared/lifecycle/types';
import { container, eventTimes, lastFrame, phaseSequence, run, spec } from './helpers';

/** A Job's Pod: a proxy and a log shipper as native sidecars, and the work. */
function jobPod(grace?: number) {
  return spec({
    restartPolicy: 'Never',
    ...(grace === undefined ? {} : { terminationGracePeriodSeconds: grace }),
    initContainers: [
      { name: 'proxy', image: 'envoy:1.31', restartPolicy: 'Always' },
      { name: 'shipper', image: 'promtail:2.9.0', restartPolicy: 'Always' },
    ],
    containers: [{ name: 'work', image: 'busybox:1.36' }],
  });
}

function simulateJob(sidecarExit: 'zero' | 'sigterm' | 'sigkill', grace?: number) {
  const scenario: Scenario = { kind: 'job-completes', runSeconds: 5, sidecarExit };
  const sim = run(jobPod(grace), scenario);
  const end = lastFrame(sim);
  const work = container(end, 'work').state as TerminatedState;
  const ended = (name: string) => container(end, name).state as TerminatedState;
  return { sim, end, done: work.finishedAt, ended };
}

// kubernetes.io/docs/concepts/workloads/pods/sidecar-containers: "Upon Pod termination, the
// kubelet postpones terminating sidecar containers until the main application container has fully
// stopped. The sidecar containers are then shut down in the opposite order of their appearance in
// the Pod specification." And: "When other containers take all allotted graceful termination
// time, the sidecar containers will receive the SIGTERM signal, followed by the SIGKILL signal,
// before they have time to terminate gracefully. So exit codes different from 0 (0 indicates
// successful exit), for sidecar containers are normal on Pod termination and should be generally
// ignored by the external tooling."
describe('native sidecars stopped at the end of the work', () => {
  it('exit 143 when SIGTERM ends them, last one first, and the Pod still Succeeds', () => {
    const { sim, end, done, ended } = simulateJob('sigterm');
    expect(eventTimes(sim, 'Killing', 'shipper')).toEqual([done]);
    expect(eventTimes(sim, 'Killing', 'proxy')).toEqual([done + 1]);
    expect(ended('shipper')).toMatchObject({
      exitCode: 143,
      reason: 'Error',
      finishedAt: done + 1,
    });
    expect(ended('proxy')).toMatchObject({ exitCode: 143, reason: 'Error', finishedAt: done + 2 });
    // The kubelet's getPhase skips terminated restartable init containers.
    expect(end.phase).toBe('Succeeded');
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(kubectlGetPodsRow('job', end).status).toBe('Completed');
  });

  it('exit 137 at the grace period’s end when they ignore SIGTERM, all remaining at once', () => {
    // pod-lifecycle, "Pod shutdown and sidecar containers": "If the grace period expires before
    // the termination process is complete, the Pod may enter forced termination. In this case,
    // all remaining containers in the Pod will be terminated simultaneously with a short grace
    // period."
    const { sim, end, done, ended } = simulateJob('sigkill');
    expect(eventTimes(sim, 'Killing', 'shipper')).toEqual([done]);
    expect(ended('shipper')).toMatchObject({ exitCode: 137, finishedAt: done + 30 });
    expect(ended('proxy')).toMatchObject({ exitCode: 137, finishedAt: done + 30 });
    // Until then the Pod is Running: its work is Completed, a sidecar still runs.
    const waiting = sim.frames.filter((f) => f.time > done && f.time < done + 30);
    expect(waiting.every((f) => f.phase === 'Running')).toBe(true);
    expect(end.phase).toBe('Succeeded');
    expect(end.time).toBe(done + 30);

    const short = simulateJob('sigkill', 10);
    expect(short.ended('proxy')).toMatchObject({ exitCode: 137, finishedAt: short.done + 10 });
  });

  it('exit 0 a second after SIGTERM when they handle it', () => {
    const { end, done, ended } = simulateJob('zero');
    expect(ended('shipper')).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
      finishedAt: done + 1,
    });
    expect(ended('proxy')).toMatchObject({ exitCode: 0, finishedAt: done + 2 });
    expect(end.phase).toBe('Succeeded');
  });
});
