import { describe, expect, it } from 'vitest';
import { applyEdit, deriveGraph, parseManifest, type Graph, type PodView } from '../../../shared';
import { laneDropEdit } from '../../../shared/graph/lane-drop';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: first
      image: busybox:1.36
    - name: second
      image: busybox:1.36
  containers:
    - name: app
      image: app:1
    - name: helper
      image: helper:1
`;

function model(text: string): { view: PodView; graph: Graph } {
  const view = parseManifest(text).view!;
  return { view, graph: deriveGraph(view) };
}

/** The centre of a node, moved by (dx, dy): where the user lets go of it. */
function centreOf(graph: Graph, id: string, dx = 0, dy = 0) {
  const n = graph.nodes.find((node) => node.id === id)!;
  return { x: n.position.x + n.width / 2 + dx, y: n.position.y + n.height / 2 + dy };
}

function roles(text: string) {
  return parseManifest(text).view!.containers.map((c) => `${c.role}:${c.name}`);
}

describe('dropping a dragged container', () => {
  const { view, graph } = model(POD);

  it('below the next init container reorders the init lane', () => {
    const at = centreOf(graph, 'container:second', 0, 20);
    const edit = laneDropEdit(graph, view, 'first', at);
    expect(edit).toEqual({ type: 'reorderInitContainer', name: 'first', index: 1 });
    const result = applyEdit(POD, edit!);
    expect(result.ok && roles(result.text)).toEqual([
      'init:second',
      'init:first',
      'main:app',
      'sidecar:helper',
    ]);
  });

  it('where it already is does nothing', () => {
    expect(laneDropEdit(graph, view, 'first', centreOf(graph, 'container:first', 5, 5))).toBeNull();
    expect(
      laneDropEdit(graph, view, 'helper', centreOf(graph, 'container:helper', 5, 5)),
    ).toBeNull();
  });

  it('in the init lane turns a sidecar into an init container at that place', () => {
    const at = centreOf(graph, 'container:first', 0, -30);
    const edit = laneDropEdit(graph, view, 'helper', at);
    expect(edit).toEqual({ type: 'moveContainer', name: 'helper', role: 'init', index: 0 });
    const result = applyEdit(POD, edit!);
    expect(result.ok && roles(result.text)).toEqual([
      'init:helper',
      'init:first',
      'init:second',
      'main:app',
    ]);
  });

  it('in first place of the app lane makes it the main container', () => {
    const at = centreOf(graph, 'container:app', -30, 0);
    expect(laneDropEdit(graph, view, 'helper', at)).toEqual({
      type: 'setMainContainer',
      name: 'helper',
    });
    const fromInit = laneDropEdit(graph, view, 'second', at);
    expect(fromInit).toEqual({ type: 'moveContainer', name: 'second', role: 'app' });
  });

  it('after the main container in the app lane makes an init container a sidecar', () => {
    const at = centreOf(graph, 'container:helper', 30, 0);
    const edit = laneDropEdit(graph, view, 'first', at);
    expect(edit).toEqual({ type: 'moveContainer', name: 'first', role: 'sidecar' });
    const result = applyEdit(POD, edit!);
    expect(result.ok && roles(result.text)).toEqual([
      'init:second',
      'main:app',
      'sidecar:helper',
      'sidecar:first',
    ]);
  });

  it('outside the lanes does nothing', () => {
    expect(laneDropEdit(graph, view, 'app', { x: -500, y: -500 })).toBeNull();
  });
});
