import { useMemo, useState } from 'react';
import type { Edge } from '@xyflow/react';
import { deriveNeighbours, shareGraph, visibleText, type Graph } from '../../../shared';
import { usePodLinks } from '../../links/use-links';
import type { NeighbourFlowNode } from './NeighbourNode';

/** The objects the Pod needs, as React Flow's nodes and edges beside the Pod's own. */
export function useNeighbours(graph: Graph | null): {
  nodes: NeighbourFlowNode[];
  edges: Edge[];
} {
  const links = usePodLinks();
  // Each keystroke reads new links: the objects that did not change are kept, so that React
  // Flow draws only the ones that did.
  const [share] = useState(() => {
    let last: ReturnType<typeof useNeighbours> | null = null;
    return (next: ReturnType<typeof useNeighbours>) => (last = shareGraph(next, last));
  });
  return useMemo(() => {
    const derived = deriveNeighbours(graph, links);
    const next = {
      // A screen reader hears names as the canvas shows them (hidden characters as markers).
      nodes: derived.nodes.map((n) => ({
        ...n,
        ariaLabel: visibleText(n.ariaLabel),
        selectable: false,
        // Their size is fixed: without it React Flow measured a moved node again, and took its
        // links off the page meanwhile (each drawn anew, its label measured, on every change).
        measured: { width: n.width, height: n.height },
      })),
      edges: derived.edges as Edge[],
    };
    return share(next);
  }, [graph, links, share]);
}
