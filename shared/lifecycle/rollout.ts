import { PULL_SECONDS } from './kubelet';
import type { WorkloadKind } from '../manifest/types';
import type { SimPod } from './types';

/**
 * A Deployment's rolling update, as its controller runs it (pkg/controller/deployment/rolling.go):
 * new Pods are added while the total stays within `replicas + maxSurge`, old ones are removed
 * while the available Pods stay at least `replicas - maxUnavailable`. A Pod receives traffic only
 * while it is Ready; a new Pod that never becomes Ready holds the rollout where it is.
 */

export interface RolloutSpec {
  replicas: number;
  /** Pods above `replicas` during the update (25% of replicas, rounded up, by default). */
  maxSurge: number;
  /** Pods below `replicas` that may be unavailable (25%, rounded down, by default). */
  maxUnavailable: number;
  minReadySeconds: number;
}

export interface RolloutPod {
  name: string;
  revision: 1 | 2;
  state: 'ContainerCreating' | 'Running' | 'Terminating';
  ready: boolean;
  /** In the Service's endpoints: Ready and not terminating. */
  traffic: boolean;
}

export interface RolloutFrame {
  time: number;
  pods: RolloutPod[];
  /** What `kubectl rollout status deployment/<name>` prints at this moment. */
  status: string;
  done: boolean;
}

type IntOrPercent = number | string | undefined;

