import { useMemo } from 'react';
import type { Edge } from '@xyflow/react';
import { deriveNeighbours, visibleText, type Graph } from '../../../shared';
import { usePodLinks } from '../../links/use-links';
import type { NeighbourFlowNode } from './NeighbourNode';

/** The objects the Pod needs, as React Flow's nodes and edges beside the Pod's own. */
export function useNeighbours(graph: Graph | null): {
  nodes: NeighbourFlowNode[];
  edges: Edge[];
} {
  const links = usePodLinks();
  return useMemo(() => {
    const derived = deriveNeighbours(graph, links);
    return {
      // A screen reader hears names as the canvas shows them (hidden characters as markers).
      nodes: derived.nodes.map((n) => ({
        ...n,
        ariaLabel: visibleText(n.ariaLabel),
        selectable: false,
      })),
      edges: derived.edges,
    };
  }, [graph, links]);
}
