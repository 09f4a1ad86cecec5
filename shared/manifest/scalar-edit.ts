import { isAlias, isMap, isScalar, isSeq, LineCounter, Lexer, parseDocument, Scalar } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import { MAX_MANIFEST_BYTES } from '../host';
import { isMergeKey } from './nodes';

/**
 * The fast path of reading a text that differs from the last one read by a keystroke inside one
 * value or key on one line (an image tag, a port, a name): the last reading's Documents are
 * brought up to the new text in place (that scalar re-read, every position after it shifted)
 * instead of parsing the whole text again. On the 60-container Pod a parse takes some 65 ms on
 * every keystroke; this takes a walk of the nodes.
 *
 * It applies only where the result is the parse's own: the last text parsed without an error or
 * a warning, the change stays inside a single-line scalar of a block collection (no anchor, tag,
 * alias or merge key), and the changed line splits into the same YAML tokens as before but that
 * one. Anything else (a new key, a colon that makes a mapping, a comment, a line break) is
 * parsed in full. `test/unit/manifest/scalar-edit.test.ts` checks the result against a full
 * parse, field by field, over every fixture.
 */

/** Marks of yaml's lexer that stand for no character of the text (see yaml's `cst.ts`). */
const MARKS = new Set(['\x02', '\x18', '\x1f']);
const SCALAR_MARK = '\x1f';

/** The reading `readText` keeps (see load.ts): Documents, line starts, diagnostics. */
export interface Parse {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  diagnostics: readonly unknown[];
  failed: boolean;
}

/** What a reading brought up in place changed of one document's plain data (see load.ts). */
export interface PlainChange {
  /** The index of the document. */
  doc: number;
  /** Where the change stands in the document's plain data; null when it cannot be told. */
  path: (string | number)[] | null;
  /** The plain data at `path` now, from what it was (what `toJS` makes of the new text). */
  change: (before: unknown) => unknown;
}

/** A reading brought up in place, and what that changed of its plain data. */
export interface EditedParse extends Parse {
  changed: PlainChange;
}

interface Found {
  scalar: Scalar;
  /** The mapping whose key the scalar is; null for a value or an item. */
  keyOf: YAMLMap | null;
  /** The keys and indexes from the document's root to the scalar (null for a key). */
  path: (string | number)[] | null;
}

/** The scalar whose value (source) holds `[from, to]`, in block collections only. */
function scalarAt(node: unknown, from: number, to: number, keyOf: YAMLMap | null): Found | null {
  if (isScalar(node)) {
    const range = node.range;
    return range && range[0] <= from && to <= range[1]
      ? { scalar: node, keyOf, path: keyOf ? null : [] }
      : null;
  }
  if (isAlias(node) || !(isMap(node) || isSeq(node)) || node.flow) return null;
  const range = node.range;
  if (!range || from < range[0] || to > range[2]) return null;
  if (isMap(node)) {
    for (const pair of node.items) {
      const inKey = scalarAt(pair.key, from, to, node);
      if (inKey) return inKey;
      const found = scalarAt(pair.value, from, to, null);
      if (found) {
        // Keys are read as strings (PARSE_OPTIONS.stringKeys).
        const key = isScalar(pair.key) ? pair.key.value : null;
        found.path = typeof key === 'string' ? (found.path?.unshift(key), found.path) : null;
        return found;
      }
    }
    return null;
  }
  for (const [index, item] of node.items.entries()) {
    const found = scalarAt(item, from, to, null);
    if (found) {
      found.path?.unshift(index);
      return found;
    }
  }
  return null;
}

/** Characters compared at once, as strings, before the one that differs is looked for. */
const BLOCK = 1024;

/** How many characters `a` and `b` start with alike (at most `max`). */
function samePrefix(a: string, b: string, max: number): number {
  let at = 0;
  // Slices compare natively, a block at a time: a keystroke's text is mostly the last one's.
  while (at + BLOCK <= max && a.slice(at, at + BLOCK) === b.slice(at, at + BLOCK)) at += BLOCK;
  while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters `a` and `b` end with alike (at most `max`). */
function sameSuffix(a: string, b: string, max: number): number {
  let tail = 0;
  while (
    tail + BLOCK <= max &&
    a.slice(a.length - tail - BLOCK, a.length - tail) ===
      b.slice(b.length - tail - BLOCK, b.length - tail)
  )
    tail += BLOCK;
  while (tail < max && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail))
    tail++;
  return tail;
}

/** The line's tokens, and where each starts in the line (marks take no room). */
function lineTokens(line: string): { tokens: string[]; starts: number[] } {
  const tokens = [...new Lexer().lex(line)];
  const starts: number[] = [];
  let at = 0;
  for (const token of tokens) {
    starts.push(at);
    if (!MARKS.has(token)) at += token.length;
  }
  return { tokens, starts };
}

/** How a scalar token is written: plain, double- or single-quoted; null for anything else. */
function scalarKind(tokens: string[], index: number): string | null {
  const token = tokens[index]!;
  if (tokens[index - 1] === SCALAR_MARK) return Scalar.PLAIN;
  if (token.startsWith('"')) return Scalar.QUOTE_DOUBLE;
  if (token.startsWith("'")) return Scalar.QUOTE_SINGLE;
  return null;
}

/**
 * The scalar `source` reads as, where it stands (a key, or a value), with the same options. It
 * stands on a line of its own, as in the text: a quote closed only by the line's end is not
 * closed (`"a\"`), and a key's first character is not the input's (where yaml drops a BOM).
 * The scalar must be the whole token, nothing of it read as something else.
 */
