import type { ResourceAmounts, SimContainer, SimPod } from './types';

/**
 * What the Pod asks of a Node: its QoS class and its effective requests, as Kubernetes computes
 * them (pkg/apis/core/v1/helper/qos and component-helpers' resource.PodRequests).
 */

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

type Resource = keyof ResourceAmounts;
const RESOURCES: readonly Resource[] = ['cpu', 'memory'];

/**
 * A container's requests as the API server stores them: a resource with a limit but no request
 * gets the limit as its request.
 */
export function containerRequests(c: SimContainer): ResourceAmounts {
  const requests: ResourceAmounts = {};
  for (const r of RESOURCES) {
    const value = c.resources.requests[r] ?? c.resources.limits[r];
    if (value !== undefined) requests[r] = value;
  }
  return requests;
}

export interface Qos {
  qosClass: QosClass;
  /** Why, in a sentence naming the container that decides it. */
  reason: string;
}

/**
 * The Pod's QoS class. Every container counts, init containers and sidecars included; only CPU
 * and memory, and only amounts above zero.
 */
export function podQos(pod: SimPod): Qos {
  const containers = pod.containers;
  const positive = (v: number | undefined) => v !== undefined && v > 0;
  const any = containers.some((c) =>
    RESOURCES.some((r) => positive(c.resources.requests[r]) || positive(c.resources.limits[r])),
  );
  if (!any)
    return {
      qosClass: 'BestEffort',
      reason: 'No container sets a CPU or memory request or limit.',
    };
  for (const c of containers) {
    const requests = containerRequests(c);
    for (const r of RESOURCES) {
      const limit = c.resources.limits[r];
      if (!positive(limit))
        return {
          qosClass: 'Burstable',
          reason: `${c.name} has no ${r} limit: Guaranteed needs a CPU and a memory limit on every container.`,
        };
      if (requests[r] !== limit)
        return {
          qosClass: 'Burstable',
          reason: `${c.name}’s ${r} request is not its limit: Guaranteed needs them equal on every container.`,
        };
    }
  }
  return {
    qosClass: 'Guaranteed',
    reason: 'Every container has CPU and memory limits, with requests equal to them.',
  };
}

export interface EffectiveRequests {
  /** What the scheduler reserves on the Node: the higher of the two phases, plus overhead. */
  total: ResourceAmounts;
  /** The highest need during initialization: an init container with the sidecars before it. */
  init: ResourceAmounts;
  /** The app containers and all native sidecars together, once initialized. */
  running: ResourceAmounts;
}

/**
 * The Pod's effective requests. An init container runs beside the native sidecars listed before
 * it; once initialized, the app containers run beside every sidecar. The scheduler reserves the
 * higher of the two, plus the Pod's overhead.
 */
export function effectiveRequests(pod: SimPod): EffectiveRequests {
  const total: ResourceAmounts = {};
  const init: ResourceAmounts = {};
  const running: ResourceAmounts = {};
  for (const r of RESOURCES) {
    let sidecars = 0;
    let initPeak = 0;
    let app = 0;
    let written = false;
    for (const c of pod.containers) {
      const request = containerRequests(c)[r];
      if (request !== undefined) written = true;
      const amount = request ?? 0;
      if (c.kind === 'app') app += amount;
      else if (c.kind === 'native-sidecar') {
        sidecars += amount;
        initPeak = Math.max(initPeak, sidecars);
      } else initPeak = Math.max(initPeak, amount + sidecars);
    }
    const overhead = pod.overhead[r];
    if (!written && overhead === undefined) continue;
    init[r] = initPeak;
    running[r] = app + sidecars;
    total[r] = Math.max(initPeak, app + sidecars) + (overhead ?? 0);
  }
  return { total, init, running };
}

/**
 * What the scheduler's resource fit says of this Pod on a Node with `allocatable`: the
 * resources short ("Insufficient memory"), empty when it fits. A Node without a figure for a
 * resource has room for any amount of it.
 */
export function insufficient(pod: SimPod, allocatable: ResourceAmounts): Resource[] {
  const { total } = effectiveRequests(pod);
  return RESOURCES.filter((r) => {
    const room = allocatable[r];
    return room !== undefined && (total[r] ?? 0) > room;
  });
}

/** A quantity as kubectl prints it: `250m` or `2` CPUs, `512Mi` or `1Gi` of memory. */
export function formatQuantity(resource: Resource, value: number): string {
  if (resource === 'cpu') {
    const millis = Math.round(value * 1000);
    return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
  }
  for (const [suffix, size] of [
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
  ] as const)
    if (value >= size && value % size === 0) return `${value / size}${suffix}`;
  return String(Math.round(value));
}
