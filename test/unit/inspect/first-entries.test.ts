import { describe, expect, it } from 'vitest';
import { firstEntries } from '../../../shared/inspect';

describe('the first entries of a map, as the inspector shows its rows', () => {
  it('gives the first keys in the order written, their values as text', () => {
    const map = { b: 'two', a: 1, c: true, d: { nested: 1 } };
    expect(firstEntries(map, 10)).toEqual([
      ['b', 'two'],
      ['a', '1'],
      ['c', 'true'],
      ['d', ''],
    ]);
  });

  it('stops at the number asked for, however many keys the map has', () => {
    const map = Object.fromEntries(Array.from({ length: 48_000 }, (_, i) => [`key-${i}`, `${i}`]));
    const entries = firstEntries(map, 200);
    expect(entries).toHaveLength(200);
    expect(entries[199]).toEqual(['key-199', '199']);
  });
});
