import { backOffMessageSeconds, frameAt } from '../../shared';
import type { ContainerStatus, Frame, SimPod, SimProbe, Simulation } from '../../shared';

/** Seconds of steady state shown after the last change of a Pod that keeps running. */
const TAIL_SECONDS = 30;
/** The simulator's default run, in simulated seconds. */
export const SIMULATED_SECONDS = 300;

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

/** What the canvas shows on a container at one moment of the simulation. */
export interface ContainerLiveStatus {
  /** `pending` until the kubelet has reported on the Pod (before it is scheduled). */
  state: 'pending' | 'waiting' | 'running' | 'terminated';
  /** The waiting or terminated reason (`CrashLoopBackOff`, `Completed`…); empty otherwise. */
  reason: string;
  exitCode?: number;
  ready: boolean;
  restarts: number;
  /** Whole seconds until a back-off ends and the kubelet tries again. */
  countdown?: number;
  /** Lit on the canvas: the process is running right now. */
  active: boolean;
  /** The probe the kubelet runs on the container in this second, if any. */
  probe: ProbeKind | null;
}

/** The last second worth showing: the end of a finished Pod, else a while after its last change. */
export function simulationEnd(simulation: Simulation): number {
  const last = simulation.frames[simulation.frames.length - 1];
  if (!last) return 0;
  if (last.phase === 'Succeeded' || last.phase === 'Failed') return last.time;
  // A scenario that runs past the default run (a lost Node's eviction) is shown to its end.
  // A run from a recorded status counts its default run from the record.
  const start = simulation.frames[0]?.time ?? 0;
  return Math.min(Math.max(start + SIMULATED_SECONDS, last.time), last.time + TAIL_SECONDS);
}

function statusIn(frame: Frame, name: string): ContainerStatus | undefined {
  return frame.containers.find((c) => c.name === name);
}

const BACK_OFF_REASONS = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull']);

/** Seconds until the container leaves its back-off, from the frames after `time`. */
function backOffCountdown(
  simulation: Simulation,
  name: string,
  reason: string,
  time: number,
): number | undefined {
  for (const frame of simulation.frames) {
    if (frame.time <= time) continue;
    const next = statusIn(frame, name);
    if (!next || next.state.state !== 'waiting' || !BACK_OFF_REASONS.has(next.state.reason))
      return Math.max(0, Math.ceil(frame.time - time));
  }
  // Beyond the simulated run: read the delay the kubelet announced (`back-off 1m20s restarting…`).
  const status = statusIn(frameAt(simulation, time), name);
  const message = status?.state.state === 'waiting' ? (status.state.message ?? '') : '';
  const delay = backOffMessageSeconds(message);
  const since = status?.lastState?.finishedAt;
  if (reason === 'CrashLoopBackOff' && delay !== null && since !== undefined)
    return Math.max(0, Math.ceil(since + delay - time));
  return undefined;
}

function dueProbe(pod: SimPod | null, status: ContainerStatus, second: number): ProbeKind | null {
  if (status.state.state !== 'running') return null;
  const spec = pod?.containers.find((c) => c.name === status.name);
  if (!spec) return null;
  const age = second - status.state.startedAt;
  const due = (p: SimProbe | null): boolean =>
    p !== null &&
    age >= p.initialDelaySeconds &&
    (age - p.initialDelaySeconds) % p.periodSeconds === 0;
  if (!status.started) return due(spec.startupProbe) ? 'startup' : null;
  if (due(spec.livenessProbe)) return 'liveness';
  if (due(spec.readinessProbe)) return 'readiness';
  return null;
}

/** The status of container `name` at `time` (seconds, fractions allowed), or null when unknown. */
export function containerLiveStatus(
  simulation: Simulation,
  pod: SimPod | null,
  name: string,
  time: number,
): ContainerLiveStatus | null {
  const second = Math.floor(time);
  const frame = frameAt(simulation, second);
  if (!frame.spec.some((c) => c.name === name)) return null;
  const status = statusIn(frame, name);
  if (!status)
    return { state: 'pending', reason: '', ready: false, restarts: 0, active: false, probe: null };
  const { state } = status;
  const live: ContainerLiveStatus = {
    state: state.state,
    reason: state.state === 'running' ? '' : state.reason,
    ready: status.ready,
    restarts: status.restartCount,
    active: state.state === 'running',
    probe: dueProbe(pod, status, second),
  };
  if (state.state === 'terminated') live.exitCode = state.exitCode;
  if (state.state === 'waiting' && BACK_OFF_REASONS.has(state.reason)) {
    const countdown = backOffCountdown(simulation, name, state.reason, time);
    if (countdown !== undefined) live.countdown = countdown;
  }
  return live;
}

/** Events up to and including `time`, oldest first, as `kubectl get events` lists them. */
export function eventsUntil(simulation: Simulation, time: number) {
  return simulation.frames.filter((f) => f.time <= time).flatMap((f) => f.events);
}

/** The seconds at which something happens, for stepping from one change to the next. */
export function changeTimes(simulation: Simulation): number[] {
  return simulation.frames.map((f) => f.time);
}
