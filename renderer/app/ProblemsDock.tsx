import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { visibleText } from '../../shared';
import type { Host, Problem, QuickFix, Severity } from '../../shared';
import { Dialog } from './Dialog';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { usePodSecurity } from '../problems/pod-security';
import { podDocumentOf, usePod, usePodStoreApi } from '../store/pod-store';
import { useDocumentErrors, useTextProblems } from '../store/problems';
import { documentName, errorCount } from './DocumentPicker';
import { useViewPrefs } from '../ui/view-prefs';
import { Splitter } from './Splitter';
import { TOOLBAR } from './SidePane';
import { useStoredNumber } from './use-stored-number';
import { runShortcut, useShortcuts, type Shortcut } from './use-shortcuts';

/** Each severity counted on the bar; on a narrow bar, its mark stands for the word. */
const COUNTED: { severity: Severity; word: string; mark: string }[] = [
  { severity: 'error', word: 'error', mark: '✕' },
  { severity: 'warning', word: 'warning', mark: '⚠' },
  { severity: 'info', word: 'suggestion', mark: 'ℹ' },
];

/** The least the canvas keeps above the open panel (app.css keeps it at least this too). */
const CANVAS_MIN_HEIGHT = 200;
/** The least the open panel takes: its bar, its counts and a row. */
const PANEL_MIN_HEIGHT = 140;
/** The divider above the open panel (app.css). */
const DIVIDER = 6;
/** The least height of the app, below which the window scrolls (app.css). */
const APP_MIN_HEIGHT = 640;

/**
 * The open panel's height until the user sets one: 45% of the workspace, from 180 to 340 px. At
 * 30% of the window, 210 px on a 1024×700 screen, its rows, whose fixes wrap in a narrow canvas
 * pane, showed one and a half problems.
 */
function defaultPanelHeight(): number {
  return Math.round(Math.min(340, Math.max(180, (window.innerHeight - TOOLBAR) * 0.45)));
}

function onWindowResize(changed: () => void): () => void {
  window.addEventListener('resize', changed);
  return () => window.removeEventListener('resize', changed);
}

/**
 * The open panel's top edge, which the user drags (or moves with the arrow keys) to make the
 * panel taller or shorter, from a bar and a row to what leaves the canvas its least. It reads
 * the window's height itself, so that a window resized re-renders the divider, not the panel.
 */
function PanelDivider({
  height,
  onResize,
  room,
}: {
  height: number;
  onResize: (height: number) => void;
  room: () => number;
}) {
  const windowHeight = useSyncExternalStore(onWindowResize, () => window.innerHeight);
  return (
    <Splitter
      orientation="horizontal"
      label="Resize the Problems panel"
      size={height}
      min={PANEL_MIN_HEIGHT}
      max={Math.max(windowHeight, APP_MIN_HEIGHT) - TOOLBAR - DIVIDER - CANVAS_MIN_HEIGHT}
      room={room}
      onResize={onResize}
    />
  );
}

/**
 * The Problems panel under the canvas; folded, it shows its counts. `menu`, the desktop window's
 * native menu, has the item that opens it (View › Problems) with the key as its accelerator.
 */
