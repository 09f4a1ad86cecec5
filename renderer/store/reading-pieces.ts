import type { ShownReading } from '../../shared';
import { diff } from './reading-delta';
import type { Crossing, ReadResponse } from './reading-protocol';

/**
 * Keys of a map that cross from the reading worker in one message. A structured clone is read
 * back on the page's thread in one go when its message arrives: a map of 48,000 annotations
 * would hold the page for 100 ms or more, so a larger map crosses in pieces, each read in a task
 * of its own.
 */
export const PIECE_KEYS = 4_000;

type Path = (string | number)[];

/** Keys of a map past those sent with the reading, with where the map is in the documents. */
export interface MapPiece {
  path: Path;
  entries: Record<string, unknown>;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Sets an own key, even one named `__proto__` (a YAML key like any other). */
function put(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(map, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else map[key] = value;
}

/**
 * The maps and lists known to hold no map of more than the limit (the value), anywhere inside.
 * The plain documents of one reading share every part a keystroke did not change with the
 * reading before (see `plainDocument`), and no one changes them: a reading's walk goes down the
 * changed path alone. (The walk of the large Pod's documents took 3 to 4 ms of the worker's
 * time for each key.)
 */
const uncut = new WeakMap<object, number>();
/** How many times a walk met a map or list inside itself, where it stops short. */
let cycles = 0;

/**
 * `value` with every map of more than `limit` keys cut to its first `limit`, and the keys cut
 * added to `pieces`, `limit` to a piece, in order. What is cut is copied; `value` is kept.
 */
function cut(
  value: unknown,
  path: Path,
  limit: number,
  pieces: MapPiece[],
  within: Set<object> = new Set(),
): unknown {
  if (typeof value !== 'object' || value === null || uncut.get(value) === limit) return value;
  // A map or list met again inside itself (a YAML alias that holds itself) is not cut again.
  if (within.has(value)) {
    cycles++;
    return value;
  }
  within.add(value);
  const cyclesBefore = cycles;
  try {
    const kept = cutWithin(value, path, limit, pieces, within);
    // Known whole only when the walk did not stop short inside it.
    if (kept === value && cycles === cyclesBefore) uncut.set(value, limit);
    return kept;
  } finally {
    within.delete(value);
  }
}

function cutWithin(
  value: object,
  path: Path,
  limit: number,
  pieces: MapPiece[],
  within: Set<object>,
): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const kept = cut(item, [...path, i], limit, pieces, within);
      if (kept !== item) (copy ??= [...value])[i] = kept;
    });
    return copy ?? value;
  }
  if (!isMap(value)) return value;
  const keys = Object.keys(value);
  if (keys.length <= limit) {
    let copy: Record<string, unknown> | null = null;
    for (const key of keys) {
      const kept = cut(value[key], [...path, key], limit, pieces, within);
      if (kept !== value[key]) put((copy ??= { ...value }), key, kept);
    }
    return copy ?? value;
  }
  const head: Record<string, unknown> = {};
  for (const key of keys.slice(0, limit))
    put(head, key, cut(value[key], [...path, key], limit, pieces, within));
  for (let at = limit; at < keys.length; at += limit) {
    const entries: Record<string, unknown> = {};
    for (const key of keys.slice(at, at + limit)) put(entries, key, value[key]);
    pieces.push({ path, entries });
  }
  return head;
}

/** A reading without its text: the page keeps the text it sent, and it need not cross back. */
export function withoutText<Reading extends { text: string }>(reading: Reading): Crossing<Reading> {
  const crossing: Partial<Reading> = { ...reading };
  delete crossing.text;
  return crossing as Crossing<Reading>;
}

/** A reading sent whole or as a delta, which the page holds too (see reading-delta.ts). */
export interface SentReading {
  id: number;
  shown: Crossing<ShownReading>;
}

/**
 * The messages that carry a reading from the worker: the reading, its large maps cut, then the
 * pieces cut from them, in order. When the page holds a reading sent before (`last`) and no map
 * is cut, only what changed since that one crosses.
 */
export function shownMessages(
  id: number,
  shown: Crossing<ShownReading>,
  limit = PIECE_KEYS,
  last: SentReading | null = null,
): ReadResponse[] {
  if (!shown.documents) return [deltaOrWhole(id, shown, last)];
  const pieces: MapPiece[] = [];
  const documents = cut(shown.documents, [], limit, pieces) as unknown[];
  if (!pieces.length) return [deltaOrWhole(id, shown, last)];
  return [
    { id, shown: { ...shown, documents }, pieces: pieces.length },
    ...pieces.map((piece) => ({ id, piece })),
  ];
}

function deltaOrWhole(
  id: number,
  shown: Crossing<ShownReading>,
  last: SentReading | null,
): ReadResponse {
  if (!last) return { id, shown };
  return { id, delta: diff(last.shown, shown), base: last.id };
}

/**
 * Readings the worker keeps for requests to name: the page names the newest it holds, a reading
 * or two behind the last sent while keys come faster than they are read.
 */
const KEEP_SENT = 4;

/**
 * The worker's side of the crossing: the messages for each reading it sends, as what changed
 * since the reading its request names (`base`, the newest the page holds), else whole: when the
 * request names none, or one the worker no longer holds, and for a reading whose maps are cut
 * into pieces (the page joins pieces into a copy of its own, so neither side keeps such a
 * reading). Sent against what the page says it holds, not against the last reading sent: a
 * message lost on the way costs that reading alone, not every one after it.
 */
export function shownSender(limit: () => number = () => PIECE_KEYS) {
  /** The readings sent whole or as a delta that a request may still name. */
  const sent = new Map<number, SentReading>();
  return (id: number, shown: Crossing<ShownReading>, base?: number): ReadResponse[] => {
    const last = base === undefined ? null : (sent.get(base) ?? null);
    const messages = shownMessages(id, shown, limit(), last);
    // The page names the newest reading it holds, and ids grow: it names no older one again.
    if (base !== undefined) for (const older of sent.keys()) if (older < base) sent.delete(older);
    if (!messages[0]!.pieces) sent.set(id, { id, shown });
    // Readings lost on the way one after another would keep the page on an old one: past a few,
    // that one is let go, and the next reading is sent whole.
    if (sent.size > KEEP_SENT) sent.delete(sent.keys().next().value!);
    return messages;
  };
}

/** Puts a piece's keys back into its map, after those already there. */
export function joinPiece(documents: unknown[], { path, entries }: MapPiece): void {
  let map: unknown = documents;
  for (const key of path) map = (map as Record<string | number, unknown>)[key];
  for (const key of Object.keys(entries)) put(map as Record<string, unknown>, key, entries[key]);
}
