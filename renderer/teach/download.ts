import type { SaveBlob } from './ExportDiagramMenu';

/** What a host's image export takes and answers (`Host['file']['exportImage']`). */
export type ExportImage = (request: {
  suggestedName: string;
  format: 'png' | 'svg';
  data: Uint8Array;
}) => Promise<{ ok: true; value: unknown } | { ok: false; error: string }>;

/**
 * A `save` for diagram exports that hands the image's bytes to the host (a save dialog on the
 * desktop, a download in the browser). A failure the host reports is thrown, so the export
 * menu shows it.
 */
export function hostImageSave(exportImage: ExportImage): SaveBlob {
  return async (blob, suggestedName) => {
    const format = suggestedName.toLowerCase().endsWith('.svg') ? 'svg' : 'png';
    const data = new Uint8Array(await blob.arrayBuffer());
    const result = await exportImage({ suggestedName, format, data });
    if (!result.ok) throw new Error(result.error);
  };
}
