import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { MAX_MANIFEST_BYTES } from '../host';
import { reportDuplicateKeys } from './duplicate-keys';
import type { EditedParse, Parse, PlainChange } from './scalar-edit';

/**
 * The fast path of reading the text a canvas edit writes when it adds whole lines to a block
 * collection: an item of a list (a container, a volume, a mount) or a pair of a mapping (a new
 * field). The lines are parsed on their own, put into the last reading's Document where they
 * stand, and every position after them is shifted, instead of parsing the whole text again. On
 * the 60-container Pod a parse takes 40 to 70 ms in the page; this takes a walk of the nodes.
 *
 * It applies only where the result is the parse's own: the last text parsed without an error or
 * a warning; the lines are inserted at a line start, between two entries of one block collection
 * or after its last, the entries at the lines' own indentation (above the comment lines of the
 * entry after them, which stay its own); the lines hold no comment, blank line, anchor, alias,
 * tag, merge key, block scalar or document marker, and the line above them is no comment or
 * blank line; and the lines read on their own, without an error or a warning, as entries of
 * that kind. Anything else is parsed in full. `test/unit/manifest/lines-edit.test.ts` checks the
 * result against a full parse, to every position, over every fixture.
 */

type Collection = YAMLMap | YAMLSeq;
type Range = [number, number, number];

/** Where an entry (an item, or a pair's key) starts. */
function entryStart(entry: unknown): number | null {
  const node = isCollectionPair(entry) ? entry.key : entry;
  return (node as Node | null)?.range?.[0] ?? null;
}

/** Where an entry ends, with the line break after it. */
function entryEnd(entry: unknown): number | null {
  if (isCollectionPair(entry)) {
    const value = entry.value as Node | null;
    return (value?.range ?? (entry.key as Node | null)?.range)?.[2] ?? null;
  }
  return (entry as Node | null)?.range?.[2] ?? null;
}

