import type { Kubelet } from './kubelet';
import type { Runner } from './runner';

/**
 * The kubelet's side of `kubectl delete pod`, as "Termination of Pods" describes it
 * (kubernetes.io/docs/concepts/workloads/pods/pod-termination): preStop hooks, then SIGTERM to
 * the app containers; native sidecars only once the last of them has stopped, in reverse order;
 * SIGKILL for whatever still runs when the grace period ends.
 */

/** Seconds a native sidecar takes to exit after SIGTERM. */
export const SIDECAR_SHUTDOWN_SECONDS = 1;
/** The exit code of a process that SIGTERM ends (128 + 15). */
export const SIGTERM_EXIT = 143;

/**
 * How a native sidecar ends when it is stopped: it exits 0; SIGTERM kills it (143); or it
 * ignores SIGTERM (a `tail -F` or `sleep` as PID 1 does) and SIGKILL ends it when the grace
 * period is over (137).
 */
export type SidecarExit = 'zero' | 'sigterm' | 'sigkill';
/** "the kubelet requests a small, one-off grace period extension of 2 seconds" */
export const PRESTOP_EXTENSION_SECONDS = 2;

interface Stop {
  /** When SIGTERM is sent: after the preStop hook. */
  termAt: number;
  /** When the process exits of itself after SIGTERM; null when it ignores SIGTERM. */
  exitAt: number | null;
}

export interface Deletion {
  /** When the deletion was requested (deletionTimestamp set). */
  at: number;
  /** When the grace period ends: SIGKILL for what still runs. */
  deadline: number;
  /** Seconds an app container takes to exit after SIGTERM; null when it ignores SIGTERM. */
  shutdown: number | null;
  sidecarExit: SidecarExit;
  stops: Map<Runner, Stop>;
}

export function beginDeletion(
  at: number,
  grace: number,
  shutdown: number | null,
  sidecarExit: SidecarExit = 'zero',
): Deletion {
  return { at, deadline: at + grace, shutdown, sidecarExit, stops: new Map() };
}

const running = (r: Runner) => r.activity === 'running';

/** Asks `r` to stop at `t`: its preStop hook, then SIGTERM; the kubelet's "Stopping container". */
function stop(kubelet: Kubelet, d: Deletion, r: Runner, t: number, shutdown: number | null) {
  kubelet.emit(t, 'Normal', 'Killing', r.spec.name, `Stopping container ${r.spec.name}`);
  const termAt = t + (r.spec.preStopSeconds ?? 0);
  d.stops.set(r, { termAt, exitAt: shutdown === null ? null : termAt + shutdown });
}

/** When SIGKILL ends `r`: the grace period's end, 2 s later while its preStop hook still runs. */
function killAt(d: Deletion, stopAt: Stop): number {
  return stopAt.termAt > d.deadline ? d.deadline + PRESTOP_EXTENSION_SECONDS : d.deadline;
}

/** One second of the shutdown; returns true once nothing runs any more. */
export function stepDeletion(kubelet: Kubelet, d: Deletion, t: number): boolean {
  const runners = kubelet.runners;
  const mains = runners.filter((r) => r.spec.kind !== 'native-sidecar');
  if (t === d.at) for (const r of mains.filter(running)) stop(kubelet, d, r, t, d.shutdown);

  for (const r of runners.filter(running)) {
    const s = d.stops.get(r);
    if (!s) continue;
    if (s.exitAt !== null && t >= s.exitAt && t < killAt(d, s)) {
      const code =
        r.spec.kind === 'native-sidecar' && d.sidecarExit === 'sigterm' ? SIGTERM_EXIT : 0;
      kubelet.exit(r, t, { exitCode: code, reason: code === 0 ? 'Completed' : 'Error' });
    } else if (t >= killAt(d, s)) kubelet.exit(r, t, { exitCode: 137, reason: 'Error' });
  }

  // Sidecars keep serving until the last app container has stopped, then go last first.
  const sidecars = runners.filter((r) => r.spec.kind === 'native-sidecar' && running(r));
  if (!mains.some(running) && sidecars.length > 0) {
    if (t >= d.deadline) {
      // Past the grace period every remaining container is stopped at once.
      for (const r of sidecars) kubelet.exit(r, t, { exitCode: 137, reason: 'Error' });
    } else {
      const last = sidecars[sidecars.length - 1]!;
      const shutdown = d.sidecarExit === 'sigkill' ? null : SIDECAR_SHUTDOWN_SECONDS;
      if (!d.stops.has(last)) stop(kubelet, d, last, t, shutdown);
    }
  }
  return !runners.some(running);
}
