import { useCallback } from 'react';
import { nodeId, type PodView } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';
import type { PaletteItem } from '../palette/palette-items';

function ids(view: PodView | undefined) {
  return new Set([
    ...(view?.containers ?? []).map((c) => nodeId.container(c.name)),
    ...(view?.volumes ?? []).map((v) => nodeId.volume(v.name)),
  ]);
}

/** Adds a palette item to the Pod (one undo step) and selects what it added. */
export function useAddItem() {
  const store = usePodStoreApi();
  return useCallback(
    (item: PaletteItem) => {
      const state = store.getState();
      const view = state.parsed.status === 'ok' ? state.parsed.view : null;
      const before = ids(view ?? undefined);
      if (!state.editAll(item.edits(view))) return;
      const added = [...ids(store.getState().lastGood?.view)].filter((id) => !before.has(id));
      store.getState().select(added);
    },
    [store],
  );
}
