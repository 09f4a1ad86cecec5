import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { ReactFlowProvider } from '@xyflow/react';
import type { Host } from '../../shared';
import { PodStoreProvider, usePod, usePodStoreApi, type PodStore } from '../store/pod-store';
import { PodCanvas } from '../canvas/PodCanvas';
import { Palette } from '../palette/Palette';
import { YamlEditor } from '../editor/YamlEditor';
import { useAddItem } from '../canvas/use-add-item';
import { ManifestStatus } from './ManifestStatus';
import { Toolbar } from './Toolbar';
import { useShortcuts, type Shortcut } from './use-shortcuts';

export function App({ store, host }: { store: PodStore; host: Host }) {
  return (
    <PodStoreProvider store={store}>
      <ReactFlowProvider>
        <Workspace host={host} />
      </ReactFlowProvider>
    </PodStoreProvider>
  );
}

function Workspace({ host }: { host: Host }) {
  const store = usePodStoreApi();
  const addItem = useAddItem();
  const { fileName, dirty, notice } = usePod((s) => ({
    fileName: s.fileName,
    dirty: s.text !== s.savedText,
    notice: s.notice,
  }));

  useEffect(() => {
    host.window.setDocumentState({ name: fileName, dirty });
  }, [host, fileName, dirty]);

  const exportManifest = useCallback(async () => {
    const { text, lastGood, notify } = store.getState();
    const suggestedName = `${lastGood?.view.name ?? 'pod'}.yaml`;
    const result = await host.file.exportManifest({ suggestedName, text });
    if (!result.ok) notify({ kind: 'error', message: `Export failed: ${result.error}` });
    else if (result.value) notify({ kind: 'info', message: `Exported ${result.value.name}` });
  }, [host, store]);

  const { canUndo, canRedo } = useStore(
    store.temporal,
    useShallow((t) => ({ canUndo: t.pastStates.length > 0, canRedo: t.futureStates.length > 0 })),
  );
  const undo = useCallback(() => store.getState().undo(), [store]);
  const redo = useCallback(() => store.getState().redo(), [store]);

  useEffect(
    () =>
      host.menu.onCommand((command) => {
        if (command === 'file:export-manifest') void exportManifest();
        if (command === 'edit:undo') undo();
        if (command === 'edit:redo') redo();
      }),
    [host, exportManifest, undo, redo],
  );

  useShortcuts(
    useMemo<Shortcut[]>(
      () => [
        { key: 'e', mod: true, shift: true, run: () => void exportManifest() },
        { key: 'z', mod: true, run: undo },
        { key: 'z', mod: true, shift: true, run: redo },
        { key: 'y', mod: true, run: redo },
      ],
      [exportManifest, undo, redo],
    ),
  );

  return (
    <div className="app">
      <Toolbar
        fileName={fileName}
        dirty={dirty}
        onExport={exportManifest}
        history={{ canUndo, canRedo, undo, redo }}
      />
      <main className="workspace">
        <Palette onAdd={addItem} />
        <section className="canvas-pane" aria-label="Canvas">
          {notice && (
            <div
              className={`notice notice--${notice.kind}`}
              role={notice.kind === 'error' ? 'alert' : 'status'}
            >
              <span>{notice.message}</span>
              <button
                type="button"
                className="notice__close"
                aria-label="Dismiss"
                onClick={() => store.getState().notify(null)}
              >
                ×
              </button>
            </div>
          )}
          <PodCanvas />
        </section>
        <section className="editor-pane" aria-label="Manifest">
          <div className="pane-header">
            <h2 className="pane-title">Manifest YAML</h2>
          </div>
          <YamlEditor />
          <ManifestStatus />
        </section>
      </main>
    </div>
  );
}
