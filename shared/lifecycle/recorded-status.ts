import { asArray, asObject } from './from-spec';
import type {
  ContainerState,
  ContainerStatus,
  PodPhase,
  SimPod,
  TerminatedState,
  WaitingState,
} from './types';

/**
 * A Pod's recorded `status` (from `kubectl get pod -o yaml`) read into the simulator's terms:
 * each container's state, its last run and restarts, whether the Pod was initialized, and the
 * moment of the record, all in seconds since the Pod was created, as the simulation counts.
 *
 * A container's recorded entry: the simulator's own status of it, at the recorded moment.
 */
export type RecordedContainer = ContainerStatus;

export interface RecordedStatus {
  /** Seconds from the Pod's creation to the last change the status records. */
  time: number;
  /** That last change as the status wrote it (`2024-05-06T09:13:25Z`). */
  at: string;
  phase: Exclude<PodPhase, 'Unknown'>;
  initialized: boolean;
  /** In the order of the Pod's containers; a container the status does not list is absent. */
  containers: RecordedContainer[];
  /** What was read loosely (a container the status does not list), in plain words. */
  notes: string[];
}

/** The Pod object's parts the reading needs: its `status` and `metadata.creationTimestamp`. */
export interface RecordedPod {
  status: unknown;
  createdAt: string | null;
}

export type StatusReading = { ok: true; status: RecordedStatus } | { ok: false; reason: string };

/** The waiting reasons the simulator's kubelet produces, so it can go on from them. */
const WAITING_REASONS = new Set([
  'ContainerCreating',
  'PodInitializing',
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
]);
const PHASES = new Set(['Pending', 'Running', 'Succeeded', 'Failed']);

/** The recorded parts of a Pod object (the root of a `kind: Pod` document), or null without any. */
export function recordedPod(pod: unknown): RecordedPod | null {
  const status = asObject(asObject(pod)?.status);
  if (!status || Object.keys(status).length === 0) return null;
  const created = asObject(asObject(pod)?.metadata)?.creationTimestamp;
  return { status, createdAt: typeof created === 'string' ? created : null };
}

class Unreadable extends Error {}

/** Reads `recorded` against the Pod the simulator runs; a reason when it cannot start from it. */
export function readRecordedStatus(pod: SimPod, recorded: RecordedPod): StatusReading {
  try {
    return { ok: true, status: read(pod, recorded) };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, reason: error.message };
    throw error;
  }
}