/** An int-or-percent of `replicas`, as Kubernetes resolves it (percentages round as asked). */
function scaled(value: IntOrPercent, replicas: number, fallback: string, roundUp: boolean): number {
  const v = value ?? fallback;
  if (typeof v === 'number') return Math.max(0, Math.floor(v));
  const percent = /^(\d+)%$/.exec(v.trim());
  if (!percent) return /^\d+$/.test(v.trim()) ? Number(v) : 0;
  const exact = (Number(percent[1]) * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** The rollout's numbers from a Deployment's `spec` (plain JavaScript), with the defaults. */
export function rolloutSpec(deploymentSpec: Record<string, unknown>): RolloutSpec {
  const n = deploymentSpec.replicas;
  const replicas = typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 1;
  const strategy = deploymentSpec.strategy as { rollingUpdate?: Record<string, IntOrPercent> };
  const rolling = strategy?.rollingUpdate ?? {};
  const maxSurge = scaled(rolling.maxSurge, replicas, '25%', true);
  let maxUnavailable = scaled(rolling.maxUnavailable, replicas, '25%', false);
  // Both zero would never make progress: Kubernetes then lets one Pod be unavailable.
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  const m = deploymentSpec.minReadySeconds;
  const minReadySeconds = typeof m === 'number' && m >= 0 ? Math.floor(m) : 0;
  return { replicas, maxSurge, maxUnavailable, minReadySeconds };
}

/** Seconds a terminating old Pod takes to go: SIGTERM, then the app's own shutdown. */
const SHUTDOWN_SECONDS = 3;
const SUFFIXES = ['x7k2p', 'q9w4m', 'b3n8v', 'h6t1c', 'r5z7d', 'm2f9s', 'k8j3l', 'p4g6w'];
/** The pod-template-hash of the rollout's two revisions (a ReplicaSet's name ends in it). */
const TEMPLATE_HASHES = { 1: '7c9d8f5b6d', 2: '5f4b8c9d7' } as const;

/**
 * The name of a workload's (first) Pod as its controller makes it and `kubectl get pods` lists
 * it: a Deployment's `web-7c9d8f5b6d-x7k2p` (its ReplicaSet's name, then a random suffix), a
 * StatefulSet's `web-0`, a CronJob's Job's (the scheduled minute) `web-29430120-x7k2p`, the
 * others' `web-x7k2p`. A Pod is named as written.
 */
export function podNameOf(kind: WorkloadKind, name: string): string {
  switch (kind) {
    case 'Pod':
      return name;
    case 'Deployment':
      return `${name}-${TEMPLATE_HASHES[1]}-${SUFFIXES[0]}`;
    case 'StatefulSet':
      return `${name}-0`;
    case 'CronJob':
      return `${name}-29430120-${SUFFIXES[0]}`;
    default:
      return `${name}-${SUFFIXES[0]}`;
  }
}

interface Tracked {
  name: string;
  revision: 1 | 2;
  createdAt: number;
  /** When its readiness probe first passes; null: never. */
  readyAt: number | null;
  terminatingAt: number | null;
}

/**
 * Rolls `name` from revision 1 (all Pods Ready at 0) to revision 2, second by second, for
 * `seconds`. `newReady` says whether the new Pods pass their readiness probe.
 */
export function simulateRollout(
  name: string,
  spec: RolloutSpec,
  pod: SimPod,
  options: { newReady: boolean; seconds?: number },
): RolloutFrame[] {
  const { replicas, maxSurge, maxUnavailable, minReadySeconds } = spec;
  // A new Pod is Ready once its image is pulled, its containers started and the slowest
  // readiness probe has passed once.
  const probeDelay = Math.max(
    0,
    ...pod.containers.map((c) => (c.readinessProbe ? c.readinessProbe.initialDelaySeconds : 0)),
  );
  const readyDelay = PULL_SECONDS + Math.max(1, probeDelay);
  let created = 0;
  const podName = (revision: 1 | 2) =>
    `${name}-${TEMPLATE_HASHES[revision]}-${SUFFIXES[created++ % SUFFIXES.length]}`;
  const pods: Tracked[] = Array.from({ length: replicas }, () => ({
    name: podName(1),
    revision: 1,
    createdAt: -60,
    readyAt: -60,
    terminatingAt: null,
  }));
  const frames: RolloutFrame[] = [];
  const seconds = options.seconds ?? 120;
  let previous = '';
  for (let t = 0; t <= seconds; t++) {
    // Old Pods that were told to stop are gone once their shutdown is over.
    for (let i = pods.length - 1; i >= 0; i--) {
      const p = pods[i]!;
      if (p.terminatingAt !== null && t >= p.terminatingAt + SHUTDOWN_SECONDS) pods.splice(i, 1);
    }
    const active = pods.filter((p) => p.terminatingAt === null);
    const available = (p: Tracked) => p.readyAt !== null && t >= p.readyAt + minReadySeconds;
    const fresh = active.filter((p) => p.revision === 2);
    const old = active.filter((p) => p.revision === 1);
    // Scale up the new ReplicaSet within replicas + maxSurge.
    const room = Math.min(replicas - fresh.length, replicas + maxSurge - active.length);
    for (let k = 0; k < room; k++) {
      const added: Tracked = {
        name: podName(2),
        revision: 2,
        createdAt: t,
        readyAt: options.newReady ? t + readyDelay : null,
        terminatingAt: null,
      };
      pods.push(added);
      active.push(added);
      fresh.push(added);
    }
    // Scale down old Pods while at least replicas - maxUnavailable stay available.
    const minAvailable = replicas - maxUnavailable;
    const newUnavailable = fresh.filter((p) => !available(p)).length;
    let canRemove = active.length - minAvailable - newUnavailable;
    const oldUnhealthy = old.filter((p) => !available(p));
    for (const p of oldUnhealthy) if (canRemove-- > 0) p.terminatingAt = t;
    let spare =
      active.filter((p) => p.terminatingAt === null && available(p)).length - minAvailable;
    for (const p of old) if (p.terminatingAt === null && spare-- > 0) p.terminatingAt = t;

    const shown = pods.map((p): RolloutPod => {
      const terminating = p.terminatingAt !== null;
      const started = t >= p.createdAt + PULL_SECONDS;
      const ready = started && p.readyAt !== null && t >= p.readyAt && !terminating;
      return {
        name: p.name,
        revision: p.revision,
        state: terminating ? 'Terminating' : started ? 'Running' : 'ContainerCreating',
        ready,
        traffic: ready,
      };
    });
    const stillActive = pods.filter((p) => p.terminatingAt === null);
    const updated = stillActive.filter((p) => p.revision === 2).length;
    const availableCount = stillActive.filter(available).length;
    const done =
      updated === replicas && stillActive.length === replicas && availableCount === replicas;
    const status = rolloutStatus(name, replicas, stillActive.length, updated, availableCount);
    const key = JSON.stringify([shown, status]);
    if (key !== previous) frames.push({ time: t, pods: shown, status, done });
    previous = key;
    if (done && pods.length === replicas) break;
  }
  return frames;
}

/** `kubectl rollout status`'s line (kubectl's DeploymentStatusViewer). */
export function rolloutStatus(
  name: string,
  replicas: number,
  current: number,
  updated: number,
  available: number,
): string {
  const waiting = `Waiting for deployment "${name}" rollout to finish: `;
  if (updated < replicas)
    return `${waiting}${updated} out of ${replicas} new replicas have been updated...`;
  if (current > updated)
    return `${waiting}${current - updated} old replicas are pending termination...`;
  if (available < updated)
    return `${waiting}${available} of ${updated} updated replicas are available...`;
  return `deployment "${name}" successfully rolled out`;
}
