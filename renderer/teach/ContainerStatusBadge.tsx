import { LAYOUT } from '../../shared';
import { fitText, fitWords, fontStyle, textWidth, type TextFont } from '../canvas/text-fit';
import type { ContainerLiveStatus } from './live-status';

/** The class for a container node whose process runs at this moment of the simulation. */
export const ACTIVE_CLASS = 'pb-lit';

/**
 * The class for a container node while a scenario plays: its status badge then takes the place
 * of the image line and the ports row (teach.css), since the node has no room for another row.
 */
export const SIMULATED_CLASS = 'pb-sim';

/**
 * Classes for a container node during a simulation: lit while its process runs, dimmed once it
 * has ended, marked while it waits in a back-off. Empty when nothing is simulated.
 */
export function containerStatusClass(status: ContainerLiveStatus | null): string {
  if (!status) return '';
  const classes = [SIMULATED_CLASS, `pb-sim-${status.state}`];
  if (status.active) classes.push(ACTIVE_CLASS);
  if (status.countdown !== undefined) classes.push('pb-sim-backoff');
  return classes.join(' ');
}

/** The badge's words: `Running ✓ ready`, `Waiting: CrashLoopBackOff (restart in 17 s)`… */
export function statusText(status: ContainerLiveStatus): string {
  switch (status.state) {
    case 'pending':
      return 'Not created yet';
    case 'running':
      return status.ready ? 'Running ✓ ready' : 'Running, not ready';
    case 'terminated':
      return `Terminated: ${status.reason || 'Error'} (exit ${status.exitCode ?? '?'})`;
    case 'waiting': {
      const reason = status.reason || 'Waiting';
      if (status.countdown === undefined) return `Waiting: ${reason}`;
      const what = status.reason === 'CrashLoopBackOff' ? 'restart' : 'retry';
      return `Waiting: ${reason} (${what} in ${status.countdown} s)`;
    }
  }
}

function tone(status: ContainerLiveStatus): string {
  if (status.state === 'running') return status.ready ? 'ok' : 'warn';
  if (status.state === 'terminated')
    return status.exitCode === 0 && status.reason === 'Completed' ? 'done' : 'bad';
  if (status.state === 'waiting' && status.countdown !== undefined) return 'bad';
  return 'idle';
}

/** The badge's font, for its words and its restart and probe marks alike. */
const STATUS_FONT: TextFont = { size: 11, family: '--font', weight: 500 };
/** The container node's padding and border on both sides (`.pb-container` in app.css). */
const NODE_INSET = 2 * 12 + 2 * 1.5;
/** The badge's padding on both sides, its dot and the gap after it (`.pb-status`). */
const BADGE_INSET = 2 * 6 + 7 + 5;
/** The gap before each restart or probe mark (`.pb-status__mark`). */
const MARK_GAP = 5;
/** How far the badge reaches into the node's padding on each side (`.pb-sim > .pb-status`). */
const REACH = 8;
/** The width a line of the badge's words has: container nodes are all as wide. */
export const STATUS_ROOM = LAYOUT.containerWidth - NODE_INSET + 2 * REACH - BADGE_INSET;

/**
 * The badge's words on one line, or on two when they do not fit: the first line takes as many
 * words as fit in `room` (a group in brackets counts as one), the second the rest, cut between
 * words to leave `tail` for the marks that follow it. Two lines is what the node has room for in
 * the place of its image line and ports row.
 */
export function statusLines(
  text: string,
  room: number,
  tail: number,
  font: TextFont,
): [string] | [string, string] {
  if (textWidth(text, font) + tail <= room) return [text];
  // A group in brackets breaks as one: `Terminated: Completed` / `(exit 0)`.
  const parts = text.split(/ (?![^(]*\))/);
  let count = 1;
  while (count < parts.length && textWidth(parts.slice(0, count + 1).join(' '), font) <= room)
    count++;
  const first = fitText(parts.slice(0, count).join(' '), room, font);
  return [first, fitWords(parts.slice(count).join(' '), room - tail, font)];
}

/**
 * A status badge for a container node while a scenario plays. Its words are cut to fit in
 * script, as the node's other texts are (canvas/text-fit.ts), with the full words in its tooltip.
 */
export function ContainerStatusBadge({ status }: { status: ContainerLiveStatus | null }) {
  if (!status) return null;
  const text = statusText(status);
  const marks = [
    ...(status.restarts > 0
      ? [{ key: 'restarts', kind: 'restarts', label: `↻ ${status.restarts}`, title: 'Restarts' }]
      : []),
    // Keyed by the probe, so that its tick animates again when another probe runs.
    ...(status.probe
      ? [
          {
            key: status.probe,
            kind: 'probe',
            label: `♥ ${status.probe}`,
            title: `${status.probe} probe`,
          },
        ]
      : []),
  ];
  const tail = marks.reduce((sum, m) => sum + MARK_GAP + textWidth(m.label, STATUS_FONT), 0);
  const lines = statusLines(text, STATUS_ROOM, tail, STATUS_FONT);
  const last = lines.length - 1;
  return (
    <div
      className={`pb-status pb-status--${tone(status)}`}
      data-state={status.state}
      style={fontStyle(STATUS_FONT)}
    >
      <span className="pb-status__dot" aria-hidden="true" />
      <span className="pb-status__text" title={text}>
        {lines.map((line, i) => (
          <span
            key={i}
            className={`pb-status__line${line === '' ? ' pb-status__line--marks' : ''}`}
          >
            {/* The space that joins the lines is not drawn (it starts a line) but keeps the
                badge's text the whole sentence for tests and screen readers when uncut. */}
            {i > 0 ? ` ${line}` : line}
            {i === last &&
              marks.map((m) => (
                <span
                  key={m.key}
                  className={`pb-status__mark pb-status__${m.kind}`}
                  title={m.title}
                >
                  {m.label}
                </span>
              ))}
          </span>
        ))}
      </span>
    </div>
  );
}

/**
 * The class for an init container's "exits 0 →" arrow during a simulation: passed once the
 * container it leaves from has exited 0, so the hand-off to the next one shows on the canvas.
 */
export function handOffClass(source: ContainerLiveStatus | null): string {
  return source?.state === 'terminated' && source.exitCode === 0 ? 'pb-handed-off' : '';
}
