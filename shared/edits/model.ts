import type { PathKey } from '../manifest/nodes';

/**
 * The plain-data mirror of an edit: each splice is also applied to the document's JS value, and
 * the re-parsed text must equal it. That is how an edit proves it changed only what it meant to.
 */

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

export function clone<T>(value: T): T {
  return structuredCloneSafe(value);
}

function structuredCloneSafe<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => structuredCloneSafe(v)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = structuredCloneSafe(v);
    return out as T;
  }
  return value;
}

export function getIn(root: Json, path: readonly PathKey[]): Json {
  let node = root;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

/** Builds `{a: {b: [value]}}` for the path `['a', 'b', 0]`. */
export function nest(path: readonly PathKey[], value: Json): Json {
  let out = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]!;
    out = typeof key === 'number' ? [out] : { [key]: out };
  }
  return out;
}

export function setIn(root: Json, path: readonly PathKey[], value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[key] = setIn(list[key], rest, value);
    return list;
  }
  const obj = isObject(root) ? { ...root } : {};
  obj[key!] = setIn(obj[key!], rest, value);
  return obj;
}

export function deleteIn(root: Json, path: readonly PathKey[]): Json {
  const [key, ...rest] = path;
  if (key === undefined) return undefined;
  if (Array.isArray(root) && typeof key === 'number') {
    const list = [...root];
    if (rest.length === 0) list.splice(key, 1);
    else list[key] = deleteIn(list[key], rest);
    return list;
  }
  if (isObject(root) && typeof key === 'string') {
    const obj = { ...root };
    if (rest.length === 0) delete obj[key];
    else obj[key] = deleteIn(obj[key], rest);
    return obj;
  }
  return root;
}

export function insertIn(root: Json, path: readonly PathKey[], index: number, value: Json): Json {
  const list = getIn(root, path);
  const next = Array.isArray(list) ? [...list] : [];
  next.splice(index, 0, value);
  return setIn(root, path, next);
}

export function isEmptyCollection(value: Json): boolean {
  return Array.isArray(value)
    ? value.length === 0
    : isObject(value) && Object.keys(value).length === 0;
}

export function isPlainObject(value: Json): value is Record<string, Json> {
  return isObject(value);
}
