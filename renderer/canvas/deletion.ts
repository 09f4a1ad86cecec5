import {
  parseNodeId,
  visibleText,
  type GraphNode,
  type NeighbourNodeData,
  type PodEdit,
} from '../../shared';
import { goodModelOf, type PodStore } from '../store/pod-store';

/**
 * The edits that remove what the user deleted on the canvas. Mounts that go with a removed
 * container or volume are not removed twice, and a container's mounts are removed from the last
 * to the first so that their indices stay valid.
 */
export function deletionEdits(
  nodeIds: readonly string[],
  edgeData: readonly (Record<string, unknown> | undefined)[],
  nodes: readonly GraphNode[] = [],
): PodEdit[] {
  const containers = new Set<string>();
  const volumes = new Set<string>();
  // A Pod volume drawn as replaced by a claim template of its name: its entry alone goes.
  const replaced = new Set<string>();
  for (const id of nodeIds) {
    const target = parseNodeId(id);
    if (target?.kind === 'container') containers.add(target.name);
    if (target?.kind !== 'volume') continue;
    const node = nodes.find((n) => n.id === id);
    if (node?.type === 'volume' && node.data.replacedByClaimTemplate) replaced.add(target.name);
    else volumes.add(target.name);
  }
  const mounts = edgeData
    .filter(
      (d): d is { container: string; volume: string; index: number } =>
        typeof d?.container === 'string' &&
        typeof d.volume === 'string' &&
        typeof d.index === 'number',
    )
    .filter((m) => !containers.has(m.container) && !volumes.has(m.volume))
    .sort((a, b) => b.index - a.index);
  return [
    ...mounts.map((m): PodEdit => ({
      type: 'removeMount',
      container: m.container,
      index: m.index,
    })),
    ...[...containers].map((name): PodEdit => ({ type: 'removeContainer', name })),
    ...[...volumes].map((name): PodEdit => ({ type: 'removeVolume', name })),
    ...[...replaced]
      .filter((name) => !volumes.has(name))
      .map((name): PodEdit => ({ type: 'removeVolume', name, replaced: true })),
  ];
}

/** The lane a node is drawn in, in the order the lane lists it; `null` for the frame. */
function laneOf(node: GraphNode): 'init' | 'app' | 'volumes' | null {
  if (node.type === 'volume') return 'volumes';
  if (node.type !== 'container') return null;
  return node.data.role === 'init' || node.data.role === 'native-sidecar' ? 'init' : 'app';
}

/**
 * The node that takes the keyboard focus when `removed` are deleted: in the lane of the first
 * of them, the next node that stays, else the one before it (`prefer: 'before'`: the one before
 * it first, as after an undo of a copy, which goes back to the node copied); `null` when the
 * lane is left empty.
 */
export function nodeAfterDeletion(
  nodes: readonly GraphNode[],
  removed: readonly string[],
  prefer: 'next' | 'before' = 'next',
): string | null {
  const gone = new Set(removed);
  const first = nodes.find((n) => gone.has(n.id) && laneOf(n) !== null);
  if (!first) return null;
  const lane = nodes.filter((n) => laneOf(n) === laneOf(first));
  const at = lane.indexOf(first);
  const stays = (n: GraphNode) => !gone.has(n.id);
  const next = () => lane.slice(at + 1).find(stays);
  const before = () => lane.slice(0, at).reverse().find(stays);
  return (prefer === 'next' ? (next() ?? before()) : (before() ?? next()))?.id ?? null;
}

/** Marks a node focused by the canvas itself (refocusCanvas), which the focus then selects. */
const REFOCUSED = 'data-refocused';

/** True while `element` is being focused by refocusCanvas, not by the user or the window. */
export function isRefocused(element: Element): boolean {
  return element.hasAttribute(REFOCUSED);
}

/**
 * Moves the focus on the canvas to the node `id` a gesture added and selected (a duplicate, a
 * paste), once the canvas shows it, so that the focus ring and the keys are on the node the
 * selection and the inspector show, not on the one it was copied from. Focus outside the canvas
 * (a field, a menu the gesture came from that gives it back to the canvas meanwhile) is left.
 */
