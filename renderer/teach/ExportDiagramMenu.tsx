import { useCallback, useId, useMemo, useState } from 'react';
import { goodModelOf, usePodStoreApi } from '../store/pod-store';
import { exportDiagram, pageTheme, type DiagramFormat, type DiagramTheme } from './export-diagram';
import { useTeach } from './teach-store';
import './teach.css';

export type SaveBlob = (blob: Blob, suggestedName: string) => Promise<unknown> | void;

export interface DiagramExportOptions {
  save: SaveBlob;
  /** The file name without extension: the Pod's name. */
  baseName?: string;
  /** Where a failure goes (the app's notice); by default it is shown beside the buttons. */
  onError?: (message: string) => void;
}

/**
 * Exports the Pod's diagram (PNG at 2x, or SVG) in a theme and saves it; the buttons and the menu
 * share it. The drawing comes from the last Pod that parsed, not from the screen.
 */
export function useDiagramExport({ save, baseName = 'pod', onError }: DiagramExportOptions) {
  const store = usePodStoreApi();
  const [busy, setBusy] = useState<DiagramFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (format: DiagramFormat, theme: DiagramTheme = pageTheme()) => {
      setBusy(format);
      setError(null);
      try {
        const graph = goodModelOf(store.getState())?.graph;
        if (!graph) throw new Error('There is no diagram to export.');
        const blob = await exportDiagram(graph, format, { theme });
        await save(blob, `${baseName}.${format}`);
      } catch (cause) {
        const message = `Diagram export failed: ${cause instanceof Error ? cause.message : String(cause)}`;
        if (onError) onError(message);
        else setError(message);
      } finally {
        setBusy(null);
      }
    },
    [store, save, baseName, onError],
  );
  return useMemo(() => ({ run, busy, error }), [run, busy, error]);
}

/**
 * "Export diagram as PNG" and "Export diagram as SVG", for slides, with the diagram's colours
 * (light or dark) to choose; `save` writes the file (the host's save, or a download).
 */
export function ExportDiagramMenu(options: DiagramExportOptions) {
  const { run, busy, error } = useDiagramExport(options);
  const [theme, setTheme] = useState<DiagramTheme>(pageTheme);
  const themeId = useId();
  // Simulate's projector mode gives the diagram the whole screen: buttons over its corner would
  // cover the words the camera brings there. Drawn nothing, but still mounted: the colours
  // chosen stay.
  const projector = useTeach((s) => s.projector);
  if (projector) return null;

  return (
    <div className="teach-export" role="group" aria-label="Export diagram">
      <label className="teach-export__theme" htmlFor={themeId}>
        Colours
      </label>
      <select
        id={themeId}
        className="teach-export__select"
        value={theme}
        onChange={(e) => setTheme(e.target.value as DiagramTheme)}
      >
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      {/* aria-disabled, not disabled: a disabled button drops the focus to the page's body. */}
      <button
        type="button"
        className="button"
        aria-disabled={busy !== null}
        onClick={() => busy === null && void run('png', theme)}
      >
        <span className="teach-export__long">Export diagram as</span> PNG
      </button>
      <button
        type="button"
        className="button"
        aria-disabled={busy !== null}
        onClick={() => busy === null && void run('svg', theme)}
      >
        <span className="teach-export__long">Export diagram as</span> SVG
      </button>
      {error && (
        <span className="teach-export__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
