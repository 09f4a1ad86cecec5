import { useCallback, useMemo, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { exportDiagram, type DiagramFormat } from './export-diagram';
import './teach.css';

export type SaveBlob = (blob: Blob, suggestedName: string) => Promise<unknown> | void;

export interface DiagramExportOptions {
  save: SaveBlob;
  /** The file name without extension: the Pod's name. */
  baseName?: string;
  /** Where a failure goes (the app's notice); by default it is shown beside the buttons. */
  onError?: (message: string) => void;
}

/** Exports the canvas's diagram (PNG at 2x, or SVG) and saves it; the buttons and the menu share it. */
export function useDiagramExport({ save, baseName = 'pod', onError }: DiagramExportOptions) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const [busy, setBusy] = useState<DiagramFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (format: DiagramFormat) => {
      const element = flowStore.getState().domNode;
      setBusy(format);
      setError(null);
      try {
        if (!element) throw new Error('There is no diagram to export.');
        const nodes = flow.getNodes();
        const bounds = nodes.length > 0 ? flow.getNodesBounds(nodes) : undefined;
        const blob = await exportDiagram(element, format, bounds ? { bounds } : {});
        await save(blob, `${baseName}.${format}`);
      } catch (cause) {
        const message = `Diagram export failed: ${cause instanceof Error ? cause.message : String(cause)}`;
        if (onError) onError(message);
        else setError(message);
      } finally {
        setBusy(null);
      }
    },
    [flow, flowStore, save, baseName, onError],
  );
  return useMemo(() => ({ run, busy, error }), [run, busy, error]);
}

/**
 * "Export diagram as PNG" and "Export diagram as SVG", for slides. Must sit inside the
 * ReactFlowProvider of the canvas; `save` writes the file (the host's save, or a download).
 */
export function ExportDiagramMenu(options: DiagramExportOptions) {
  const { run, busy, error } = useDiagramExport(options);

  return (
    <div className="teach-export" role="group" aria-label="Export diagram">
      {/* aria-disabled, not disabled: a disabled button drops the focus to the page's body. */}
      <button
        type="button"
        className="button"
        aria-disabled={busy !== null}
        onClick={() => busy === null && void run('png')}
      >
        Export diagram as PNG
      </button>
      <button
        type="button"
        className="button"
        aria-disabled={busy !== null}
        onClick={() => busy === null && void run('svg')}
      >
        Export diagram as SVG
      </button>
      {error && (
        <span className="teach-export__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
