import type { Edge, Node } from '@xyflow/react';
import { visibleText, type GraphEdge, type GraphNode } from '../../shared';
import { nodeDescribedBy } from './nodes/NodeDescription';

/** React Flow's node for each kind of graph node: the union reaches React Flow typed. */
export type FlowNode = GraphNode extends infer G
  ? G extends GraphNode
    ? Node<G['data'], G['type']>
    : never
  : never;
/** React Flow's edge for each kind of graph edge. */
export type FlowEdge = GraphEdge extends infer G
  ? G extends GraphEdge
    ? Edge<G['data'], G['type']>
    : never
  : never;

/**
 * How a node or edge is shown besides its derived data: session state that is not in the text.
 */
export interface ItemShow {
  selected: boolean;
  /** Lecture mode's props (hidden, spotlit); `undefined` outside lecture mode. */
  reveal?: { hidden?: true; className?: string };
  /** An edge of the node being dragged. */
  lifted?: boolean;
}

type Size = { width?: number; height?: number };

const sameShow = (a: ItemShow, b: ItemShow) =>
  a.selected === b.selected &&
  !a.lifted === !b.lifted &&
  a.reveal?.hidden === b.reveal?.hidden &&
  a.reveal?.className === b.reveal?.className;

/**
 * Maps derived items to React Flow's, keeping each item's object for as long as neither the
 * derived item nor how it is shown changed.
 *
 * React Flow redoes its work for every node or edge object it has not seen before: it rebuilds
 * the node's record (and, for a node without a measured size, measures it and its handles
 * again) and renders the edge anew. A click changes the selection of one or two items, and the
 * start of a drag lifts one node's edges; neither should cost a pass over the whole Pod.
 */
function keepUnchanged<Source extends { id: string }, Out>(
  build: (source: Source, show: ItemShow) => Out,
  unchanged: (before: Source, after: Source) => boolean = Object.is,
) {
  let previous = new Map<string, { source: Source; show: ItemShow; out: Out }>();
  let last: Out[] = [];
  return (sources: readonly Source[], showOf: (source: Source) => ItemShow): Out[] => {
    const next = new Map<string, { source: Source; show: ItemShow; out: Out }>();
    const result = sources.map((source) => {
      const show = showOf(source);
      const before = previous.get(source.id);
      const kept =
        before && unchanged(before.source, source) && sameShow(before.show, show)
          ? { source, show, out: before.out }
          : { source, show, out: build(source, show) };
      next.set(source.id, kept);
      return kept.out;
    });
    previous = next;
    // The same list when every item is: React Flow then skips its pass over all of them (and
    // every edge's and minimap node's check) when a key changed a node but no edge.
    if (result.length !== last.length || result.some((item, i) => item !== last[i])) last = result;
    return last;
  };
}

/**
 * True when a node changed at most what its content shows (`data`): its place, size, kind and
 * name are the same. Its content reads the Pod from the store (canvas/nodes/drawn.ts), so React
 * Flow is not told: on a large Pod, each node React Flow takes anew has it work out every edge's
 * ends again. The minimap colours a container by its role, which is compared too.
 */
function sameButContent(before: GraphNode, after: GraphNode): boolean {
  if (before === after) return true;
  const keys = Object.keys(after) as (keyof GraphNode)[];
  if (keys.length !== Object.keys(before).length) return false;
  const role = (node: GraphNode) => (node.type === 'container' ? node.data.role : null);
  return (
    keys.every((key) => key === 'data' || before[key] === after[key]) &&
    role(before) === role(after)
  );
}

/**
 * React Flow's nodes. A node built anew carries the size React Flow measured last
 * (`measured(id)`), so that React Flow keeps its handles instead of measuring it again; a node
 * whose size really changes is caught by React Flow's own resize observer. A node whose content
 * alone changed is kept as it was (see sameButContent): its `data` is then the older one.
 * `rfId` is the canvas's React Flow id, which the ids of the nodes' descriptions hold.
 */
export function createFlowNodes(measured: (id: string) => Size | undefined, rfId = '1') {
  return keepUnchanged<GraphNode, FlowNode>((source, show) => {
    const node: FlowNode = { ...source };
    // A screen reader hears names as the canvas shows them: `app` and `app` + U+200B differ.
    if (source.ariaLabel) node.ariaLabel = visibleText(source.ariaLabel);
    // The frames (the Pod, the network band, the kubelet) are not focusable, and React Flow
    // gives only focusable nodes a role: without one, their labels name nothing.
    if (source.focusable === false && source.ariaLabel) node.ariaRole = 'group';
    // A container or a volume says where it stands after its name (see NodeDescription). The
    // reference holds the node's id alone, so a change of what it says leaves the node as it is.
    if (source.type === 'container' || source.type === 'volume') {
      node.domAttributes = { 'aria-describedby': nodeDescribedBy(rfId, source.id) };
    }
    const size = measured(source.id);
    if (size?.width !== undefined && size.height !== undefined) {
      node.measured = { width: size.width, height: size.height };
    }
    if (show.selected) node.selected = true;
    return show.reveal ? { ...node, ...show.reveal } : node;
  }, sameButContent);
}

/** `node` where a drag has it, drawn over the others (PodCanvas moves it so at each step). */
export function dragged<N extends { position: { x: number; y: number }; zIndex?: number }>(
  node: N,
  position: { x: number; y: number },
): N {
  return { ...node, position, zIndex: 10 };
}

/** `nodes` with the node `id` in it replaced by `replace`'s; the same list if that is the same. */
export function replaceNode<N extends { id: string }>(
  nodes: N[],
  id: string,
  replace: (node: N) => N,
): N[] {
  const index = nodes.findIndex((node) => node.id === id);
  const next = index < 0 ? undefined : replace(nodes[index]!);
  return next === undefined || next === nodes[index]
    ? nodes
    : nodes.map((node, i) => (i === index ? next : node));
}

/** The class of the edges of the node being dragged (app.css draws them on a layer of their own). */
export const LIFTED_EDGE = 'pb-edge-lifted';

/** `edge` marked as an edge of the node being dragged. */
export function lifted<E extends { className?: string }>(edge: E): E {
  return { ...edge, className: [edge.className, LIFTED_EDGE].filter(Boolean).join(' ') };
}

/** React Flow's edges; `extra` adds what an edge of its type needs (an arrowhead). */
export function createFlowEdges(
  extra: (edge: GraphEdge) => Omit<Partial<Edge>, 'id' | 'type' | 'data'>,
) {
  return keepUnchanged<GraphEdge, FlowEdge>((source, show) => {
    const edge: FlowEdge = { ...source, ...extra(source), ...show.reveal };
    if (source.ariaLabel) edge.ariaLabel = visibleText(source.ariaLabel);
    if (show.selected) edge.selected = true;
    return show.lifted ? lifted(edge) : edge;
  });
}
