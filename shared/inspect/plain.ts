/** Plain values read from YAML, narrowed without trusting their shape. */

export type PlainMap = Record<string, unknown>;

export function asMap(value: unknown): PlainMap | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as PlainMap)
    : null;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A scalar as the text a field shows: strings as they are, numbers and booleans printed. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The value at `path` below `root`, or undefined where the path leaves the data. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key];
    } else {
      const map = asMap(current);
      if (!map || !Object.prototype.hasOwnProperty.call(map, key)) return undefined;
      current = map[key];
    }
  }
  return current;
}

/**
 * The first `max` entries of a map, and how many keys it has. A map of thousands of keys is not
 * copied whole: its keys are listed once, and only the entries asked for are made.
 */
export function firstEntries(
  map: PlainMap,
  max: number,
): { entries: [string, unknown][]; count: number } {
  const keys = Object.keys(map);
  const entries = keys.slice(0, max).map((key): [string, unknown] => [key, map[key]]);
  return { entries, count: keys.length };
}
