import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import {
  beforeNativeSidecars,
  nodeId,
  paletteDropEdits,
  paletteDropIndex,
  paletteDropNotice,
  paletteRoleAt,
  parseNodeId,
  visibleText,
  type FollowUp,
  type Graph,
  type NewContainerRole,
  type PodView,
  type SidecarTarget,
} from '../../shared';
import { announce } from '../store/announcer';
import { usePodStoreApi, goodModelOf, parsedOf } from '../store/pod-store';
import type { PaletteItem } from '../palette/palette-items';
import { useSettings } from '../settings/settings-store';

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

function ids(view: PodView | undefined) {
  return new Set([
    ...(view?.containers ?? []).map((c) => nodeId.container(c.name)),
    ...(view?.volumes ?? []).map((v) => nodeId.volume(v.name)),
  ]);
}

/**
 * Where a container the palette adds goes when it was dropped at `at` (in the Pod's
 * coordinates): the edits that move it to the lane and place it was dropped in. Worked out on
 * the Pod as the adding left it, in the same change.
 */
function placement(
  at: { x: number; y: number },
  role: NewContainerRole,
  older: SidecarTarget,
): FollowUp {
  return (next, previous) => {
    const before = new Set(previous.view?.containers.map((c) => c.name));
    const added = next.view?.containers.find((c) => !before.has(c.name));
    return next.view && next.graph && added
      ? paletteDropEdits(next.graph, next.view, added.name, at, role, older)
      : [];
  };
}

/**
 * What the user is told about a palette item added at `at`, where the drop did not simply put it
 * there: an init container or a native sidecar dropped among the app containers goes to the init
 * lane (lane-drop.ts says why); a drop that made the new container the main one says so, since
 * the one that was main (and the default-container annotation kubectl follows) changed with it.
 */
function dropNotice(
  at: { x: number; y: number },
  graph: Graph,
  role: NewContainerRole,
  name: string,
  mains: { before: string | null; after: string | null },
  older: SidecarTarget,
): string | null {
  const lane = paletteDropNotice(graph, role, at, name, older);
  if (lane) return lane;
  const { before, after } = mains;
  if (before === null || after === before || after !== name) return null;
  return `${visibleText(name)} is the main container now, dropped in first place: ${visibleText(before)} runs beside it as a sidecar.`;
}

/**
 * Adds a palette item to the Pod (one undo step) and selects what it added; `at`, where it was
 * dropped, places a container in the lane and at the place it was dropped in. A fitted view
 * follows the Pod as it grows (use-auto-fit.ts); a view the user zoomed moves to show what was
 * added, at their zoom. When what was added
 * lands outside the view (a new column widens the Pod), the whole Pod is fitted again, so that
 * the user sees it.
 */
export function useAddItem() {
  const store = usePodStoreApi();
  const flow = useReactFlow();
  const canvas = useStoreApi();
  return useCallback(
    (item: PaletteItem, at?: { x: number; y: number }): string[] => {
      const state = store.getState();
      const view = parsedOf(state).status === 'ok' ? parsedOf(state).view : null;
      const before = ids(view ?? undefined);
      let edits = item.edits(view);
      // What the user picked, for the notice: the drop may make it another kind of container.
      const picked = edits.find((edit) => edit.type === 'addContainer')?.role;
      let follow: FollowUp | undefined;
      const graph = goodModelOf(state)?.graph;
      // A Sidecar dropped among the init containers is a native one where the target has them.
      const older = beforeNativeSidecars(useSettings.getState().kubernetesVersion);
      if (at && view && graph) {
        // Added at its place in one edit where it can be; else moved there in the same change.
        edits = edits.map((edit) => {
          if (edit.type !== 'addContainer') return edit;
          const role = paletteRoleAt(graph, edit.role, at, older);
          const index = paletteDropIndex(graph, view, role, at, older);
          if (index === null) follow = placement(at, role, older);
          return typeof index === 'number' ? { ...edit, role, index } : { ...edit, role };
        });
      }
      const addedTo = (after: PodView | null | undefined) =>
        [...ids(after ?? undefined)].filter((id) => !before.has(id));
      // A pattern adds a sidecar with its volumes: the sidecar is what the user asked for.
      const primaryOf = (added: string[]) =>
        added.find((id) => parseNodeId(id)?.kind === 'container') ?? added[0];
      // Selected in the edit's own change of the store.
      const selectIn = (after: PodView | null) => {
        const primary = primaryOf(addedTo(after));
        return primary ? [primary] : [];
      };
      if (!state.editAll(edits, 'canvas', follow, selectIn)) return [];
      const after = goodModelOf(store.getState())?.view;
      const added = addedTo(after);
      const primary = primaryOf(added);
      const container = parseNodeId(primary ?? '');
      const notice =
        at && graph && picked && container?.kind === 'container'
          ? dropNotice(
              at,
              graph,
              picked,
              container.name,
              {
                before: view?.mainContainer ?? null,
                after: after?.mainContainer ?? null,
              },
              older,
            )
          : null;
      if (notice) store.getState().notify({ kind: 'info', message: notice });
      // Else a screen reader is told what came: the focus stays where the gesture began (the
      // palette's button).
      else {
        const nodes = goodModelOf(store.getState())?.graph?.nodes ?? [];
        const labels = added.flatMap((id) => {
          const label = nodes.find((n) => n.id === id)?.ariaLabel;
          return label ? [visibleText(label)] : [];
        });
        if (labels.length) announce(`Added ${LIST.format(labels)}.`);
      }
      // Two frames: the canvas draws the new nodes first.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const { width, height, transform } = canvas.getState();
          const [x, y, zoom] = transform;
          const hidden = added
            .map((id) => flow.getInternalNode(id))
            .find((node) => {
              if (!node) return false;
              const at = node.internals.positionAbsolute;
              const left = at.x * zoom + x;
              const top = at.y * zoom + y;
              const right = left + (node.measured.width ?? node.width ?? 0) * zoom;
              const bottom = top + (node.measured.height ?? node.height ?? 0) * zoom;
              return left < 0 || top < 0 || right > width || bottom > height;
            });
          // The zoom the user chose stays: the view moves to what was added.
          if (hidden) {
            const at = hidden.internals.positionAbsolute;
            void flow.setCenter(
              at.x + (hidden.measured.width ?? 0) / 2,
              at.y + (hidden.measured.height ?? 0) / 2,
              { zoom, duration: 300 },
            );
          }
        }),
      );
      return added;
    },
    [store, flow, canvas],
  );
}
