import { describe, expect, it } from 'vitest';
import { firstEntries } from '../../../shared/inspect';

describe('the first entries of a map, as the inspector shows its rows', () => {
  it('gives the first keys in the order written, with their values', () => {
    const map = { b: 'two', a: 1, c: true, d: { nested: 1 } };
    expect(firstEntries(map, 10)).toEqual({
      entries: [
        ['b', 'two'],
        ['a', 1],
        ['c', true],
        ['d', { nested: 1 }],
      ],
      count: 4,
    });
  });

  it('stops at the number asked for, and counts every key the map has', () => {
    const map = Object.fromEntries(Array.from({ length: 48_000 }, (_, i) => [`key-${i}`, `${i}`]));
    const { entries, count } = firstEntries(map, 200);
    expect(entries).toHaveLength(200);
    expect(entries[199]).toEqual(['key-199', '199']);
    expect(count).toBe(48_000);
  });
});
