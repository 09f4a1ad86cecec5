import { createElement, memo, type ComponentType } from 'react';
import type { Graph } from '../../../shared';
import { goodModelOf, usePod, type PodState } from '../../store/pod-store';

/** The props React Flow gives a node's component that say only where it is on the pane. */
const PLACE_PROPS = new Set(['positionAbsoluteX', 'positionAbsoluteY']);

/** A memoised component, drawn again when a prop changes that `ignored` does not name. */
function memoExcept<P extends object>(Component: ComponentType<P>, ignored: Set<string>) {
  return memo(Component, (before, after) => {
    const keys = Object.keys(after) as (keyof P & string)[];
    if (keys.length !== Object.keys(before).length) return false;
    return keys.every((key) => ignored.has(key) || Object.is(before[key], after[key]));
  });
}

/**
 * A node's component that is drawn again when what it shows changes, and not when the node only
 * moves: React Flow's wrapper around it places it. Adding a container to a lane moves the nodes
 * beside and below it; on a large Pod, drawing each of them again took most of the drop's frame.
 */
export function drawnWhereItIs<P extends object>(Component: ComponentType<P>) {
  return memoExcept(Component, PLACE_PROPS);
}

const dataById = new WeakMap<Graph, Map<string, unknown>>();

/** The data of the canvas graph's node `id`, as the store holds it now. */
function nodeData(state: Pick<PodState, 'goodText' | 'document'>, id: string): unknown {
  const graph = goodModelOf(state)?.graph;
  if (!graph) return undefined;
  let byId = dataById.get(graph);
  if (!byId) {
    byId = new Map(graph.nodes.map((node) => [node.id, node.data]));
    dataById.set(graph, byId);
  }
  return byId.get(id);
}

/**
 * A node of the Pod's graph whose content reads what it shows from the store, not from React
 * Flow: a key that changes only what a node shows (an image) leaves React Flow's nodes as they
 * are (see flow-items.ts), and redraws that node alone. Drawn where it is, as drawnWhereItIs.
 */
export function drawnFromThePod<P extends { id: string; data: unknown }>(
  Component: ComponentType<P>,
) {
  function FromThePod(props: P) {
    const data = usePod((s) => nodeData(s, props.id));
    return createElement(Component, { ...props, data: data ?? props.data });
  }
  FromThePod.displayName = `FromThePod(${Component.displayName ?? Component.name})`;
  return memoExcept(FromThePod, new Set([...PLACE_PROPS, 'data']));
}
