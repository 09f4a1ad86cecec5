import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { deref, findPair, mergeSources } from '../manifest/nodes';
import type { PathKey } from '../manifest/nodes';
import type { TextRange } from '../manifest/types';

interface Found {
  /** The deepest node reached (the value at `path` when `complete`). */
  node: Node | null;
  /** The pair holding that node, when it is a mapping value. */
  pair: Pair | null;
  complete: boolean;
}

/** One step down, through aliases and `<<` merge keys, remembering the pair. */
function step(
  node: Node | null,
  key: PathKey,
  doc: Document,
): { node: Node; pair: Pair | null } | null {
  if (typeof key === 'number') {
    if (!isSeq(node)) return null;
    const item = deref(node.items[key], doc);
    return item ? { node: item, pair: null } : null;
  }
  if (!isMap(node)) return null;
  const pair = findPair(node, key);
  if (pair) {
    const value = deref(pair.value, doc);
    // A key with no value (`image:`) still locates at its key.
    return { node: value ?? (pair.key as Node), pair };
  }
  for (const source of mergeSources(node, doc)) {
    const found = step(source, key, doc);
    if (found) return found;
  }
  return null;
}

function walk(doc: Document, path: readonly PathKey[]): Found {
  let node = deref(doc.contents, doc);
  let pair: Pair | null = null;
  for (const key of path) {
    const next = step(node, key, doc);
    if (!next) return { node, pair, complete: false };
    node = next.node;
    pair = next.pair;
  }
  return { node, pair, complete: true };
}

function rangeOfNode(node: unknown): TextRange | null {
  if (node == null || typeof node !== 'object' || !('range' in node)) return null;
  const range = (node as Node).range;
  return range ? { from: range[0], to: range[1] } : null;
}

/** Where a collection starts, as a short range: its first key, else its first line. */
function head(node: Node | null, text: string): TextRange | null {
  if (isMap(node)) {
    const first = node.items[0];
    const key = first && isScalar(first.key) ? rangeOfNode(first.key) : null;
    if (key) return key;
  }
  const range = rangeOfNode(node);
  if (!range) return null;
  const end = text.indexOf('\n', range.from);
  return { from: range.from, to: Math.min(range.to, end < 0 ? range.to : end) };
}

/**
 * The text range a problem at `path` points at:
 * - `value`: the value (a scalar's characters; a collection's first line);
 * - `key`: the key of the field (for unknown fields), else as `value`;
 * Falls back to the deepest ancestor that exists, so a problem is always located.
 */
export function locatePath(
  doc: Document,
  path: readonly PathKey[],
  text: string,
  at: 'key' | 'value' = 'value',
): TextRange {
  const found = walk(doc, path);
  if (found.complete && at === 'key' && found.pair && isScalar(found.pair.key)) {
    const key = rangeOfNode(found.pair.key);
    if (key) return key;
  }
  if (found.complete && isScalar(found.node)) {
    const range = rangeOfNode(found.node);
    if (range) return range;
  }
  if (!found.complete && found.pair && isScalar(found.pair.key)) {
    const key = rangeOfNode(found.pair.key);
    if (key) return key;
  }
  return head(found.node, text) ?? { from: 0, to: 0 };
}

/** The node at `path`, through aliases and merge keys. */
export function nodeAtPath(doc: Document, path: readonly PathKey[]): Node | null {
  const found = walk(doc, path);
  return found.complete ? found.node : null;
}
