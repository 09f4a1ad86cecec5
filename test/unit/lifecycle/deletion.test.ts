import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow, kubectlGetPodsTable } from '../../../shared/kubectl/get-pods';
import { frameAt } from '../../../shared/lifecycle/simulate';
import type { Simulation } from '../../../shared/lifecycle/types';
import { container, eventTimes, firstFrame, lastFrame, run, spec } from './helpers';

/**
 * `kubectl delete pod`, against kubernetes.io/docs/concepts/workloads/pods/pod-termination
 * ("Pod Termination Flow"), quoted beside each check.
 */

const stopped = (sim: Simulation, name: string) =>
  firstFrame(
    sim,
    (f) => f.containers.length > 0 && container(f, name).state.state === 'terminated',
  );

describe('deleting a running Pod', () => {
  const pod = spec({
    initContainers: [
      { name: 'init-migrate', image: 'm:1' },
      { name: 'log-shipper', image: 'promtail:3', restartPolicy: 'Always' },
      { name: 'proxy', image: 'envoy:1.31', restartPolicy: 'Always' },
    ],
    containers: [
      {
        name: 'api',
        image: 'api:2',
        lifecycle: { preStop: { sleep: { seconds: 5 } } },
      },
    ],
  });
  const sim = run(pod, { kind: 'deleted', afterSeconds: 30 });

  it('shows Terminating at once and takes the Pod out of the endpoints', () => {
    // "If you use kubectl describe to check the Pod you're deleting, that Pod shows up as
    // "Terminating"." "Terminating endpoints always have their ready status as false".
    const before = frameAt(sim, 29);
    expect(kubectlGetPodsRow('api-server', before).status).toBe('Running');
    const deleting = firstFrame(sim, (f) => f.deleting === true);
    expect(deleting.time).toBe(30);
    expect(kubectlGetPodsRow('api-server', deleting).status).toBe('Terminating');
    expect(deleting.inEndpoints).toBe(false);
  });

  it('runs the preStop hook, then SIGTERM; the app exits before the grace period ends', () => {
    // "If one of the Pod's containers has defined a preStop hook ... the kubelet runs that hook
    // inside of the container." "The kubelet triggers the container runtime to send a TERM
    // signal to process 1 inside each container."
    expect(eventTimes(sim, 'Killing', 'api')).toEqual([30]);
    // 5 s of preStop, then 3 s for the app to exit after SIGTERM.
    const api = container(stopped(sim, 'api'), 'api');
    expect(api.state).toMatchObject({ state: 'terminated', exitCode: 0, finishedAt: 38 });
  });

  it('stops the native sidecars only after the app container, last one first', () => {
    // "the kubelet will delay sending the TERM signal to these sidecar containers until the last
    // main container has fully terminated. The sidecar containers will be terminated in the
    // reverse order they are defined in the Pod spec."
    const [proxyStop] = eventTimes(sim, 'Killing', 'proxy');
    const [shipperStop] = eventTimes(sim, 'Killing', 'log-shipper');
    expect(proxyStop).toBe(38);
    expect(shipperStop).toBeGreaterThan(proxyStop!);
    expect(container(stopped(sim, 'log-shipper'), 'proxy').state.state).toBe('terminated');
  });

  it('ends in a terminal phase, then the Pod is gone from the API', () => {
    // "The kubelet transitions the Pod into a terminal phase (Failed or Succeeded depending on
    // the end state of its containers)." "The API server deletes the Pod's API object, which is
    // then no longer visible from any client."
    const end = lastFrame(sim);
    const terminal = sim.frames[sim.frames.length - 2]!;
    expect(terminal.phase).toBe('Succeeded');
    expect(end.deleted).toBe(true);
    expect(end.time).toBe(terminal.time + 1);
    expect(kubectlGetPodsTable('api-server', end, 'shop')).toBe(
      'No resources found in shop namespace.',
    );
  });
});

describe('deleting a Pod whose app ignores SIGTERM', () => {
  const pod = spec({
    terminationGracePeriodSeconds: 10,
    containers: [{ name: 'api', image: 'api:2' }],
  });
  const sim = run(pod, { kind: 'deleted', afterSeconds: 20, shutdownSeconds: null });

  it('sends SIGKILL when the grace period ends, and the Pod fails', () => {
    // "When the grace period expires, if there is still any container running in the Pod, the
    // kubelet triggers forcible shutdown. The container runtime sends SIGKILL to any processes
    // still running in any container in the Pod."
    const api = container(stopped(sim, 'api'), 'api');
    expect(api.state).toMatchObject({ exitCode: 137, reason: 'Error', finishedAt: 30 });
    expect(sim.frames[sim.frames.length - 2]!.phase).toBe('Failed');
    expect(sim.notes.join(' ')).toContain('ignores SIGTERM');
  });
});

describe('a preStop hook longer than the grace period', () => {
  it('gets a one-off extension of 2 seconds, then SIGKILL', () => {
    // "If the preStop hook is still running after the grace period expires, the kubelet requests
    // a small, one-off grace period extension of 2 seconds."
    const pod = spec({
      terminationGracePeriodSeconds: 5,
      containers: [
        {
          name: 'api',
          image: 'api:2',
          lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 60'] } } },
        },
      ],
    });
    const sim = run(pod, { kind: 'deleted', afterSeconds: 20 });
    const api = container(stopped(sim, 'api'), 'api');
    expect(api.state).toMatchObject({ exitCode: 137, finishedAt: 27 });
  });
});
