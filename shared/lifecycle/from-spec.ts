import { parseQuantity } from '../manifest/quantity';
import type {
  ImagePullPolicy,
  ResourceAmounts,
  ProbeHandler,
  RestartPolicy,
  SimContainer,
  SimContainerKind,
  SimPod,
  SimProbe,
} from './types';

type Obj = Record<string, unknown>;

export function asObject(value: unknown): Obj | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Obj)
    : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A whole number at least `min`, else the fallback. Numeric strings count (`"10"`). */
function wholeNumber(value: unknown, fallback: number, min: number): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= min ? n : fallback;
}

const PROBE_HANDLERS: readonly Exclude<ProbeHandler, 'unknown'>[] = [
  'httpGet',
  'tcpSocket',
  'exec',
  'grpc',
];

function readProbe(
  value: unknown,
  alwaysOneSuccess: boolean,
  namedPorts: ReadonlyMap<string, number>,
): SimProbe | null {
  const probe = asObject(value);
  if (!probe) return null;
  const handler = PROBE_HANDLERS.find((h) => probe[h] !== undefined && probe[h] !== null);
  const action = handler ? asObject(probe[handler]) : null;
  const port = action?.port;
  const command = asArray(action?.command).filter((a) => typeof a === 'string');
  const probeGrace = wholeNumber(probe.terminationGracePeriodSeconds, -1, 0);
  return {
    handler: handler ?? 'unknown',
    port: typeof port === 'number' || typeof port === 'string' ? String(port) : null,
    portNumber:
      typeof port === 'number'
        ? String(port)
        : typeof port === 'string'
          ? String(namedPorts.get(port) ?? port)
          : null,
    path: handler === 'httpGet' && typeof action?.path === 'string' ? action.path : null,
    command: handler === 'exec' ? command : null,
    initialDelaySeconds: wholeNumber(probe.initialDelaySeconds, 0, 0),
    periodSeconds: wholeNumber(probe.periodSeconds, 10, 1),
    timeoutSeconds: wholeNumber(probe.timeoutSeconds, 1, 1),
    failureThreshold: wholeNumber(probe.failureThreshold, 3, 1),
    // Kubernetes rejects anything but 1 for liveness and startup probes.
    successThreshold: alwaysOneSuccess ? 1 : wholeNumber(probe.successThreshold, 1, 1),
    terminationGracePeriodSeconds: probeGrace >= 0 ? probeGrace : null,
  };
}

/** Bytes in a Kubernetes quantity (`512Mi`, `1G`, `1e9`, `134217728`), or null if unreadable. */
export function quantityToBytes(quantity: unknown): number | null {
  const bytes = parseQuantity(typeof quantity === 'string' ? quantity.trim() : quantity);
  return bytes !== null && bytes >= 0 ? Math.ceil(bytes) : null;
}

/** The pull policy Kubernetes defaults to: Always for `:latest` or an untagged image. */
function defaultPullPolicy(image: string): ImagePullPolicy {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return 'Always';
  return lastSegment.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function readContainer(value: unknown, index: number, list: 'init' | 'app'): SimContainer {
  const c = asObject(value) ?? {};
  const name =
    typeof c.name === 'string' && c.name !== ''
      ? c.name
      : `${list === 'init' ? 'init' : 'container'}-${index + 1}`;
  const image = typeof c.image === 'string' ? c.image : '';
  let kind: SimContainerKind = 'app';
  if (list === 'init') kind = c.restartPolicy === 'Always' ? 'native-sidecar' : 'init';
  const pullPolicy: ImagePullPolicy =
    c.imagePullPolicy === 'Always' ||
    c.imagePullPolicy === 'IfNotPresent' ||
    c.imagePullPolicy === 'Never'
      ? c.imagePullPolicy
      : defaultPullPolicy(image);
  const limits = asObject(asObject(c.resources)?.limits);
  const memory = limits?.memory;
  const memoryLimit =
    typeof memory === 'string' ? memory : typeof memory === 'number' ? String(memory) : null;
  // Plain init containers run to completion: Kubernetes forbids probes on them.
  const probes = kind !== 'init';
  const resources = asObject(c.resources);
  // A probe may name a port of its container; the prober looks the number up.
  const namedPorts = new Map<string, number>();
  for (const p of asArray(c.ports)) {
    const entry = asObject(p);
    if (typeof entry?.name === 'string' && typeof entry.containerPort === 'number')
      namedPorts.set(entry.name, entry.containerPort);
  }
  return {
    name,
    kind,
    image,
    imagePullPolicy: pullPolicy,
    startupProbe: probes ? readProbe(c.startupProbe, true, namedPorts) : null,
    livenessProbe: probes ? readProbe(c.livenessProbe, true, namedPorts) : null,
    readinessProbe: probes ? readProbe(c.readinessProbe, false, namedPorts) : null,
    memoryLimit,
    memoryLimitBytes: memoryLimit === null ? null : quantityToBytes(memoryLimit),
    resources: {
      requests: readAmounts(resources?.requests),
      limits: readAmounts(resources?.limits),
    },
    preStopSeconds: readPreStop(asObject(c.lifecycle)?.preStop),
  };
}

/** CPU and memory of a `requests`/`limits`/`overhead` map; unreadable values are left out. */
function readAmounts(value: unknown): ResourceAmounts {
  const map = asObject(value);
  const amounts: ResourceAmounts = {};
  const cpu = parseQuantity(map?.cpu);
  const memory = parseQuantity(map?.memory);
  if (cpu !== null && cpu >= 0) amounts.cpu = cpu;
  if (memory !== null && memory >= 0) amounts.memory = memory;
  return amounts;
}

/** How long a preStop hook runs: its `sleep.seconds`, a `sleep N` it execs, else 1 s. */
function readPreStop(value: unknown): number | null {
  const hook = asObject(value);
  if (!hook) return null;
  const sleep = asObject(hook.sleep);
  if (sleep) return wholeNumber(sleep.seconds, 1, 0);
  const command = asArray(asObject(hook.exec)?.command).join(' ');
  const slept = /\bsleep\s+(\d+)/.exec(command);
  return slept ? Number(slept[1]) : 1;
}

/**
 * The simulator's Pod from a plain Pod spec object (for instance `doc.toJS()` at the spec path).
 * Tolerant: missing lists are empty, unnamed containers get a name, odd probe fields take the
 * Kubernetes defaults, an unknown restart policy is `Always`.
 */
export function simPodFromSpec(spec: unknown): SimPod {
  const s = asObject(spec) ?? {};
  const restartPolicy: RestartPolicy =
    s.restartPolicy === 'OnFailure' || s.restartPolicy === 'Never' ? s.restartPolicy : 'Always';
  return {
    containers: [
      ...asArray(s.initContainers).map((c, i) => readContainer(c, i, 'init')),
      ...asArray(s.containers).map((c, i) => readContainer(c, i, 'app')),
    ],
    restartPolicy,
    terminationGracePeriodSeconds: wholeNumber(s.terminationGracePeriodSeconds, 30, 0),
    overhead: readAmounts(s.overhead),
  };
}
