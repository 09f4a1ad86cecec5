import { describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { act, screen, waitFor } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { anatomy, renderTeach } from '../teach/helpers';

/** How many times each node was drawn, by its id. */
const renders = vi.hoisted(() => new Map<string, number>());
/** A node module whose component `name` counts its renders. */
const counting = vi.hoisted(
  () => (name: string) => async (original: () => Promise<Record<string, unknown>>) => {
    const real = await original();
    const Component = real[name] as (props: { id: string }) => unknown;
    return {
      ...real,
      [name]: (props: { id: string }) => {
        renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
        return Component(props);
      },
    };
  },
);

vi.mock('../../../renderer/canvas/nodes/ContainerNode', counting('ContainerNode'));
vi.mock('../../../renderer/canvas/nodes/VolumeNode', counting('VolumeNode'));

/** The keys of React Flow's state that each of its changes changed. */
const flowChanges: string[][] = [];

/** Records React Flow's changes: each runs the selectors of every node and edge. */
function FlowChanges() {
  const flow = useStoreApi();
  useEffect(
    () =>
      flow.subscribe((state, before) => {
        const keys = Object.keys(state) as (keyof typeof state)[];
        flowChanges.push(keys.filter((key) => state[key] !== before[key]));
      }),
    [flow],
  );
  return null;
}

/** The lesson's Pod (or `text`'s) on the canvas, once its container `shown` is drawn; its store. */
async function renderCanvas(text = anatomy, shown = 'log-shipper') {
  const { pod } = renderTeach(
    <ReactFlowProvider>
      <PodCanvas />
      <FlowChanges />
    </ReactFlowProvider>,
    { text },
  );
  await screen.findByText(shown);
  return pod;
}

describe('a keystroke on the canvas', () => {
  it('draws again only the node whose content it changed', async () => {
    const pod = await renderCanvas();
    const drawn = new Map(renders);
    expect(drawn.get('container:api-server')).toBeGreaterThan(0);

    // One keystroke in the editor: the log shipper's image, and a comment that moves every line.
    act(() => pod.getState().setText(anatomy.replace('promtail:2.9.0', 'promtail:2.9.1'), 'yaml'));
    await screen.findByText('grafana/promtail:2.9.1');
    act(() => pod.getState().setText(`# note\n${pod.getState().text}`, 'yaml'));
    await waitFor(() => expect(pod.getState().goodText).toBe(pod.getState().text));

    const again = [...renders].filter(([id, n]) => n !== drawn.get(id)).map(([id]) => id);
    expect(again).toEqual(['container:log-shipper']);
    expect(renders.get('container:log-shipper')).toBe(drawn.get('container:log-shipper')! + 1);
  });
});

describe('a container added beside others', () => {
  it('moves the nodes it pushes aside without drawing them again', async () => {
    const pod = await renderCanvas();
    const { x } = nodeBox('log-shipper');
    const drawn = new Map(renders);

    // A sidecar added before the log shipper: the log shipper moves along its lane.
    act(() => void pod.getState().edit({ type: 'addContainer', role: 'sidecar', index: 1 }));
    await waitFor(() => expect(nodeBox('log-shipper').x).toBeGreaterThan(x));

    const again = [...renders].filter(([id, n]) => n !== drawn.get(id)).map(([id]) => id);
    expect(again).toEqual(['container:sidecar-1']);
  });

  it('hands React Flow its new nodes, and not new handlers', async () => {
    const pod = await renderCanvas();
    flowChanges.length = 0;
    act(() => void pod.getState().edit({ type: 'addContainer', role: 'sidecar', index: 1 }));
    await waitFor(() => expect(flowChanges.flat()).toContain('nodes'));
    const handlers = flowChanges.flat().filter((key) => key.startsWith('on'));
    expect(handlers).toEqual([]);
  });

  it('hands React Flow no new list of links when it only moves the nodes they join', async () => {
    // Each of React Flow's changes runs every node's and edge's selector: on a large Pod, a
    // drop's list of edges took as long as its nodes. A container added first pushes `e`, the
    // fourth of its lane, to the next row, and the Secret it reads (outside the Pod) with it.
    const plain = (name: string) => `    - name: ${name}\n      image: busybox\n`;
    const pod = await renderCanvas(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n' +
        `${plain('a')}${plain('b')}${plain('c')}${plain('e')}` +
        '      envFrom:\n        - secretRef:\n            name: early\n',
      'early',
    );
    const secret = () =>
      document.querySelector<HTMLElement>('.react-flow__node[data-id="neighbour:Secret/early"]')!
        .style.transform;
    const before = secret();
    flowChanges.length = 0;
    act(() => void pod.getState().edit({ type: 'addContainer', role: 'app', index: 0 }));
    await waitFor(() => expect(secret()).not.toBe(before));
    expect(flowChanges.flat()).toContain('nodes');
    expect(flowChanges.flat()).not.toContain('edges');
  });
});

/** Where React Flow placed a container's node on the pane (its transform). */
function nodeBox(name: string) {
  const wrapper = document.querySelector<HTMLElement>(
    `.react-flow__node[data-id="container:${name}"]`,
  );
  const match = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(wrapper?.style.transform ?? '');
  if (!match) throw new Error(`no node for ${name}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}
