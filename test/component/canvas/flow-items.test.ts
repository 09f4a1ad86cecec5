import { describe, expect, it } from 'vitest';
import {
  createFlowEdges,
  createFlowNodes,
  dragged,
  LIFTED_EDGE,
  replaceNode,
} from '../../../renderer/canvas/flow-items';
import { deriveGraph, parseManifest, podDocument } from '../../../shared';
import { template } from '../../support/templates';

const graph = () => {
  const { view } = parseManifest(template('pod-anatomy.yaml'));
  if (!view) throw new Error('the template holds a Pod');
  return deriveGraph(view);
};

const shown =
  (selected: string[] = []) =>
  (item: { id: string }) => ({
    selected: selected.includes(item.id),
  });

describe("the canvas's nodes and edges, as React Flow gets them", () => {
  it('keeps the objects of the nodes that did not change, so React Flow keeps their handles', () => {
    const { nodes } = graph();
    const flowNodes = createFlowNodes(() => undefined);
    const before = flowNodes(nodes, shown());
    const during = flowNodes(nodes, shown(['container:api-server']));

    const clicked = during.findIndex((n) => n.id === 'container:api-server');
    expect(during[clicked]).not.toBe(before[clicked]);
    expect(during[clicked]!.selected).toBe(true);
    expect(during.filter((n, i) => n !== before[i])).toHaveLength(1);
  });

  it('moves a dragged node in a copy of the list, keeping the list when nothing moves', () => {
    const flowNodes = createFlowNodes(() => undefined);
    const before = flowNodes(graph().nodes, shown());
    const at = { x: 40, y: 50 };
    const during = replaceNode(before, 'container:api-server', (node) => dragged(node, at));
    const moved = during.findIndex((n) => n.id === 'container:api-server');
    expect(during[moved]!.position).toBe(at);
    // Drawn over the others while it moves.
    expect(during[moved]!.zIndex).toBeGreaterThan(0);
    expect(during.filter((n, i) => n !== before[i])).toHaveLength(1);
    expect(before[moved]!.position).not.toEqual(at);
    expect(replaceNode(during, 'container:api-server', (node) => node)).toBe(during);
    expect(replaceNode(during, 'container:nothing', (node) => dragged(node, at))).toBe(during);
  });

  it('gives a node it builds anew the size React Flow measured, or none before it measured', () => {
    const { nodes } = graph();
    const sizes = new Map([['container:api-server', { width: 210, height: 104 }]]);
    const flowNodes = createFlowNodes((id) => sizes.get(id));
    const result = flowNodes(nodes, shown(['container:api-server']));
    expect(result.find((n) => n.id === 'container:api-server')!.measured).toEqual({
      width: 210,
      height: 104,
    });
    expect(result.find((n) => n.id === 'container:log-shipper')!.measured).toBeUndefined();
  });

  it('builds a node again when the text gave it new data', () => {
    const flowNodes = createFlowNodes(() => undefined);
    const first = flowNodes(graph().nodes, shown());
    const second = flowNodes(graph().nodes, shown());
    expect(second.every((n, i) => n !== first[i])).toBe(true);
    expect(second.map((n) => n.id)).toEqual(first.map((n) => n.id));
  });

  it('marks the edges of the node being dragged, and only changes those', () => {
    const { edges } = graph();
    const flowEdges = createFlowEdges(() => ({}));
    const before = flowEdges(edges, () => ({ selected: false }));
    const during = flowEdges(edges, (edge) => ({
      selected: false,
      lifted: edge.source === 'container:log-shipper' || edge.target === 'container:log-shipper',
    }));
    const lifted = during.filter((e) => e.className?.includes(LIFTED_EDGE));
    expect(lifted.map((e) => e.id)).toEqual(
      edges
        .filter((e) => e.source === 'container:log-shipper' || e.target === 'container:log-shipper')
        .map((e) => e.id),
    );
    expect(lifted.length).toBeGreaterThan(0);
    expect(during.filter((e, i) => e !== before[i])).toHaveLength(lifted.length);
  });

  it('hands React Flow the same list when no item in it changed', () => {
    const { nodes, edges } = graph();
    const flowEdges = createFlowEdges(() => ({}));
    const flowNodes = createFlowNodes(() => undefined);
    const first = flowEdges(edges, shown());
    // A key that changed a node but no edge: the graph's edges are the same objects.
    expect(flowEdges([...edges], shown())).toBe(first);
    const selected = flowEdges(edges, shown([edges[0]!.id]));
    expect(selected).not.toBe(first);
    expect(selected.filter((e, i) => e !== first[i])).toHaveLength(1);
    expect(flowEdges(edges.slice(1), shown())).toHaveLength(edges.length - 1);
    const before = flowNodes(nodes, shown());
    expect(flowNodes(nodes, shown())).toBe(before);
  });

  it('keeps a node whose content alone changed: its content reads the Pod from the store', () => {
    const text = template('pod-anatomy.yaml');
    const flowNodes = createFlowNodes(() => undefined);
    const before = flowNodes(podDocument(text).graph!.nodes, shown());
    // A key in the log shipper's image: its node shows another image, in the same place.
    const typed = podDocument(text.replace('promtail:2.9.0', 'promtail:2.9.1')).graph!.nodes;
    expect(flowNodes(typed, shown())).toBe(before);
    // Renamed, it is another node for React Flow (its name is what a screen reader hears).
    const renamed = podDocument(text.replaceAll('log-shipper', 'log-sender')).graph!.nodes;
    const after = flowNodes(renamed, shown());
    expect(after).not.toBe(before);
    expect(after.find((n) => n.id === 'container:log-sender')?.ariaLabel).toBe(
      'Sidecar log-sender',
    );
  });
});