function read(pod: SimPod, recorded: RecordedPod): RecordedStatus {
  const status = asObject(recorded.status) ?? {};
  const phase = typeof status.phase === 'string' ? status.phase : '';
  if (phase === 'Unknown')
    throw new Unreadable(
      'The status says phase Unknown: the Node had stopped reporting, so nothing says what ' +
        'the containers were doing.',
    );
  if (!PHASES.has(phase))
    throw new Unreadable(
      phase ? `The status has an unknown phase "${phase}".` : 'The status has no phase.',
    );
  const entries = [
    ...asArray(status.initContainerStatuses).map((e) => ({ e, init: true })),
    ...asArray(status.containerStatuses).map((e) => ({ e, init: false })),
  ];
  if (entries.length === 0)
    throw new Unreadable(
      `The status (phase ${phase}) lists no containers yet: the Pod had not started on a Node.`,
    );

  const times: number[] = [];
  const stamps = new Map<number, string>();
  const created = recorded.createdAt ?? stringOr(status.startTime);
  const origin = created === null ? null : Date.parse(created);
  // Without a creation time, the earliest recorded time stands for it.
  const clock = (value: unknown, what: string): number => {
    const text = stringOr(value);
    const ms = text === null ? NaN : Date.parse(text);
    if (text === null || Number.isNaN(ms)) throw new Unreadable(`${what} is not a time.`);
    stamps.set(ms, text);
    times.push(ms);
    return ms;
  };
  const raw = entries.map(({ e, init }) => readEntry(pod, asObject(e) ?? {}, init, clock));
  for (const c of asArray(status.conditions)) {
    const at = asObject(c)?.lastTransitionTime;
    if (typeof at === 'string') clock(at, 'A condition’s lastTransitionTime');
  }
  const known = origin !== null && !Number.isNaN(origin);
  if (!known && times.length === 0)
    throw new Unreadable('The status records no time: nothing says when the Pod was where.');
  const zero = known ? origin : Math.min(...times);
  const latest = times.length > 0 ? Math.max(...times) : zero;
  if (created !== null && known) stamps.set(zero, created);
  const seconds = (ms: number) => Math.max(0, Math.round((ms - zero) / 1000));

  const notes: string[] = [];
  const containers: RecordedContainer[] = [];
  for (const spec of pod.containers) {
    const found = raw.find((r) => r.name === spec.name);
    if (!found) {
      notes.push(`The status does not list ${spec.name}: it starts as a new container.`);
      continue;
    }
    containers.push(found.resolve(seconds));
  }
  const initialized = asArray(status.conditions).some((c) => {
    const condition = asObject(c);
    return condition?.type === 'Initialized' && condition.status === 'True';
  });
  return {
    // The scheduler's second at least: the simulation's Pod is placed at 1.
    time: Math.max(1, seconds(latest)),
    at: stamps.get(latest) ?? '',
    phase: phase as RecordedStatus['phase'],
    initialized,
    containers,
    notes,
  };
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

type Clock = (value: unknown, what: string) => number;

/** One status entry, checked now; its times turned into seconds once the origin is known. */
function readEntry(pod: SimPod, entry: Record<string, unknown>, init: boolean, clock: Clock) {
  const name = stringOr(entry.name);
  if (name === null) throw new Unreadable('A container status has no name.');
  const spec = pod.containers.find((c) => c.name === name);
  if (!spec)
    throw new Unreadable(
      `The status names a container "${name}" that the Pod does not have (was the spec ` +
        'changed after the status was recorded?).',
    );
  if ((spec.kind !== 'app') !== init)
    throw new Unreadable(
      `The status lists ${name} among the ${init ? 'init ' : ''}containers, but the Pod has ` +
        `it among the ${init ? '' : 'init '}containers.`,
    );
  const restartCount = entry.restartCount ?? 0;
  if (typeof restartCount !== 'number' || !Number.isInteger(restartCount) || restartCount < 0)
    throw new Unreadable(`The restartCount of ${name} is not a whole number.`);
  const state = readState(name, asObject(entry.state), 'state', clock);
  const last = asObject(entry.lastState);
  const lastState = last?.terminated ? readState(name, last, 'lastState', clock) : null;
  if (lastState && lastState.state !== 'terminated')
    throw new Unreadable(`The lastState of ${name} is not a terminated run.`);
  const ready = entry.ready === true;
  // `started` arrived in Kubernetes 1.16; before it, a running container counted as started.
  const started = typeof entry.started === 'boolean' ? entry.started : state.state === 'running';
  return {
    name,
    resolve: (seconds: (ms: number) => number): RecordedContainer => ({
      name,
      kind: spec.kind,
      state: inSeconds(state, seconds),
      lastState:
        lastState?.state === 'terminated'
          ? (inSeconds(lastState, seconds) as TerminatedState)
          : null,
      ready,
      started,
      restartCount,
    }),
  };
}

/** A state with its times in milliseconds since the epoch, until the origin is known. */
type MsState = ContainerState;

function readState(
  name: string,
  value: Record<string, unknown> | null,
  field: string,
  clock: Clock,
): MsState {
  const keys = Object.keys(value ?? {}).filter((k) => asObject(value?.[k]) !== null);
  if (keys.length !== 1)
    throw new Unreadable(`The ${field} of ${name} is not one of waiting, running or terminated.`);
  const key = keys[0]!;
  const body = asObject(value![key])!;
  const time = (what: string) => clock(body[what], `The ${field}.${key}.${what} of ${name}`);
  if (key === 'running') return { state: 'running', startedAt: time('startedAt') };
  if (key === 'terminated') {
    const exitCode = body.exitCode;
    if (typeof exitCode !== 'number' || !Number.isInteger(exitCode))
      throw new Unreadable(`The ${field}.terminated of ${name} has no exit code.`);
    return {
      state: 'terminated',
      reason: stringOr(body.reason) ?? (exitCode === 0 ? 'Completed' : 'Error'),
      exitCode,
      startedAt: time('startedAt'),
      finishedAt: time('finishedAt'),
    };
  }
  if (key !== 'waiting')
    throw new Unreadable(`The ${field} of ${name} is not one of waiting, running or terminated.`);
  const reason = stringOr(body.reason) ?? 'ContainerCreating';
  if (!WAITING_REASONS.has(reason))
    throw new Unreadable(
      `${name} is waiting with ${reason}, which the simulator does not model (it knows ` +
        `${[...WAITING_REASONS].join(', ')}).`,
    );
  const waiting: WaitingState = { state: 'waiting', reason };
  const message = stringOr(body.message);
  if (message !== null) waiting.message = message;
  return waiting;
}

function inSeconds(state: MsState, seconds: (ms: number) => number): ContainerState {
  if (state.state === 'running') return { ...state, startedAt: seconds(state.startedAt) };
  if (state.state === 'terminated')
    return {
      ...state,
      startedAt: seconds(state.startedAt),
      finishedAt: seconds(state.finishedAt),
    };
  return state;
}