export function focusAdded(canvas: HTMLElement | null, id: string): void {
  let frames = 0;
  const attempt = () => {
    const focused = document.activeElement;
    if (!canvas?.isConnected) return;
    if (focused && focused !== document.body && !canvas.contains(focused)) return;
    const node = canvas.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    // React Flow shows a node once it has measured it: until then it takes no focus.
    if (node && getComputedStyle(node).visibility === 'visible') node.focus();
    else if (++frames < 10) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * Puts the focus back on the canvas once it has drawn an edit that took away the focused node
 * (the browser leaves the focus on the page's body then): on the node `id` where there is one,
 * else on the canvas itself, so that keyboard users go on from where they were. Focus that is
 * still somewhere is left where it is.
 */
export function refocusCanvas(canvas: HTMLElement | null, id: string | null): void {
  requestAnimationFrame(() => {
    const focused = document.activeElement;
    if (!canvas?.isConnected || (focused && focused !== document.body)) return;
    const node = id
      ? canvas.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      : null;
    if (node) {
      node.setAttribute(REFOCUSED, '');
      node.focus();
      node.removeAttribute(REFOCUSED);
      return;
    }
    // The canvas holds the focus only until it moves on: it is no stop for Tab or a click.
    if (!canvas.hasAttribute('tabindex')) {
      canvas.tabIndex = -1;
      canvas.addEventListener('blur', () => canvas.removeAttribute('tabindex'), { once: true });
    }
    canvas.focus();
  });
}

/**
 * Why Delete on `targets` deletes nothing, in words. `beside` gives the data of an object drawn
 * beside the Pod (a ConfigMap, a Service), which is another document of the file, or none.
 */
export function whyNoDelete(
  targets: readonly string[],
  beside: (id: string) => NeighbourNodeData | undefined = () => undefined,
): string {
  if (targets.length === 0) return 'Select a container, a volume or a mount to delete it.';
  const object = targets.map(beside).find((data) => data !== undefined);
  if (!object) return 'Only containers, volumes and mounts are deleted from the canvas.';
  const what = `${object.kind} ${visibleText(object.name)}`;
  return object.document === null
    ? `${what} is not in this file: the Pod only refers to it.`
    : `${what} is another document of the file (document ${object.document + 1}), not part of the Pod: delete it in the YAML editor.`;
}

/**
 * Deletes what the user deleted on the canvas (nodes, and the mounts of `edgeData`) as one
 * change, clears the selection and keeps the focus on the canvas: on the next node of the same
 * lane (which the focus then selects, see PodCanvas), else on the canvas. The Delete key and the
 * node menu's Delete both come here. Where nothing it is given can be deleted, it says why
 * (`beside`: see whyNoDelete).
 */
export function deleteFromCanvas(
  store: PodStore,
  canvas: HTMLElement | null,
  nodeIds: readonly string[],
  edgeData: readonly (Record<string, unknown> | undefined)[] = [],
  beside?: (id: string) => NeighbourNodeData | undefined,
): void {
  const { editAll, select, notify } = store.getState();
  const model = () => goodModelOf(store.getState())?.view;
  const apps = () => model()?.containers.filter((c) => c.list === 'containers') ?? [];
  const before = apps();
  const mainBefore = model()?.mainContainer ?? null;
  const nodes = goodModelOf(store.getState())?.graph.nodes ?? [];
  const next = nodeAfterDeletion(nodes, nodeIds);
  const edits = deletionEdits(nodeIds, edgeData, nodes);
  if (edits.length === 0) {
    notify({ kind: 'info', message: whyNoDelete(nodeIds, beside) });
    return;
  }
  if (!editAll(edits)) return;
  select([]);
  refocusCanvas(canvas, next);
  const mainAfter = model()?.mainContainer ?? null;
  // Another container is the one kubectl logs and exec go to now: say so, as a drop in first
  // place does. (The default-container annotation, which named the one deleted, went with it.)
  if (mainBefore !== null && mainAfter !== null && mainAfter !== mainBefore) {
    notify({
      kind: 'info',
      message: `${visibleText(mainBefore)} was the main container: ${visibleText(mainAfter)} is the main container now, the one kubectl logs and exec go to.`,
    });
  }
  // Allowed (the user may be about to add another), but the Pod is not valid until then.
  if (before.length > 0 && apps().length === 0) {
    const names = before.map((c) => `"${visibleText(c.name)}"`).join(' and ');
    const were =
      before.length > 1 ? "were the Pod's app containers" : "was the Pod's only app container";
    // About this text: it goes with the next change (an undo, a container added).
    notify({
      kind: 'info',
      message: `${names} ${were}: a Pod needs one. Add a container, or undo.`,
      aboutText: true,
    });
  }
}