function isCollectionPair(entry: unknown): entry is Pair {
  return typeof entry === 'object' && entry !== null && 'key' in entry && 'value' in entry;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The column of a block collection's entries: its first key's, or its first item's dash, with
 * the item's content on the dash's line. Null for any other layout.
 */
function entryColumn(text: string, node: Collection): number | null {
  const first = entryStart(node.items[0]);
  if (first === null) return null;
  const before = text.slice(lineStartOf(text, first), first);
  const indent = (isSeq(node) ? /^( *)- +$/ : /^( *)$/).exec(before);
  return indent ? indent[1]!.length : null;
}

/**
 * The block collection the lines go into: the innermost one of the lines' kind whose entries
 * start at their column and whose range holds `at`, with the path of collections down to it.
 */
function findTarget(
  node: unknown,
  at: number,
  column: number,
  kind: 'seq' | 'map',
  text: string,
  path: Collection[],
): Collection[] | null {
  if (!(isMap(node) || isSeq(node)) || node.flow || !node.range) return null;
  if (at < node.range[0] || at > node.range[2]) return null;
  const here = [...path, node];
  for (const entry of node.items) {
    const child = isCollectionPair(entry) ? entry.value : entry;
    const inner = findTarget(child, at, column, kind, text, here);
    if (inner) return inner;
  }
  if ((kind === 'seq') !== isSeq(node)) return null;
  return entryColumn(text, node) === column ? here : null;
}

/** Shifts the positions at or past `at` by `delta`: those that end at `at` only for `inside`. */
function shift(range: Range, at: number, delta: number, inside: boolean): void {
  for (let i = 0; i < 3; i++) {
    const value = range[i]!;
    const isEnd = i > 0;
    if (value > at || (value === at && isEnd === inside)) range[i] = value + delta;
  }
}

function shiftTree(node: unknown, at: number, delta: number, within: ReadonlySet<unknown>): void {
  if (!isScalar(node) && !isMap(node) && !isSeq(node) && !isAlias(node)) return;
  const range = (node as Node).range as Range | undefined;
  if (!range || range[2] < at) return;
  shift(range, at, delta, within.has(node));
  if (isMap(node)) {
    for (const pair of node.items) {
      shiftTree(pair.key, at, delta, within);
      shiftTree(pair.value, at, delta, within);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shiftTree(item, at, delta, within);
  }
}

function moveTree(node: unknown, by: number): void {
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
  const range = (node as Node).range as Range | undefined;
  if (range) for (let i = 0; i < 3; i++) range[i]! += by;
  if (isMap(node)) {
    for (const pair of node.items) {
      moveTree(pair.key, by);
      moveTree(pair.value, by);
    }
  } else if (isSeq(node)) node.items.forEach((item) => moveTree(item, by));
}

/** A line that is blank or only a comment. */
const QUIET_LINE = /^[ \t]*(#.*)?$/;

/**
 * `last` (the reading of `lastText`) brought up to `text`, which is `lastText` with `inserted`
 * put at `at`; null where `text` must be parsed in full. On success `last`'s Documents are
 * changed in place and belong to the new reading: the caller drops the old one.
 */
export function readInsertedLines(
  last: Parse,
  lastText: string,
  at: number,
  inserted: string,
  text: string,
  options: object,
): EditedParse | null {
  if (last.failed || last.diagnostics.length > 0 || text.length * 3 > MAX_MANIFEST_BYTES) {
    return null;
  }
  if (text.length !== lastText.length + inserted.length) return null;
  if (!inserted.endsWith('\n') || (at > 0 && lastText[at - 1] !== '\n')) return null;
  // Nothing but plain entries: no comment, blank line, anchor, alias, tag, merge key, marker.
  if (/[#&*!%\r\t\0]|<<|\n[ ]*\n|^[ ]*\n|^(---|\.\.\.)/m.test(inserted)) return null;
  // A block scalar's indentation and chomping read by what surrounds it: parsed in full.
  if (/[|>][-+0-9]*[ ]*$/m.test(inserted)) return null;
  const first = inserted.slice(0, inserted.indexOf('\n'));
  const column = first.length - first.trimStart().length;
  const kind = first.trimStart().startsWith('- ') || first.trim() === '-' ? 'seq' : 'map';

  const docIndex = last.docs.findIndex((d) => d.range[0] <= at && at <= d.range[2]);
  const doc = last.docs[docIndex];
  if (!doc || doc.errors.length > 0 || doc.warnings.length > 0) return null;
  if (doc.directives.yaml.version !== '1.2') return null;
  const path = findTarget(doc.contents, at, column, kind, lastText, []);
  const target = path?.[path.length - 1];
  if (!path || !target) return null;

  // Between two entries, or after the last: never inside one.
  const entries = target.items as unknown[];
  const index = entries.findIndex((e) => (entryStart(e) ?? Infinity) >= at);
  const before = index < 0 ? entries.length : index;
  if (before === 0) return null;
  if (entryEnd(entries[before - 1]) !== at) return null;
  if (index >= 0) {
    // The next entry starts on the line at `at`, or below comment lines that stay its own. yaml
    // gives a comment indented past the entries' column to what ends just above it (the new
    // entries' last node), and one at their column to a collection that ends there (a list
    // written at its key's column): only an item's own dash column, or less, is safe.
    const next = entryStart(entries[index]);
    if (next === null) return null;
    const between = lastText.slice(at, lineStartOf(lastText, next));
    if (!/^([ ]*#[^\n]*\n)*$/.test(between)) return null;
    const deepest = Math.max(-1, ...between.split('\n').map((l) => l.indexOf('#')));
    if (deepest > column || (deepest === column && kind === 'map')) return null;
  } else if (target.range![2] !== at) return null;
  // The line above: no comment or blank line that the new entries could take as their own.
  if (QUIET_LINE.test(lastText.slice(lineStartOf(lastText, at - 1), at - 1))) return null;

  // The lines on their own must read as entries of the target's kind at the same column.
  const alone = parseDocument(inserted, options) as Document.Parsed;
  reportDuplicateKeys(alone);
  if (alone.errors.length > 0 || alone.warnings.length > 0) return null;
  const contents = alone.contents;
  const read: Collection | null =
    kind === 'seq' ? (isSeq(contents) ? contents : null) : isMap(contents) ? contents : null;
  if (!read || read.flow || read.items.length === 0) return null;
  // The first entry starts on the first line (`- name: …`, `key: …`).
  const readStart = entryStart(read.items[0]);
  if (readStart === null || readStart > first.length) return null;
  if (entryEnd(read.items[read.items.length - 1]) !== inserted.length) return null;
  // A new key that repeats one of the mapping's is an error: the full parse reports it.
  if (isMap(read) && isMap(target)) {
    const keys = new Set(target.items.map((p) => (isScalar(p.key) ? p.key.value : p.key)));
    if (read.items.some((p) => !isScalar(p.key) || keys.has(p.key.value))) return null;
  }

  const changed: PlainChange = {
    doc: docIndex,
    path: keysOf(path),
    change: plainInsertion(target, before, alone.toJS()),
  };
  const delta = inserted.length;
  const within = new Set<unknown>(path);
  for (const d of last.docs) {
    if (d.range[2] < at) continue;
    shift(d.range as Range, at, delta, d === doc);
    shiftTree(d.contents, at, delta, within);
  }
  for (const entry of read.items) {
    if (isCollectionPair(entry)) {
      moveTree(entry.key, at);
      moveTree(entry.value, at);
    } else moveTree(entry, at);
  }
  (target.items as unknown[]).splice(before, 0, ...read.items);

  const lineCounter = new LineCounter();
  for (const start of last.lineCounter.lineStarts) {
    if (start > at) break;
    lineCounter.addNewLine(start);
  }
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) {
    lineCounter.addNewLine(at + i + 1);
  }
  for (const start of last.lineCounter.lineStarts)
    if (start > at) lineCounter.addNewLine(start + delta);
  return { docs: last.docs, lineCounter, diagnostics: [], failed: false, changed };
}

/** The keys and indexes down a path of collections from the root; null past a key not a string. */
function keysOf(path: readonly Collection[]): (string | number)[] | null {
  const keys: (string | number)[] = [];
  for (let i = 1; i < path.length; i++) {
    const parent = path[i - 1]!;
    const child = path[i];
    if (isSeq(parent)) {
      keys.push(parent.items.indexOf(child));
      continue;
    }
    const key =
      (parent.items.find((pair) => pair.value === child)?.key as Node | undefined) ?? null;
    const name: unknown = isScalar(key) ? key.value : null;
    if (typeof name !== 'string') return null;
    keys.push(name);
  }
  return keys;
}

/** A key that JavaScript puts first in an object, whatever its place (an array index). */
const INDEX_KEY = /^(0|[1-9]\d*)$/;

/**
 * The plain data of `target` with `values` (the new entries', as plain data) put before its
 * entry `before`: what `toJS` makes of it now. Throws where it cannot tell (see load.ts).
 */
function plainInsertion(target: Collection, before: number, values: unknown) {
  if (isSeq(target)) {
    return (plain: unknown): unknown => {
      if (!Array.isArray(plain) || !Array.isArray(values)) throw new Error('not a list');
      return [...plain.slice(0, before), ...values, ...plain.slice(before)];
    };
  }
  const after = (target.items[before - 1]?.key as Node | undefined) ?? null;
  const afterKey: unknown = isScalar(after) ? after.value : null;
  return (plain: unknown): unknown => {
    const old = plain as Record<string, unknown>;
    const added = values as Record<string, unknown>;
    if (typeof afterKey !== 'string' || typeof plain !== 'object' || plain === null) {
      throw new Error('not a mapping');
    }
    // An object puts index keys first, wherever their pair stands: such a mapping is read again.
    const keys = [...Object.keys(old), ...Object.keys(added)];
    if (keys.some((key) => INDEX_KEY.test(key))) throw new Error('index keys');
    const out: Record<string, unknown> = {};
    const put = (key: string, value: unknown) =>
      Object.defineProperty(out, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    let placed = false;
    for (const key of Object.keys(old)) {
      put(key, old[key]);
      if (key !== afterKey) continue;
      for (const key of Object.keys(added)) put(key, added[key]);
      placed = true;
    }
    if (!placed) throw new Error('no such key');
    return out;
  };
}
