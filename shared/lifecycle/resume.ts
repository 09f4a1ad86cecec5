import { BACKOFF_MAX_SECONDS, backOffMessageSeconds, crashBackOffSeconds } from './backoff';
import type { BackOffEntry } from './backoff';
import type { RecordedContainer } from './recorded-status';
import type { Runner } from './runner';

/**
 * The kubelet's back-off for a container restarted `restarts` times, the last at `at`: none
 * before the first restart (which is immediate), then 10 s doubling to the 5-minute cap.
 */
function backOffAfter(restarts: number, at: number): BackOffEntry | null {
  if (restarts <= 0) return null;
  return { delay: Math.min(crashBackOffSeconds(restarts + 1), BACKOFF_MAX_SECONDS), updatedAt: at };
}

/**
 * Puts a runner in the state a recorded status gives its container at second `now`, so the
 * kubelet goes on from there with its usual rules: a running process keeps running (its probes
 * counted from its start), an exited one is restarted after its back-off, a container in
 * CrashLoopBackOff waits out the delay its message names, a failed pull is retried.
 */
export function resumeRunner(r: Runner, c: RecordedContainer, now: number): void {
  const { state } = c;
  r.status = state;
  r.lastState = c.lastState;
  r.restartCount = c.restartCount;
  // Runs started so far: the current or last one counts, and each restart started one more.
  const ran = state.state !== 'waiting' || c.lastState !== null || c.restartCount > 0;
  r.runs = ran ? c.restartCount + 1 : 0;
  if (state.state !== 'waiting') r.backOff = backOffAfter(c.restartCount, state.startedAt);
  if (state.state === 'running') {
    r.activity = 'running';
    r.runStartedAt = state.startedAt;
    r.started = c.started || r.spec.startupProbe === null;
    // Started without a readiness probe is ready by the kubelet's rule, even where the record
    // was written a moment before the kubelet said so.
    r.ready = c.ready || (r.started && r.spec.readinessProbe === null);
    r.successes = r.ready ? (r.spec.readinessProbe?.successThreshold ?? 1) : 0;
    return;
  }
  if (state.state === 'terminated') {
    r.activity = 'exited';
    r.runStartedAt = state.startedAt;
    return;
  }
  if (state.reason === 'CrashLoopBackOff') {
    const finishedAt = c.lastState?.finishedAt ?? now;
    const delay =
      backOffMessageSeconds(state.message ?? '') ?? crashBackOffSeconds(c.restartCount + 1);
    r.activity = 'exited';
    r.runStartedAt = c.lastState?.startedAt ?? finishedAt;
    r.restartWait = delay;
    r.restartAt = finishedAt + Math.max(delay, 1);
    r.backOff = { delay, updatedAt: r.runStartedAt };
    return;
  }
  if (state.reason === 'ErrImagePull' || state.reason === 'ImagePullBackOff') {
    r.activity = 'pull-failed';
    r.pullFailedAt = now;
    r.pullRetryAt = now + crashBackOffSeconds(2);
  }
  // ContainerCreating, PodInitializing: not created yet; the kubelet starts it when its turn comes.
}
