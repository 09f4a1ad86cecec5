import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { ExportDiagramMenu } from '../../../renderer/teach/ExportDiagramMenu';
import { hostImageSave } from '../../../renderer/teach/download';
import { renderTeach } from './helpers';

/** jsdom's Blob has no text(): read it the older way. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ExportDiagramMenu', () => {
  it('draws the Pod as an SVG in the colours chosen and saves it under the Pod’s name', async () => {
    const save = vi.fn();
    const { user } = renderTeach(<ExportDiagramMenu save={save} baseName="api-server" />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colours' }), 'Dark');
    await user.click(screen.getByRole('button', { name: 'Export diagram as SVG' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, name] = save.mock.calls[0]! as [Blob, string];
    expect(name).toBe('api-server.svg');
    expect(blob.type).toBe('image/svg+xml');
    const svg = await readText(blob);
    // The dark theme's page colour under everything, and the Pod's containers by name.
    expect(svg).toMatch(/<rect x="0" y="0" width="\d+" height="\d+" fill="#0f141c"\/>/);
    expect(svg).toContain('>init-migrate</text>');
    expect(svg).toContain('>log-shipper</text>');
  });

  it('is not over the diagram in Simulate’s projector mode, and comes back with the colours chosen', async () => {
    const { teach, user } = renderTeach(<ExportDiagramMenu save={vi.fn()} />, {
      mode: 'simulate',
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colours' }), 'Dark');
    act(() => teach.getState().setProjector(true));
    expect(screen.queryByRole('button', { name: 'Export diagram as PNG' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Colours' })).toBeNull();
    act(() => teach.getState().setProjector(false));
    expect(screen.getByRole('button', { name: 'Export diagram as PNG' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Colours' })).toHaveValue('dark');
  });

  it('draws the Pod being edited, not the one of the first render', async () => {
    const save = vi.fn();
    const { pod, user } = renderTeach(<ExportDiagramMenu save={save} />);
    pod.getState().setText(pod.getState().text.replace(/log-shipper/g, 'promtail'), 'yaml');
    // The canvas shows the typed text once the key's echo is painted.
    await waitFor(() => expect(pod.getState().goodText).toBe(pod.getState().text));
    await user.click(screen.getByRole('button', { name: 'Export diagram as SVG' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const svg = await readText(save.mock.calls[0]![0] as Blob);
    expect(svg).toContain('>promtail</text>');
    expect(svg).not.toContain('log-shipper');
  });

  it('says why an export failed', async () => {
    const save = vi.fn(() => Promise.reject(new Error('disk full')));
    const { user } = renderTeach(<ExportDiagramMenu save={save} />);
    await user.click(screen.getByRole('button', { name: 'Export diagram as SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Diagram export failed: disk full');
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
