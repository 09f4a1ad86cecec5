import { describe, expect, it } from 'vitest';
import {
  podNameOf,
  rolloutSpec,
  simulateRollout,
  type RolloutFrame,
} from '../../../shared/lifecycle/rollout';
import { spec } from './helpers';

/**
 * A Deployment's rolling update against kubernetes.io/docs/concepts/workloads/controllers/deployment
 * ("Updating a Deployment"): "Deployment ensures that only a certain number of Pods are down while
 * they are being updated. By default, it ensures that at least 75% of the desired number of Pods
 * are up (25% max unavailable). Deployment also ensures that only a certain number of Pods are
 * created above the desired number of Pods. By default, it ensures that at most 125% of the
 * desired number of Pods are up (25% max surge)." "It does not kill old Pods until a sufficient
 * number of new Pods have come up".
 */
const pod = spec({
  containers: [
    {
      name: 'api',
      image: 'api:2',
      readinessProbe: { httpGet: { path: '/ready', port: 8080 }, initialDelaySeconds: 5 },
    },
  ],
});
const deployment = rolloutSpec({ replicas: 4 });
const serving = (f: RolloutFrame) => f.pods.filter((p) => p.traffic).length;
const upNotTerminating = (f: RolloutFrame) =>
  f.pods.filter((p) => p.state !== 'Terminating').length;

describe('the rollout’s bounds', () => {
  it('resolves the 25% defaults as Kubernetes rounds them: surge up, unavailable down', () => {
    expect(rolloutSpec({ replicas: 4 })).toMatchObject({ maxSurge: 1, maxUnavailable: 1 });
    expect(rolloutSpec({ replicas: 3 })).toMatchObject({ maxSurge: 1, maxUnavailable: 0 });
    expect(
      rolloutSpec({ replicas: 2, strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } }),
    ).toMatchObject({ maxSurge: 0, maxUnavailable: 1 });
  });
});

describe('a rolling update whose new Pods become Ready', () => {
  const frames = simulateRollout('api', deployment, pod, { newReady: true });

  it('keeps at least 75% serving and at most 125% of the Pods up, and finishes', () => {
    for (const f of frames) {
      expect(serving(f), `at ${f.time}s`).toBeGreaterThanOrEqual(3);
      expect(upNotTerminating(f), `at ${f.time}s`).toBeLessThanOrEqual(5);
    }
    const end = frames[frames.length - 1]!;
    expect(end.done).toBe(true);
    expect(end.status).toBe('deployment "api" successfully rolled out');
    expect(end.pods.map((p) => p.revision)).toEqual([2, 2, 2, 2]);
  });

  it('sends no traffic to a new Pod until its readiness probe has passed', () => {
    // kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle: readinessProbe "Indicates whether
    // the container is ready to respond to requests. If the readiness probe fails, the
    // EndpointSlice controller removes the Pod's IP address from the EndpointSlices of all
    // Services that match the Pod."
    const first = frames.find((f) => f.pods.some((p) => p.revision === 2))!;
    const newcomer = first.pods.find((p) => p.revision === 2)!;
    expect(newcomer).toMatchObject({ ready: false, traffic: false });
    // Pulled at 2 s, then the probe's initialDelaySeconds (5).
    const ready = frames.find((f) => f.pods.some((p) => p.name === newcomer.name && p.traffic))!;
    expect(ready.time - first.time).toBe(7);
  });

  it('prints kubectl rollout status as it goes', () => {
    // First one new Pod (the surge) while one old one goes (the unavailable one).
    expect(frames[0]!.status).toBe(
      'Waiting for deployment "api" rollout to finish: 1 out of 4 new replicas have been updated...',
    );
    expect(frames[0]!.pods.map((p) => `${p.revision} ${p.state}`)).toEqual([
      '1 Terminating',
      '1 Running',
      '1 Running',
      '1 Running',
      '2 ContainerCreating',
    ]);
    expect(frames.map((f) => f.status)).toContain(
      'Waiting for deployment "api" rollout to finish: 1 old replicas are pending termination...',
    );
  });
});

describe('a rolling update whose new Pods never become Ready', () => {
  // deployment docs, "Failed Deployment": "Your Deployment may get stuck trying to deploy its
  // newest ReplicaSet without ever completing. This can occur due to some of the following
  // factors: ... Readiness probe failures".
  const frames = simulateRollout('api', deployment, pod, { newReady: false });
  const end = frames[frames.length - 1]!;

  it('holds the rollout: the old Pods keep serving, the new ones get no traffic', () => {
    expect(end.done).toBe(false);
    expect(end.pods.filter((p) => p.revision === 1 && p.traffic)).toHaveLength(3);
    expect(end.pods.filter((p) => p.revision === 2).every((p) => !p.traffic)).toBe(true);
    expect(end.status).toBe(
      'Waiting for deployment "api" rollout to finish: 2 out of 4 new replicas have been updated...',
    );
  });
});

describe('the name of a workload’s Pod', () => {
  it('is the one its controller gives it, as kubectl get pods lists it', () => {
    expect(podNameOf('Pod', 'web')).toBe('web');
    expect(podNameOf('StatefulSet', 'db')).toBe('db-0');
    expect(podNameOf('Job', 'migrate')).toMatch(/^migrate-[a-z0-9]{5}$/);
    expect(podNameOf('CronJob', 'report')).toMatch(/^report-\d{8}-[a-z0-9]{5}$/);
    // A Deployment's first Pod is the rolling update's first Pod.
    const [first] = simulateRollout('web', rolloutSpec({ replicas: 1 }), pod, {
      newReady: true,
    });
    expect(podNameOf('Deployment', 'web')).toBe(first!.pods[0]!.name);
  });
});
