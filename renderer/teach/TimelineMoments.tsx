import {
  BACKOFF_MAX_SECONDS,
  BACKOFF_RESET_SECONDS,
  backOffMessageSeconds,
  visibleText,
} from '../../shared';
import type { Simulation } from '../../shared';
import { useTeachStoreApi } from './teach-store';

/** A second of a simulation worth jumping to, and what happens there. */
export interface Moment {
  time: number;
  label: string;
}

/**
 * The moments of a long crash loop an instructor wants to show without playing minutes of
 * waiting: the first back-off at its 5-minute cap, and the crash after a run of more than 10
 * minutes, which the kubelet restarts at once because it has reset the back-off.
 */
export function timelineMoments(simulation: Simulation): Moment[] {
  const capped = new Map<string, number>();
  const reset = new Map<string, number>();
  for (const frame of simulation.frames) {
    for (const c of frame.containers) {
      const { state } = c;
      if (
        !capped.has(c.name) &&
        state.state === 'waiting' &&
        state.reason === 'CrashLoopBackOff' &&
        backOffMessageSeconds(state.message ?? '') === BACKOFF_MAX_SECONDS
      )
        capped.set(c.name, frame.time);
      if (
        !reset.has(c.name) &&
        state.state === 'terminated' &&
        state.exitCode !== 0 &&
        state.finishedAt - state.startedAt > BACKOFF_RESET_SECONDS &&
        c.restartCount > 0
      )
        reset.set(c.name, frame.time);
    }
  }
  const moments: Moment[] = [];
  for (const [name, time] of capped)
    moments.push({ time, label: `${name}: back-off at its 5-minute cap` });
  for (const [name, time] of reset)
    moments.push({ time, label: `${name}: crash after 10 minutes up, back-off reset` });
  return moments.sort((a, b) => a.time - b.time);
}

/** "Jump to" buttons for the moments of this simulation; nothing when it has none. */
export function TimelineMoments({ simulation }: { simulation: Simulation }) {
  const store = useTeachStoreApi();
  const moments = timelineMoments(simulation);
  if (moments.length === 0) return null;
  return (
    <div className="teach-moments" role="group" aria-label="Jump to">
      <span className="teach-moments__label" aria-hidden="true">
        Jump to
      </span>
      {moments.map((m) => (
        <button
          key={m.label}
          type="button"
          className="button"
          onClick={() => store.getState().setTime(m.time)}
        >
          {visibleText(m.label)} ({m.time} s)
        </button>
      ))}
    </div>
  );
}
