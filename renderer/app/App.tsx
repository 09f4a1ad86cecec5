import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ComponentProps,
  type CSSProperties,
} from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { visibleText, type Host } from '../../shared';
import {
  goodModelOf,
  PodStoreProvider,
  usePod,
  usePodStoreApi,
  type PodStore,
} from '../store/pod-store';
import { PodCanvas } from '../canvas/PodCanvas';
import { useFitPod } from '../canvas/use-auto-fit';
import { Palette } from '../palette/Palette';
import { YamlEditor } from '../editor/YamlEditor';
import { EDITOR_KEYS_HINT_ID } from '../editor/editor-a11y';
import { useAddItem } from '../canvas/use-add-item';
import { ManifestStatus } from './ManifestStatus';
import { DocumentPicker } from './DocumentPicker';
import { Toolbar } from './Toolbar';
import { keysAreTyping, useShortcuts, type Shortcut } from './use-shortcuts';
import { fileShortcuts } from './file-keys';
import { Splitter } from './Splitter';
import { useStoredNumber } from './use-stored-number';
import { SidePane } from './SidePane';
import { ProblemsDock } from './ProblemsDock';
import { useManifestExport } from './ExportConfirm';
import { SettingsDialog } from './SettingsDialog';
import { useViewPrefs } from '../ui/view-prefs';
import { useDocument } from './use-document';
import { TeachStoreProvider, useTeach, useTeachMode, useTeachStoreApi } from '../teach/teach-store';
import { TeachModeButtons } from '../teach/TeachModeButtons';
import { SimulationPanel } from '../teach/SimulationPanel';
import { KubectlPanel } from '../teach/KubectlPanel';
import { LectureMode } from '../teach/LectureMode';
import { SimulationStrip } from '../teach/SimulationStrip';
import { ExportDiagramMenu, useDiagramExport } from '../teach/ExportDiagramMenu';
import { hostImageSave } from '../teach/download';
import { ClusterBanner } from '../cluster/ClusterBanner';
import { CodeText, withoutBackticks } from '../problems/CodeText';
import { announce } from '../store/announcer';
import { Announcer } from './Announcer';

export function App({ store, host }: { store: PodStore; host: Host }) {
  return (
    <PodStoreProvider store={store}>
      <TeachStoreProvider>
        <ReactFlowProvider>
          <Workspace host={host} />
        </ReactFlowProvider>
      </TeachStoreProvider>
    </PodStoreProvider>
  );
}

/** The narrowest the canvas gets when the side panes widen (app.css keeps it at least this). */
const CANVAS_MIN_WIDTH = 420;

/** How much wider the side panes can get: what the canvas has beyond its narrowest. */
function canvasRoom(): number {
  const canvas = document.querySelector('.canvas-pane')?.getBoundingClientRect().width ?? 0;
  return Math.max(0, canvas - CANVAS_MIN_WIDTH);
}

/**
 * The toolbar with its unsaved-changes mark read here: the first key after a save or an open
 * changes the mark, and re-renders the toolbar, not the whole workspace with the canvas in it.
 */
function DocumentToolbar(props: Omit<ComponentProps<typeof Toolbar>, 'dirty'>) {
  const dirty = usePod((s) => s.text !== s.savedText);
  return <Toolbar {...props} dirty={dirty} />;
}

/**
 * The Problems panel is not on the page during a lecture or in projector mode: its key
 * (Ctrl+Shift+M) and View › Problems say how to get it back instead of doing nothing.
 */
