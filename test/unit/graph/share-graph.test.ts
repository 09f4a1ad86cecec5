import { describe, expect, it } from 'vitest';
import { podDocument } from '../../../shared';
import { template } from '../../support/templates';

const graphOf = (text: string) => {
  const graph = podDocument(text).graph;
  if (!graph) throw new Error('the text holds a Pod');
  return graph;
};

/** The ids of the nodes and edges that are not the previous graph's objects. */
const renewed = (before: ReturnType<typeof graphOf>, after: ReturnType<typeof graphOf>) => {
  const old = new Set<object>([...before.nodes, ...before.edges]);
  return [...after.nodes, ...after.edges].filter((item) => !old.has(item)).map((i) => i.id);
};

describe('the graph of an edited text shares what did not change', () => {
  it("keeps every node but the one whose image was typed in, on the lesson's Pod", () => {
    const text = template('pod-anatomy.yaml');
    const before = graphOf(text);
    const after = graphOf(text.replace('promtail:2.9.0', 'promtail:2.9.1'));
    expect(renewed(before, after)).toEqual(['container:log-shipper']);
  });

  it('keeps every node below the keystroke although its place in the text moved', () => {
    const text = template('pod-anatomy.yaml');
    const before = graphOf(text);
    // A comment line typed above every container moves all their places in the text.
    const after = graphOf(text.replace('  initContainers:', '  # note\n  initContainers:'));
    expect(renewed(before, after)).toEqual([]);
    expect(after).toBe(before);
  });

  it('draws a renamed volume anew, with its mount edges and the containers that mount it', () => {
    const text = template('pod-anatomy.yaml');
    const before = graphOf(text);
    const after = graphOf(text.replaceAll('app-logs', 'app-files'));
    const changed = renewed(before, after);
    expect(changed).toContain('volume:app-files');
    expect(changed.filter((id) => id.startsWith('mount:'))).toHaveLength(2);
    expect(changed.filter((id) => id.startsWith('container:'))).toEqual([]);
    expect(changed.every((id) => !id.startsWith('lane') && id !== 'pod')).toBe(true);
  });

  it('keeps the data of a node that only moved, so that what it shows is not drawn again', () => {
    const text = template('pod-anatomy.yaml');
    const before = graphOf(text);
    const result = podDocument(text).apply([{ type: 'addContainer', role: 'sidecar', index: 1 }]);
    if (!result.ok) throw new Error(result.error);
    const after = graphOf(result.text);
    const node = (graph: typeof before) =>
      graph.nodes.find((n) => n.id === 'container:log-shipper')!;
    expect(node(after).position).not.toEqual(node(before).position);
    expect(node(after)).not.toBe(node(before));
    expect(node(after).data).toBe(node(before).data);
  });
});
