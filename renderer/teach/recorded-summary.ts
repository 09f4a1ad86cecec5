import type { RecordedContainer, RecordedStatus } from '../../shared';

/** `2024-05-06T10:01:43Z` as people read it: `2024-05-06 10:01:43 UTC`; other forms as written. */
export function recordedTime(at: string): string {
  const utc = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(at);
  return utc ? `${utc[1]} ${utc[2]} UTC` : at;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function stateWords(c: RecordedContainer): string {
  const { state } = c;
  let words: string;
  if (state.state === 'running') words = c.ready ? 'running' : 'running, not ready';
  else if (state.state === 'waiting') words = `waiting (${state.reason})`;
  else if (state.exitCode === 0) words = 'completed';
  else words = `terminated (${state.reason}, exit code ${state.exitCode})`;
  return c.restartCount > 0 ? `${words}, ${plural(c.restartCount, 'restart')}` : words;
}

/** What the simulation read of each container, after the time: `(phase Running): app running.` */
export function recordedStates(status: RecordedStatus): string {
  const containers = status.containers.map((c) => `${c.name} ${stateWords(c)}`).join('; ');
  return `(phase ${status.phase}): ${containers}.`;
}
