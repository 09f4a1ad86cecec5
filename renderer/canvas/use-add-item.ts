import { useCallback } from 'react';
import { nodeId, type PodView } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';
import type { PaletteItem } from '../palette/palette-items';

function names(view: PodView | undefined) {
  return new Set([
    ...(view?.containers ?? []).map((c) => nodeId.container(c.name)),
    ...(view?.volumes ?? []).map((v) => nodeId.volume(v.name)),
  ]);
}

/** Adds a palette item to the Pod and selects what it added, so the user sees where it went. */
export function useAddItem() {
  const store = usePodStoreApi();
  return useCallback(
    (item: PaletteItem) => {
      const state = store.getState();
      const before = names(state.lastGood?.view);
      if (!state.edit(item.edit)) return;
      const added = [...names(store.getState().lastGood?.view)].filter((id) => !before.has(id));
      store.getState().select(added);
    },
    [store],
  );
}
