import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { nodeId, type PodView } from '../../shared';
import { usePodStoreApi, goodModelOf, parsedOf } from '../store/pod-store';
import type { PaletteItem } from '../palette/palette-items';
import { FIT_VIEW } from './fit-view';

function ids(view: PodView | undefined) {
  return new Set([
    ...(view?.containers ?? []).map((c) => nodeId.container(c.name)),
    ...(view?.volumes ?? []).map((v) => nodeId.volume(v.name)),
  ]);
}

/**
 * Adds a palette item to the Pod (one undo step) and selects what it added. When what was added
 * lands outside the view (a new column widens the Pod), the whole Pod is fitted again, so that
 * the user sees it.
 */
export function useAddItem() {
  const store = usePodStoreApi();
  const flow = useReactFlow();
  const canvas = useStoreApi();
  return useCallback(
    (item: PaletteItem) => {
      const state = store.getState();
      const view = parsedOf(state).status === 'ok' ? parsedOf(state).view : null;
      const before = ids(view ?? undefined);
      if (!state.editAll(item.edits(view))) return;
      const added = [...ids(goodModelOf(store.getState())?.view)].filter((id) => !before.has(id));
      store.getState().select(added);
      // Two frames: the canvas draws the new nodes first.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const { width, height, transform } = canvas.getState();
          const [x, y, zoom] = transform;
          const hidden = added.some((id) => {
            const node = flow.getInternalNode(id);
            if (!node) return false;
            const at = node.internals.positionAbsolute;
            const left = at.x * zoom + x;
            const top = at.y * zoom + y;
            const right = left + (node.measured.width ?? node.width ?? 0) * zoom;
            const bottom = top + (node.measured.height ?? node.height ?? 0) * zoom;
            return left < 0 || top < 0 || right > width || bottom > height;
          });
          if (hidden) void flow.fitView({ ...FIT_VIEW, duration: 300 });
        }),
      );
    },
    [store, flow, canvas],
  );
}
