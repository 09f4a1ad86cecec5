/**
 * What changed from one reading to the next, as the worker sends it: a keystroke in a large Pod
 * changes a few values of a reading of some 280 KB, which would otherwise be copied whole into
 * a message and read back whole on the page's thread, for every key. The page brings its copy of
 * the last reading up to the new one, keeping every part that did not change as it was: the same
 * objects, so that what compares by identity (the canvas's nodes) sees no change there.
 *
 * Plain data only (objects, arrays, primitives, as a structured clone carries them).
 */

/** How a value changed. */
export type Delta =
  /** Replaced: the new value, whole. */
  | { to: unknown }
  /** An object with the same keys in the same order: these of its values changed. */
  | { keys: Record<string, Delta> }
  /** An array of the same length: these of its items changed, by index. */
  | { items: [number, Delta][] }
  /** An array whose items `[from, from + removed)` were replaced by `inserted`. */
  | { splice: [from: number, removed: number, inserted: unknown[]] };

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Sets an own key, even one named `__proto__` (a YAML key like any other). */
function put(map: Plain, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function diffArray(before: unknown[], after: unknown[], walk: Walk): Delta | null {
  if (before.length === after.length) {
    const items: [number, Delta][] = [];
    for (let i = 0; i < after.length; i++) {
      const delta = diffWithin(before[i], after[i], walk);
      if (delta) items.push([i, delta]);
    }
    return items.length ? { items } : null;
  }
  // Items added or removed: the equal items at both ends are kept, the rest sent whole.
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && diffWithin(before[head], after[head], walk) === null) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    diffWithin(before[before.length - 1 - tail], after[after.length - 1 - tail], walk) === null
  )
    tail++;
  return { splice: [head, before.length - head - tail, after.slice(head, after.length - tail)] };
}

/** How `after` differs from `before`; null when they are equal. */
export function diff(before: unknown, after: unknown): Delta | null {
  return diffWithin(before, after, { within: new Set(), cycles: new Set() });
}

/**
 * The objects of `after` being compared (`within`), and those of them met again inside
 * themselves (`cycles`: a YAML alias that holds itself). Such an object is sent whole, as a
 * structured clone carries it, so that the page's copy holds the same cycle.
 */
interface Walk {
  within: Set<object>;
  cycles: Set<object>;
}

function diffWithin(before: unknown, after: unknown, walk: Walk): Delta | null {
  if (Object.is(before, after)) return null;
  if (typeof after !== 'object' || after === null) return { to: after };
  if (walk.within.has(after)) {
    walk.cycles.add(after);
    return { to: after };
  }
  walk.within.add(after);
  try {
    const delta = diffObjects(before, after, walk);
    return walk.cycles.has(after) ? { to: after } : delta;
  } finally {
    walk.within.delete(after);
  }
}

function diffObjects(before: unknown, after: object, walk: Walk): Delta | null {
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after, walk);
  if (!isPlain(before) || !isPlain(after)) return { to: after };
  const keys = Object.keys(after);
  if (!sameKeys(Object.keys(before), keys)) return { to: after };
  let changed: Record<string, Delta> | null = null;
  for (const key of keys) {
    const delta = diffWithin(before[key], after[key], walk);
    if (delta) put((changed ??= {}), key, delta);
  }
  return changed ? { keys: changed } : null;
}

/**
 * `before` brought up to the value `delta` was taken to: a new object along each changed path,
 * every other part the same object as in `before`, which is left as it was.
 */
export function patch(before: unknown, delta: Delta): unknown {
  if ('to' in delta) return delta.to;
  if ('keys' in delta) {
    const copy = { ...(before as Plain) };
    for (const key of Object.keys(delta.keys))
      put(copy, key, patch((before as Plain)[key], delta.keys[key]!));
    return copy;
  }
  const list = before as unknown[];
  if ('items' in delta) {
    const copy = list.slice();
    for (const [i, item] of delta.items) copy[i] = patch(list[i], item);
    return copy;
  }
  const [from, removed, inserted] = delta.splice;
  return list.slice(0, from).concat(inserted, list.slice(from + removed));
}
