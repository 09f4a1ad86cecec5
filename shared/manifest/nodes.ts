import { isAlias, isMap, isNode, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

export type PathKey = string | number;

/** Follows an alias to the node it names (bounded, so a cycle cannot hang us). */
export function deref(node: unknown, doc: Document): Node | null {
  // Most nodes are no alias: one check each, as the readers walk every node on every keystroke.
  if (!isAlias(node)) return isNode(node) ? node : null;
  let current: unknown = node;
  for (let hops = 0; isAlias(current) && hops < 16; hops++) {
    try {
      current = current.resolve(doc);
    } catch {
      return null;
    }
  }
  if (isAlias(current)) return null;
  return isScalar(current) || isMap(current) || isSeq(current) ? current : null;
}

export function keyText(pair: Pair): string | null {
  const key = pair.key;
  // The common key, first and without a type check: only a Scalar has a string `value`.
  const value = (key as { value?: unknown } | null)?.value;
  if (typeof value === 'string') return value;
  if (!isScalar(key) || key.value == null) return null;
  // Read without string keys, with merge keys on, yaml makes `<<` a symbol.
  if (typeof key.value === 'symbol') return key.source ?? '<<';
  return String(key.value);
}

/** The pair of `map` whose key is `key` (merge keys are not followed). */
export function findPair(map: YAMLMap, key: string): Pair | null {
  // A parsed mapping holds pairs only.
  for (const item of map.items) {
    if (keyText(item) === key) return item;
  }
  return null;
}

/** One step down: a map's value by key, a sequence's item by index. */
export function childOf(node: Node | null, key: PathKey, doc: Document): Node | null {
  if (node == null) return null;
  if (typeof key === 'number') {
    if (!isSeq(node)) return null;
    return deref(node.items[key], doc);
  }
  if (!isMap(node)) return null;
  const pair = findPair(node, key);
  if (pair) return deref(pair.value, doc);
  // `<<` merge keys supply defaults: read through them.
  for (const source of mergeSources(node, doc)) {
    const found = childOf(source, key, doc);
    if (found) return found;
  }
  return null;
}

/** A `<<` merge key: a plain `<<` (a string with string keys, else a symbol). */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type && key.type !== Scalar.PLAIN)) return false;
  const value: unknown = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

export function isMergePair(pair: Pair): boolean {
  return isMergeKey(pair.key);
}

/**
 * The mappings a mapping's merge keys name, in the order they supply defaults: a mapping may
 * merge several times (`<<: *a` then `<<: *b`), and one merge key may name a list of them.
 */
export function mergeSources(map: YAMLMap, doc: Document): (Node | null)[] {
  const sources: (Node | null)[] = [];
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const value = deref(pair.value, doc);
    if (isSeq(value)) for (const item of value.items) sources.push(deref(item, doc));
    else sources.push(value);
  }
  return sources;
}

export function nodeAt(doc: Document, path: readonly PathKey[]): Node | null {
  let node = deref(doc.contents, doc);
  for (const key of path) node = childOf(node, key, doc);
  return node;
}

/**
 * A scalar's value as a string (numbers and booleans too); null for anything else. A number is
 * its text as written (`1.10`, `0x1F`, `1e3`), not the number printed (`1.1`, `31`, `1000`): the
 * fields read this way (names, paths, annotations) hold strings, and kubectl sends that text.
 */
export function scalarString(node: Node | null): string | null {
  if (!isScalar(node) || node.value == null) return null;
  if (typeof node.value === 'number' && typeof node.source === 'string' && node.source !== '') {
    return node.source;
  }
  return typeof node.value === 'object' ? null : String(node.value);
}

export function mapItems(node: Node | null): YAMLMap | null {
  return isMap(node) ? node : null;
}

export function seqItems(node: Node | null): YAMLSeq | null {
  return isSeq(node) ? node : null;
}

/** Thrown inside `plainOf` when a node needs yaml's own conversion. */
const NOT_PLAIN = Symbol('not plain');

function plain(node: unknown): unknown {
  if (node === null) return null;
  if (isScalar(node)) {
    const value = node.value;
    // Plain data only: anything else (a merge key's symbol, a custom tag's object) is yaml's.
    if (value !== null && (typeof value === 'object' || typeof value === 'symbol')) throw NOT_PLAIN;
    return value;
  }
  if (isMap(node)) {
    // A tagged collection (`!!set`, `!!omap`) reads as a Set or a Map: yaml's to make.
    if (node.tag) throw NOT_PLAIN;
    const object: Record<string, unknown> = {};
    for (const { key, value } of node.items) {
      // Only a Scalar has a string `value`: the common key needs no more checks.
      let name = (key as { value?: unknown } | null)?.value;
      if (typeof name !== 'string') {
        if (!isScalar(key)) throw NOT_PLAIN;
        name = key.value === null ? '' : plain(key);
        if (typeof name !== 'string' && typeof name !== 'number' && typeof name !== 'boolean')
          throw NOT_PLAIN;
      }
      // A merge key (read as the string `<<`) and `__proto__` need toJS.
      if (name === '<<' || name === '__proto__') throw NOT_PLAIN;
      object[String(name)] = plain(value);
    }
    return object;
  }
  if (isSeq(node)) {
    if (node.tag) throw NOT_PLAIN;
    return node.items.map(plain);
  }
  throw NOT_PLAIN;
}

/**
 * The document's contents as plain data, as `doc.toJS()` gives them, for the common document:
 * scalar keys, no aliases, no merge keys, no tagged collections. `undefined` when the document needs `toJS` (which is
 * several times slower: it tracks anchors and merges for every pair). The validator converts
 * the document on every keystroke.
 */
export function plainOf(doc: Document): unknown {
  try {
    return plain(doc.contents);
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}
