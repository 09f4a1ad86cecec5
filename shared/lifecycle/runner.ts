import type { BackOffEntry } from './backoff';
import type { ProbeKind } from './messages';
import type {
  ContainerState,
  ContainerStatus,
  RestartPolicy,
  SimContainer,
  SimContainerKind,
  TerminatedState,
} from './types';

export type Activity = 'idle' | 'pulling' | 'pull-failed' | 'running' | 'exited';

/** One container as the kubelet tracks it: its API status and the bookkeeping behind it. */
export interface Runner {
  spec: SimContainer;
  status: ContainerState;
  lastState: TerminatedState | null;
  restartCount: number;
  ready: boolean;
  started: boolean;
  /** Runs started so far. */
  runs: number;
  activity: Activity;
  pullDoneAt: number;
  pullFailedAt: number;
  pullRetryAt: number;
  runStartedAt: number;
  restartAt: number | null;
  /** When SIGKILL ends a run the kubelet is stopping (after a failed probe); null otherwise. */
  killAt: number | null;
  restartWait: number;
  backOff: BackOffEntry | null;
  failures: Record<ProbeKind, number>;
  successes: number;
}

/**
 * A container not created yet. Its waiting reason is the kubelet's default: PodInitializing in
 * a Pod with init containers (for every container, init ones included), else ContainerCreating.
 */
export function newRunner(spec: SimContainer, podHasInit: boolean): Runner {
  return {
    spec,
    status: { state: 'waiting', reason: podHasInit ? 'PodInitializing' : 'ContainerCreating' },
    lastState: null,
    restartCount: 0,
    ready: false,
    started: false,
    runs: 0,
    activity: 'idle',
    pullDoneAt: 0,
    pullFailedAt: 0,
    pullRetryAt: 0,
    runStartedAt: 0,
    restartAt: null,
    killAt: null,
    restartWait: 0,
    backOff: null,
    failures: { startup: 0, liveness: 0, readiness: 0 },
    successes: 0,
  };
}

/**
 * Whether the kubelet starts a container of this kind again after it exited with `exitCode`:
 * native sidecars always (their own restartPolicy is Always), plain init containers after a
 * failure unless the Pod's policy is Never, app containers as the Pod's restartPolicy says.
 * The simulator and the words that explain a scenario both follow it.
 */
export function restartsOnExit(
  kind: SimContainerKind,
  exitCode: number,
  policy: RestartPolicy,
): boolean {
  if (kind === 'native-sidecar') return true;
  if (kind === 'init') return exitCode !== 0 && policy !== 'Never';
  return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}

/** The runner as an entry of `status.containerStatuses` (a copy, safe to keep in a frame). */
export function runnerStatus(r: Runner): ContainerStatus {
  return {
    name: r.spec.name,
    kind: r.spec.kind,
    state: { ...r.status },
    lastState: r.lastState ? { ...r.lastState } : null,
    // A plain init container counts as ready once it has exited 0.
    ready:
      r.spec.kind === 'init'
        ? r.status.state === 'terminated' && r.status.exitCode === 0
        : r.activity === 'running' && r.ready,
    started: r.activity === 'running' && r.started,
    restartCount: r.restartCount,
  };
}