function readScalar(source: string, isKey: boolean, options: object): Scalar | null {
  const doc = parseDocument(isKey ? `\n${source}: x\n` : `k: ${source}\n`, options);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return null;
  const pair = doc.contents.items[0];
  const node = isKey ? pair?.key : pair?.value;
  if (!isScalar(node) || !node.range || node.range[1] - node.range[0] !== source.length) {
    return null;
  }
  return node;
}

/** What a scalar carries of its source; the rest (range, comments) is where it stands. */
const READ_FIELDS = ['value', 'source', 'type', 'format', 'minFractionDigits', 'tag'] as const;

function takeReading(target: Scalar, read: Scalar): void {
  const from = read as unknown as Record<string, unknown>;
  const to = target as unknown as Record<string, unknown>;
  for (const field of READ_FIELDS) {
    if (from[field] === undefined) delete to[field];
    else to[field] = from[field];
  }
}

/** The change `[from, to)` of the last text, inside the scalar starting at `scalar`. */
interface Change {
  from: number;
  to: number;
  scalar: number;
  delta: number;
}

/**
 * Moves a range by the change: a start that lies past it; an end at or past its end, unless the
 * change is an insertion before the scalar's first character (the node ending there is the one
 * before it).
 */
function shiftRange(range: [number, number, number], { from, to, scalar, delta }: Change): void {
  if (range[0] > from && range[0] >= to) range[0] += delta;
  if (range[1] >= to && range[1] > scalar) range[1] += delta;
  if (range[2] >= to && range[2] > scalar) range[2] += delta;
}

function shiftNode(node: unknown, change: Change): void {
  if (!isScalar(node) && !isMap(node) && !isSeq(node) && !isAlias(node)) return;
  const range = (node as Node).range;
  if (!range || range[2] < change.from) return;
  shiftRange(range, change);
  if (isMap(node)) {
    for (const pair of node.items) {
      shiftNode(pair.key, change);
      shiftNode(pair.value, change);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shiftNode(item, change);
  }
}

/**
 * `last` (the reading of `lastText`) brought up to `text`, or null where `text` must be parsed
 * in full. On success `last`'s Documents are changed in place and belong to the new reading: the
 * caller drops the old one (see `readText`).
 */
export function readScalarEdit(
  last: Parse,
  lastText: string,
  text: string,
  options: object,
): EditedParse | null {
  if (last.failed || last.diagnostics.length > 0 || text.length * 3 > MAX_MANIFEST_BYTES) {
    return null;
  }
  // The change: [from, oldTo) of the last text became [from, newTo) of this one.
  const shorter = Math.min(lastText.length, text.length);
  const from = samePrefix(lastText, text, shorter);
  const tail = sameSuffix(lastText, text, shorter - from);
  const oldTo = lastText.length - tail;
  const newTo = text.length - tail;
  if (from === oldTo && from === newTo) return null;
  if (/[\n\r\0]/.test(lastText.slice(from, oldTo)) || /[\n\r\0]/.test(text.slice(from, newTo)))
    return null;

  const index = last.docs.findIndex((d) => d.range[0] <= from && oldTo <= d.range[2]);
  const doc = last.docs[index];
  if (!doc || doc.errors.length > 0 || doc.warnings.length > 0) return null;
  // Under `%YAML 1.1` a scalar reads by another schema than the one the scalar is read with here.
  if (doc.directives.yaml.version !== '1.2') return null;
  const found = scalarAt(doc.contents, from, oldTo, null);
  if (!found) return null;
  const { scalar, keyOf, path } = found;
  const [start, valueEnd] = scalar.range!;
  if (scalar.anchor || scalar.tag || isMergeKey(scalar)) return null;
  const oldSource = lastText.slice(start, valueEnd);
  if (oldSource.includes('\n')) return null;

  // The line must read as the same tokens but the scalar's.
  const lineStart = lastText.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = lastText.indexOf('\n', oldTo);
  const oldLine = lastText.slice(lineStart, lineEnd < 0 ? lastText.length : lineEnd);
  const delta = text.length - lastText.length;
  const newLine = text.slice(lineStart, lineStart + oldLine.length + delta);
  const before = lineTokens(oldLine);
  const after = lineTokens(newLine);
  if (before.tokens.length !== after.tokens.length) return null;
  let changed = -1;
  for (let i = 0; i < before.tokens.length; i++) {
    if (before.tokens[i] === after.tokens[i]) continue;
    if (changed >= 0) return null;
    changed = i;
  }
  if (changed < 0 || before.starts[changed] !== start - lineStart) return null;
  if (before.tokens[changed] !== oldSource) return null;
  const kind = scalarKind(before.tokens, changed);
  if (kind === null || kind !== scalarKind(after.tokens, changed) || kind !== scalar.type) {
    return null;
  }
  const newSource = after.tokens[changed]!;
  // yaml refuses an implicit key of over 1024 characters up to its colon, spaces included.
  if (keyOf && newLine.length > 1000) return null;
  const read = readScalar(newSource, keyOf !== null, options);
  if (!read || read.type !== scalar.type || isMergeKey(read)) return null;
  // A key that now repeats another of its mapping is an error: the full parse reports it.
  if (keyOf?.items.some((p) => p.key !== scalar && isScalar(p.key) && p.key.value === read.value)) {
    return null;
  }

  takeReading(scalar, read);
  const change: Change = { from, to: oldTo, scalar: start, delta };
  for (const d of last.docs) {
    if (d.range[2] < from) continue;
    shiftRange(d.range, change);
    shiftNode(d.contents, change);
  }
  const lineCounter = new LineCounter();
  for (const at of last.lineCounter.lineStarts) lineCounter.addNewLine(at > from ? at + delta : at);
  const value = scalar.toJS(doc);
  return {
    docs: last.docs,
    lineCounter,
    diagnostics: [],
    failed: false,
    changed: { doc: index, path, change: () => value },
  };
}
