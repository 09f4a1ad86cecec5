import type { StoreApi } from 'zustand';

/**
 * Records, for each change of `store` until `stop()`, the keys of the state it changed: each
 * change runs every view's selector (some 900 on a large Pod's page), so a gesture should make
 * one.
 */
export function recordChanges<S extends object>(
  store: StoreApi<S>,
): { changes: string[][]; stop: () => void } {
  const changes: string[][] = [];
  const stop = store.subscribe((state, before) => {
    const keys = Object.keys(state) as (keyof S & string)[];
    changes.push(keys.filter((key) => state[key] !== before[key]));
  });
  return { changes, stop };
}