export function ProblemsDock({ menu }: { menu?: Host['menu'] }) {
  const store = usePodStoreApi();
  const problems = useTextProblems();
  const podSecurity = usePodSecurity();
  // A text with no Pod (its document deleted, say) has no level of its own: the level and the
  // controls it lists would be those of the last Pod, which the text no longer has.
  const holdsPod = usePod((s) => podDocumentOf(s).view !== null);
  const [open, setOpen] = useState(false);
  // Ctrl+Shift+M (Cmd on macOS), as in VS Code: the panel opens, the keyboard goes to its first
  // problem, from wherever it was (the editor, the canvas, a field of the inspector).
  const [focusRequest, setFocusRequest] = useState(0);
  const showProblems = useMemo<Shortcut>(
    () => ({
      key: 'm',
      mod: true,
      shift: true,
      takesFocus: true,
      run: () => {
        setOpen(true);
        setFocusRequest((n) => n + 1);
      },
    }),
    [],
  );
  // In the desktop window the key is the accelerator of View › Problems, whose command runs it.
  useShortcuts(useMemo(() => (menu ? [] : [showProblems]), [menu, showProblems]));
  useEffect(
    () =>
      menu?.onCommand((command) => {
        if (command !== 'view:problems') return;
        // A key typed just before the command may not have reached the store yet.
        store.getState().settle();
        runShortcut(showProblems, document.activeElement);
      }),
    [menu, showProblems, store],
  );
  // Open, the panel is as tall as the user dragged its top edge, on this machine.
  const [height, setHeight] = useStoredNumber('pod-builder.problems-height', defaultPanelHeight());
  const dock = useRef<HTMLDivElement>(null);
  /** How much taller the panel can get: what the canvas has above its least. */
  const canvasRoom = useCallback(() => {
    const pane = dock.current?.parentElement?.getBoundingClientRect().height ?? 0;
    const panel = dock.current?.getBoundingClientRect().height ?? 0;
    // Nothing laid out (a test's page): the divider's own maximum bounds it.
    if (pane === 0) return Infinity;
    return Math.max(0, pane - panel - DIVIDER - CANVAS_MIN_HEIGHT);
  }, []);

  const onSelect = useCallback(
    (problem: Problem) => {
      const state = store.getState();
      state.select(problem.nodeId ? [problem.nodeId] : [], 'inspector');
      state.jumpTo(problem.range.from);
    },
    [store],
  );
  // A fix that changes what happens at run time waits for a yes.
  const [asking, setAsking] = useState<{ fix: QuickFix; applying: () => void } | null>(null);
  const apply = useCallback(
    (fix: QuickFix, applying: () => void) => {
      applying();
      store.getState().editAll(fix.edits, 'inspector');
    },
    [store],
  );
  const onFix = useCallback(
    (_problem: Problem, fix: QuickFix, applying: () => void) => {
      if (fix.confirm) setAsking({ fix, applying });
      else apply(fix, applying);
    },
    [apply],
  );

  return (
    <>
      {open && <PanelDivider height={height} onResize={setHeight} room={canvasRoom} />}
      <div
        ref={dock}
        className={`problems-dock${open ? ' is-open' : ''}`}
        style={{ '--problems-height': `${height}px` } as CSSProperties}
      >
        <div className="problems-dock__bar">
          <button
            type="button"
            className="problems-dock__toggle"
            aria-expanded={open}
            aria-keyshortcuts="Control+Shift+M"
            title="Show or hide the problems (Ctrl+Shift+M shows them and goes to the first)"
            onClick={() => {
              setOpen(!open);
              // Opened with a click, the panel leaves the focus on this button.
              setFocusRequest(0);
            }}
          >
            <span className="problems-dock__chevron" aria-hidden="true">
              ▸
            </span>
            <strong>Problems</strong>
            {COUNTED.map(({ severity, word, mark }) => {
              const count = problems.filter((p) => p.severity === severity).length;
              const words = `${word}${count === 1 ? '' : 's'}`;
              return (
                <span
                  key={severity}
                  className={count ? `problems-dock__count--${severity}` : undefined}
                  title={`${count} ${words}`}
                >
                  <span className="problems-dock__mark" aria-hidden="true">
                    {mark}
                  </span>
                  {count}
                  <span className="problems-dock__word"> {words}</span>
                </span>
              );
            })}
            {holdsPod && <ErrorsElsewhere />}
          </button>
          <BadgesToggle />
        </div>
        {open && (
          <ProblemsPanel
            problems={problems}
            onSelect={onSelect}
            onFix={onFix}
            podSecurity={holdsPod ? podSecurity : null}
            holdsPod={holdsPod}
            focusRequest={focusRequest}
          />
        )}
        {asking && (
          <Dialog
            title={`${visibleText(asking.fix.title)}?`}
            role="alertdialog"
            onClose={() => setAsking(null)}
            actions={
              <>
                <button type="button" className="button" onClick={() => setAsking(null)} autoFocus>
                  Cancel
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    setAsking(null);
                    apply(asking.fix, asking.applying);
                  }}
                >
                  Apply
                </button>
              </>
            }
          >
            <p>{asking.fix.confirm}</p>
          </Dialog>
        )}
      </div>
    </>
  );
}

/**
 * The errors of the file's other documents, which the counts beside it leave out: the export
 * writes those documents too, and kubectl would refuse them. The Document picker says which.
 */
/**
 * What to do about the errors of other documents: one that parses is chosen in the picker to see
 * its errors; one that does not parse cannot be chosen, and is fixed in the editor.
 */
function elsewhereAdvice(others: readonly { broken?: true }[]): string {
  const broken = others.some((d) => d.broken);
  const choosable = others.some((d) => !d.broken);
  if (!broken) return 'Choose one in the Document picker to see its errors.';
  if (!choosable) return 'Fix its YAML in the editor, where it is marked.';
  return 'Choose one in the Document picker to see its errors; fix the YAML of one that does not parse in the editor.';
}

function ErrorsElsewhere() {
  const counted = useDocumentErrors();
  if (!counted) return null;
  const { documents, errors, shown } = counted;
  const others = documents.filter((d) => d.index !== shown && (errors[d.index] ?? 0) > 0);
  const count = others.reduce((sum, d) => sum + (errors[d.index] ?? 0), 0);
  if (count === 0) return null;
  const words = count === 1 ? 'error' : 'errors';
  return (
    <span
      className="problems-dock__elsewhere"
      title={`${others.map((d) => `${documentName(d)}: ${d.broken ? 'does not parse' : errorCount(errors[d.index] ?? 0)}`).join('; ')}. ${elsewhereAdvice(others)}`}
    >
      <span className="problems-dock__elsewhere-long">
        {count} {words} in other documents
      </span>
      {/* A narrow bar says it shorter, as its counts do; screen readers hear the whole of it. */}
      <span className="problems-dock__elsewhere-short" aria-hidden="true">
        <span className="problems-dock__mark">✕</span>
        {count}
        <span className="problems-dock__word"> {words}</span> elsewhere
      </span>
    </span>
  );
}

/**
 * Shows or hides the count badges on the canvas nodes (the View menu does too), for showing the
 * Pod's anatomy to a class without them; the counts beside it stay, one click from the list.
 */
function BadgesToggle() {
  const { shown, toggle } = useViewPrefs(
    useShallow((s) => ({ shown: s.problemBadges, toggle: s.toggleProblemBadges })),
  );
  return (
    <button
      type="button"
      className="problems-dock__badges"
      aria-pressed={shown}
      aria-label="Problem badges on the canvas"
      aria-keyshortcuts="Control+Alt+B"
      title="Show or hide the problem badges on the canvas (Ctrl+Alt+B)"
      onClick={toggle}
    >
      <span className="problems-dock__switch" aria-hidden="true" />
      {/* A narrow canvas pane shows the short label, so the counts keep their room. */}
      <span className="problems-dock__badges-long">Problem badges on the canvas</span>
      <span className="problems-dock__badges-short">Badges</span>
    </button>
  );
}
