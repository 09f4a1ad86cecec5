import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlow, ReactFlowProvider, type Node } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import { exportDiagram, measureNodeBounds } from '../../../renderer/teach/export-diagram';
import { ExportDiagramMenu } from '../../../renderer/teach/ExportDiagramMenu';
import { hostImageSave } from '../../../renderer/teach/download';

vi.mock('html-to-image', () => ({
  toBlob: vi.fn(async () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })),
  toSvg: vi.fn(
    async () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg xmlns="x"></svg>')}`,
  ),
}));

type Settings = {
  width: number;
  height: number;
  pixelRatio?: number;
  style: { transform: string };
  filter: (node: HTMLElement) => boolean;
};
const settingsOf = (mock: unknown): Settings =>
  (mock as { mock: { calls: [HTMLElement, Settings][] } }).mock.calls[0]![1];

/** A React Flow DOM as the canvas renders it: a viewport of placed nodes, a minimap, controls. */
function flowDom(): HTMLElement {
  const root = document.createElement('div');
  root.className = 'react-flow';
  root.innerHTML = `
    <div class="react-flow__viewport">
      <div class="react-flow__node" style="transform: translate(40px, 20px)"></div>
      <div class="react-flow__node" style="transform: translate(-10px, 100px)"></div>
    </div>
    <div class="react-flow__panel react-flow__minimap"></div>
    <div class="react-flow__panel react-flow__controls"></div>`;
  const sizes = [
    [200, 100],
    [50, 60],
  ];
  root.querySelectorAll<HTMLElement>('.react-flow__node').forEach((node, i) => {
    Object.defineProperty(node, 'offsetWidth', { value: sizes[i]![0] });
    Object.defineProperty(node, 'offsetHeight', { value: sizes[i]![1] });
  });
  document.body.append(root);
  return root;
}

/** jsdom's Blob has no text(): read it the older way. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

beforeEach(() => {
  vi.mocked(toBlob).mockClear();
  vi.mocked(toSvg).mockClear();
  document.body.innerHTML = '';
});

describe('exportDiagram', () => {
  it('measures the nodes from where React Flow placed them', () => {
    const viewport = flowDom().querySelector('.react-flow__viewport')!;
    expect(measureNodeBounds(viewport)).toEqual({ x: -10, y: 20, width: 250, height: 140 });
  });

  it('draws a PNG at twice the resolution, fitted to the nodes, without minimap or controls', async () => {
    const root = flowDom();
    const blob = await exportDiagram(root, 'png');
    expect(blob.type).toBe('image/png');
    const [element] = vi.mocked(toBlob).mock.calls[0]!;
    expect(element).toBe(root.querySelector('.react-flow__viewport'));
    const settings = settingsOf(toBlob);
    expect(settings).toMatchObject({ width: 298, height: 188, pixelRatio: 2 });
    expect(settings.style.transform).toBe('translate(34px, 4px) scale(1)');
    expect(settings.filter(root.querySelector('.react-flow__minimap')!)).toBe(false);
    expect(settings.filter(root.querySelector('.react-flow__controls')!)).toBe(false);
    expect(settings.filter(root.querySelector('.react-flow__node')!)).toBe(true);
  });

  it('writes an SVG document, with bounds given by the canvas, its whole picture painted', async () => {
    const blob = await exportDiagram(flowDom(), 'svg', {
      bounds: { x: 0, y: 0, width: 100, height: 50 },
      padding: 0,
      backgroundColor: 'rgb(250, 250, 250)',
    });
    expect(blob.type).toBe('image/svg+xml');
    // The background is a rectangle under everything, not the moved viewport's own colour.
    await expect(readText(blob)).resolves.toBe(
      '<svg xmlns="x"><rect width="100%" height="100%" fill="rgb(250, 250, 250)"/></svg>',
    );
    expect(settingsOf(toSvg)).toMatchObject({ width: 100, height: 50 });
    expect(settingsOf(toSvg)).not.toHaveProperty('backgroundColor');
    expect(settingsOf(toSvg).pixelRatio).toBeUndefined();
  });

  it('leaves the problem badges out of the picture', async () => {
    const root = flowDom();
    const badge = document.createElement('span');
    badge.className = 'pb-badge pb-badge--warning';
    root.querySelector('.react-flow__node')!.append(badge);
    await exportDiagram(root, 'png');
    expect(settingsOf(toBlob).filter(badge)).toBe(false);
  });

  it('refuses an element without a diagram, or an empty one', async () => {
    await expect(exportDiagram(document.createElement('div'), 'png')).rejects.toThrow(
      'There is no diagram to export.',
    );
    const empty = document.createElement('div');
    empty.innerHTML = '<div class="react-flow__viewport"></div>';
    await expect(exportDiagram(empty, 'svg')).rejects.toThrow('The diagram is empty');
  });
});

describe('ExportDiagramMenu', () => {
  const nodes: Node[] = [
    { id: 'a', position: { x: 0, y: 0 }, data: {}, width: 120, height: 80 },
    { id: 'b', position: { x: 200, y: 100 }, data: {}, width: 120, height: 80 },
  ];

  it('exports the canvas and hands the file to save under the Pod’s name', async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    render(
      <ReactFlowProvider>
        <div style={{ width: 800, height: 600 }}>
          <ReactFlow nodes={nodes} edges={[]} />
        </div>
        <ExportDiagramMenu save={save} baseName="api-server" />
      </ReactFlowProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export diagram as PNG' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![1]).toBe('api-server.png');
    await user.click(screen.getByRole('button', { name: 'Export diagram as SVG' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]![1]).toBe('api-server.svg');
    expect((save.mock.calls[1]![0] as Blob).type).toBe('image/svg+xml');
  });

  it('says why an export failed', async () => {
    vi.mocked(toBlob).mockRejectedValueOnce(new Error('no canvas'));
    const user = userEvent.setup();
    render(
      <ReactFlowProvider>
        <ReactFlow nodes={nodes} edges={[]} />
        <ExportDiagramMenu save={vi.fn()} />
      </ReactFlowProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export diagram as PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Diagram export failed: no canvas');
  });
});

describe('hostImageSave', () => {
  const blobOf = (bytes: number[]) =>
    ({ arrayBuffer: async () => new Uint8Array(bytes).buffer }) as unknown as Blob;

  it('hands the bytes and the format to the host’s image export', async () => {
    const exportImage = vi.fn(async () => ({ ok: true as const, value: null }));
    await hostImageSave(exportImage)(blobOf([1, 2, 3]), 'api-server.svg');
    expect(exportImage).toHaveBeenCalledWith({
      suggestedName: 'api-server.svg',
      format: 'svg',
      data: new Uint8Array([1, 2, 3]),
    });
  });

  it('throws what the host reports, so the menu can show it', async () => {
    const exportImage = async () => ({ ok: false as const, error: 'disk full' });
    await expect(hostImageSave(exportImage)(blobOf([]), 'pod.png')).rejects.toThrow('disk full');
  });
});