function useProblemsAway(host: Host, away: 'lecture' | 'projector' | null) {
  const store = usePodStoreApi();
  const message =
    away === null
      ? null
      : away === 'lecture'
        ? 'The Problems panel is not shown during the lecture: Leave lecture (Escape) to see it.'
        : 'The Problems panel is not shown in projector mode: Leave projector (Escape) to see it.';
  const say = useCallback(() => {
    if (message !== null) store.getState().notify({ kind: 'info', message });
  }, [store, message]);
  // Once the mode is left, the panel is back: the notice goes.
  useEffect(
    () => () => {
      if (message !== null && store.getState().notice?.message === message) {
        store.getState().notify(null);
      }
    },
    [store, message],
  );
  useEffect(
    () =>
      away === null
        ? undefined
        : host.menu.onCommand((command) => {
            if (command === 'view:problems') say();
          }),
    [host, away, say],
  );
  // In the desktop window the key is the menu item's accelerator.
  useShortcuts(
    useMemo<Shortcut[]>(
      () =>
        away === null || host.platform !== 'browser'
          ? []
          : [{ key: 'm', mod: true, shift: true, run: say }],
      [away, host, say],
    ),
  );
}

function Workspace({ host }: { host: Host }) {
  const store = usePodStoreApi();
  const addItem = useAddItem();
  const { fileName, notice } = usePod((s) => ({ fileName: s.fileName, notice: s.notice }));

  const { commands: file, templates } = useDocument(host, store);
  const flow = useReactFlow();
  const fitPod = useFitPod();
  const mode = useTeachMode();
  const projector = useTeach((s) => s.projector);
  // A file name is user text too: its hidden characters are spelled out, not obeyed.
  const podName = usePod((s) => visibleText(goodModelOf(s)?.view.name ?? 'pod'));
  const saveImage = useMemo(() => hostImageSave((r) => host.file.exportImage(r)), [host]);
  const showError = useCallback(
    (message: string) => store.getState().notify({ kind: 'error', message }),
    [store],
  );
  const diagram = useDiagramExport({ save: saveImage, baseName: podName, onError: showError });
  const teach = useTeachStoreApi();
  // The View menu shows or hides the side pane's two parts (session state, not the file's).
  const [showTop, setShowTop] = useState(true);
  const [showYaml, setShowYaml] = useState(true);
  const toggleBadges = useViewPrefs((s) => s.toggleProblemBadges);

  // A manifest kubectl would refuse is exported only when the user says so; warnings pass.
  const { start: exportManifest, dialog: exportDialog } = useManifestExport(host, store);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const { canUndo, canRedo } = useStore(
    store.temporal,
    useShallow((t) => ({ canUndo: t.pastStates.length > 0, canRedo: t.futureStates.length > 0 })),
  );
  // 0 until the user moves the divider: the stylesheet's width for the window's size till then.
  // (A new key: a width stored before was held to 30% or 60% of the window, and is not a choice.)
  const [sideWidth, setSideWidth] = useStoredNumber('pod-builder.side-pane-width', 0);
  const undo = useCallback(() => store.getState().undo(), [store]);
  const redo = useCallback(() => store.getState().redo(), [store]);
  // An info notice is said in the page's live region (an error's is an alert of its own).
  useEffect(
    () =>
      store.subscribe(({ notice }, before) => {
        if (notice !== before.notice && notice?.kind === 'info')
          announce(withoutBackticks(notice.message));
      }),
    [store],
  );

  useEffect(
    () =>
      host.menu.onCommand((command) => {
        // A key typed just before the command may not have reached the store yet.
        store.getState().settle();
        if (command === 'file:export-manifest') exportManifest();
        // On macOS the menu takes Cmd+Z even in a text field: there it undoes the field's typing.
        const inField = keysAreTyping(document.activeElement, true);
        if (command === 'edit:undo') {
          if (inField) document.execCommand('undo');
          else undo();
        }
        if (command === 'edit:redo') {
          if (inField) document.execCommand('redo');
          else redo();
        }
        if (command === 'file:export-diagram-png') void diagram.run('png');
        if (command === 'file:export-diagram-svg') void diagram.run('svg');
        if (command === 'view:toggle-inspector') setShowTop((shown) => !shown);
        if (command === 'view:toggle-yaml') setShowYaml((shown) => !shown);
        if (command === 'view:toggle-problem-badges') toggleBadges();
        if (command === 'view:simulate') teach.getState().setMode('simulate');
        if (command === 'view:lecture') teach.getState().setMode('lecture');
        if (command === 'view:fit') fitPod(200);
        // Each step is instant: an animated one restarts from wherever the last one had got to,
        // so a held Cmd+= (the key repeating every 30 ms) would barely zoom at all.
        if (command === 'view:zoom-in') void flow.zoomIn();
        if (command === 'view:zoom-out') void flow.zoomOut();
      }),
    [host, store, exportManifest, undo, redo, flow, fitPod, diagram, teach, toggleBadges],
  );

  useProblemsAway(host, mode === 'lecture' ? 'lecture' : projector ? 'projector' : null);

  useShortcuts(
    useMemo<Shortcut[]>(
      () => [
        ...fileShortcuts(host.platform, file, exportManifest),
        { key: 'z', mod: true, history: true, run: undo },
        { key: 'z', mod: true, shift: true, history: true, run: redo },
        { key: 'y', mod: true, history: true, run: redo },
        // The desktop window has it on the View menu, whose accelerator takes the key first.
        ...(host.platform === 'browser'
          ? [{ key: 'b', mod: true, alt: true, run: toggleBadges }]
          : []),
      ],
      [exportManifest, undo, redo, file, host, toggleBadges],
    ),
  );

  // Classes, not `:has()` on the page's root: Chromium checks such a rule again at every element
  // put in or taken out anywhere under it, and restyled the toolbar, the panes and the
  // inspector's labels at the first key of an unsaved document (0.4 to 0.8 ms in a trace).
  return (
    <div className={`app${mode === 'lecture' ? ' is-lecture' : projector ? ' is-projector' : ''}`}>
      <DocumentToolbar
        fileName={fileName}
        onExport={exportManifest}
        history={{ canUndo, canRedo, undo, redo }}
        onSettings={() => setSettingsOpen(true)}
        file={file}
        templates={templates}
        teach={<TeachModeButtons />}
        platform={host.platform}
      />
      {exportDialog}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      <main
        className={`workspace${showTop || showYaml ? '' : ' no-side'}`}
        style={(sideWidth > 0 ? { '--side-width': `${sideWidth}px` } : {}) as CSSProperties}
      >
        <Palette onAdd={addItem} />
        <section className="canvas-pane" aria-label="Canvas">
          {notice && (
            <div
              className={`notice notice--${notice.kind}`}
              role={notice.kind === 'error' ? 'alert' : undefined}
            >
              <span>
                <CodeText text={notice.message} />
              </span>
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
          {mode !== 'lecture' && <ClusterBanner />}
          <PodCanvas
            corner={<ExportDiagramMenu save={saveImage} baseName={podName} onError={showError} />}
          />
          {mode === 'lecture' ? (
            <LectureMode />
          ) : projector ? (
            <SimulationStrip />
          ) : (
            <ProblemsDock menu={host.platform === 'desktop' ? host.menu : undefined} />
          )}
        </section>
        <Splitter
          orientation="vertical"
          label="Resize the side panes"
          size={sideWidth || 440}
          min={window.innerWidth > 1280 ? 300 : 260}
          max={960}
          room={canvasRoom}
          onResize={setSideWidth}
        />
        <SidePane
          top={
            mode === 'simulate' ? (
              <div className="teach-side">
                <SimulationPanel />
                <KubectlPanel />
              </div>
            ) : undefined
          }
          showTop={showTop}
          showYaml={showYaml}
          simulating={mode === 'simulate'}
        >
          <section className="editor-pane" aria-label="Manifest">
            <div className="pane-header">
              <h2 className="pane-title">Manifest YAML</h2>
              <span className="pane-hint" id={EDITOR_KEYS_HINT_ID}>
                Tab indents; Esc then Tab leaves the editor
              </span>
              <DocumentPicker />
            </div>
            <YamlEditor />
            <ManifestStatus />
          </section>
        </SidePane>
      </main>
      <Announcer />
    </div>
  );
}
