import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../shared';
import {
  goodModelOf,
  parsedOf,
  podDocumentOf,
  usePod,
  usePodStoreApi,
  type LastEdit,
  type PodState,
} from '../store/pod-store';
import { afterPaint, nextTask } from '../store/after-paint';
import { useProblems } from '../store/problems';
import { READ_AT_ONCE_CHARS } from '../store/reading';
import { patchBetween, type TextPatch } from '../store/text-patch';
import {
  Annotation,
  ChangeSet,
  EditorState,
  Prec,
  type ChangeSpec,
  type Text,
} from '@codemirror/state';
import {
  EditorView,
  crosshairCursor,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import {
  forEachDiagnostic,
  lintGutter,
  setDiagnostics,
  type Diagnostic as CmDiagnostic,
} from '@codemirror/lint';
import { yaml } from '@codemirror/lang-yaml';
import { documentAt, type Diagnostic } from '../../shared';
import { parseAhead } from './parse-ahead';
import { editorTheme, highlightStyle } from './editor-theme';
import { followRange, highlightRange, nodeHighlight, revealRange } from './node-highlight';
import { nodeAtOffset, rangeOfSelection } from './selection-sync';
import { kubernetesAssist } from './kubernetes-assist';
import { editorAccessibility, hiddenCharacterMarks } from './editor-a11y';
import { wrapIndent } from './wrap-indent';
import { cursorBlink } from './cursor-blink';
import { yamlIndent } from './yaml-indent';

/** Marks a transaction that mirrors a change made elsewhere (canvas, file), so it is not echoed. */
const external = Annotation.define<boolean>();

/**
 * A file this long opened (a new document in place of the one shown) is put into the editor in
 * a task of its own, after the file's: CodeMirror takes 80 ms or more for a document of 48,000
 * keys (splitting it into lines, the first slice of its parse, laying out the visible lines),
 * and the file's own task (the store, the canvas, sending the text to the reading worker) 30 to
 * 40 ms more. Together they held the page for 110 to 140 ms.
 */
const OPEN_APART_CHARS = 100_000;

/**
 * A change made elsewhere (the canvas, the inspector, undo) to a text this long reaches the
 * editor once the frame that shows it on the canvas is painted: CodeMirror's update of a large
 * Pod's text (its parse, its markers, its lines) took a fifth of a drop on the canvas. Until
 * then nothing may act on the editor's older text: a key, a click or a paste anywhere brings the
 * editor up to date first, and the store's changes meanwhile are mirrored with it.
 */
const MIRROR_AFTER_PAINT_CHARS = READ_AT_ONCE_CHARS;

function toCodeMirror(
  diagnostics: readonly (Diagnostic | Problem)[],
  length: number,
): CmDiagnostic[] {
  return diagnostics.map((d) => ({
    from: Math.min(d.range.from, length),
    to: Math.min(Math.max(d.range.to, d.range.from), length),
    severity: d.severity,
    message: d.message,
    source: 'ruleId' in d ? d.ruleId : d.code,
  }));
}

/** True when `state` shows these diagnostics already (each reading of the text finds the same). */
function showsAlready(state: EditorState, diagnostics: readonly CmDiagnostic[]): boolean {
  const key = (d: CmDiagnostic) => `${d.from}:${d.to}:${d.severity}:${d.source}:${d.message}`;
  const shown: string[] = [];
  forEachDiagnostic(state, (d, from, to) => shown.push(key({ ...d, from, to })));
  if (shown.length !== diagnostics.length) return false;
  const next = diagnostics.map(key).sort();
  return shown.sort().every((k, i) => k === next[i]);
}

/**
 * The change that turns the editor's text into `next`: a structured edit's own splices when it
 * made `next` from this text (they say exactly what changed, so the cursor and folds stay
 * where they belong), else (undo, a file) the one span where the texts differ.
 */
function changesTo(
  length: number,
  current: string,
  next: string,
  edit: LastEdit | null,
): ChangeSet | ChangeSpec {
  if (edit?.after !== next || edit.before !== current) return patchBetween(current, next);
  let changes = ChangeSet.empty(length);
  for (const splice of edit.splices) {
    changes = changes.compose(ChangeSet.of(splice, changes.newLength));
  }
  return changes;
}

/**
 * A change set as splices applied one after the other: from its last change to its first, so
 * that each is where the text before the change had it.
 */
function splicesOf(changes: ChangeSet): TextPatch[] {
  const splices: TextPatch[] = [];
  changes.iterChanges((from, to, _fromB, _toB, inserted) => {
    splices.unshift({ from, to, insert: inserted.toString() });
  });
  return splices;
}

export function YamlEditor() {
  const store = usePodStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorView | null>(null);
  /** Cancels the task that puts a long opened file in the editor, while it waits (see OPEN_APART_CHARS). */
  const opening = useRef<(() => void) | null>(null);
  /** Brings the editor up to the store's text now, while a change waits (see MIRROR_AFTER_PAINT_CHARS). */
  const mirroring = useRef<(() => void) | null>(null);
  const parsed = usePod((s) => parsedOf(s));
  const problems = useProblems();
  // The problems were found in the text shown (not in the one before the last key).
  const checkedShown = usePod((s) => s.checkedText === s.shownText);
  // Counts the long files put in as a new state, which starts without markers (see putOpened),
  // and the changes mirrored after a paint, which the markers waited for.
  const [putIn, setPutIn] = useState(0);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    // A document is immutable: its text is joined once (132 KB on a large Pod), not again when
    // the store hands the typed text back to this view.
    let joined: { doc: Text; text: string } | null = null;
    const textOf = (doc: Text): string => {
      if (joined?.doc !== doc) joined = { doc, text: doc.toString() };
      return joined.text;
    };
    const extensions = [
      lineNumbers(),
      highlightActiveLineGutter(),
      hiddenCharacterMarks,
      foldGutter(),
      cursorBlink(),
      dropCursor(),
      EditorState.allowMultipleSelections.of(true),
      indentOnInput(),
      bracketMatching(),
      rectangularSelection(),
      crosshairCursor(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      lintGutter(),
      // Undo is the app's history of texts, shared with the canvas, not CodeMirror's own.
      // With Caps Lock on, Ctrl+Shift+Z comes as a lower-case "z", which the keymap reads as
      // Ctrl+Z: Shift decides, as it does everywhere else in the app.
      Prec.highest(
        EditorView.domEventHandlers({
          keydown(event) {
            const redo =
              (event.ctrlKey || event.metaKey) &&
              event.shiftKey &&
              !event.altKey &&
              event.key === 'z';
            if (!redo) return false;
            event.preventDefault();
            store.getState().redo();
            return true;
          },
          // A file dropped here opens, as anywhere on the window (host/file-drop.ts), asking
          // first about unsaved changes: the editor does not paste its text in.
          drop(event) {
            return event.dataTransfer?.types.includes('Files') ?? false;
          },
        }),
      ),
      keymap.of([
        { key: 'Mod-z', run: () => (store.getState().undo(), true) },
        { key: 'Mod-Shift-z', run: () => (store.getState().redo(), true) },
        { key: 'Mod-y', run: () => (store.getState().redo(), true) },
        ...defaultKeymap,
        ...searchKeymap,
        ...foldKeymap,
        indentWithTab,
      ]),
      yaml(),
      yamlIndent(),
      parseAhead,
      syntaxHighlighting(highlightStyle),
      editorTheme,
      EditorView.lineWrapping,
      wrapIndent(),
      EditorView.contentAttributes.of({ 'aria-label': 'Manifest YAML' }),
      editorAccessibility,
      nodeHighlight(),
      kubernetesAssist(store),
      EditorView.updateListener.of((update) => {
        if (update.transactions.some((tr) => tr.annotation(external))) return;
        // The store takes the text after the key (a short one at the end of this task; see
        // PodActions.typed).
        // A key typed while a long file is being put in goes with the document it was typed
        // in, which the file's replaces.
        if (update.docChanged && !opening.current)
          store.getState().typed(
            () => textOf(view.state.doc),
            update.state.doc.length,
            splicesOf(update.changes),
            // The text the key was typed in, if joined already (most often the store's own).
            joined?.doc === update.startState.doc ? joined.text : null,
          );
        // Putting the cursor in a container's or volume's YAML selects its node: a cursor
        // moved by typing does not, nor one in a text not read yet (its offsets would be
        // read in the Pod of an older text).
        if (update.selectionSet && !update.docChanged && update.view.hasFocus) {
          let doc = podDocumentOf(store.getState());
          if (doc.text !== textOf(update.state.doc)) return;
          // The cursor went into another document the canvas can show (a Pod, a workload):
          // the canvas shows it, as the Document picker would. Only as it goes in: moving in a
          // document, or into one the canvas cannot show (a Service), keeps what is shown.
          const { status, documents, selected } = doc.parsed;
          if (status !== 'invalid-yaml' && documents.length > 1) {
            const { head, anchor } = update.state.selection.main;
            const to = documentAt(documents, head);
            const from = documentAt(documents, update.startState.selection.main.head);
            // A selection across documents (Select All, to copy) chooses none of them.
            const within = documentAt(documents, anchor) === to;
            if (within && to?.editable && to !== from && to.index !== selected) {
              store.getState().chooseDocument(to.index);
              doc = podDocumentOf(store.getState());
            }
          }
          const { view } = doc;
          if (!view) return;
          const id = nodeAtOffset(view, update.state.selection.main.head);
          store.getState().select(id ? [id] : [], 'yaml');
        }
      }),
    ];
    const view = new EditorView({
      parent,
      state: EditorState.create({ doc: store.getState().text, extensions }),
    });

    editor.current = view;

    // What the user does next outside the editor's own typing (a click, a shortcut, leaving the
    // editor, a drag) may read the text: the store takes what was typed first.
    const settle = (event: Event) => {
      mirroring.current?.();
      const typing =
        event instanceof KeyboardEvent &&
        !(event.ctrlKey || event.metaKey || event.altKey) &&
        view.contentDOM.contains(event.target as Node | null);
      const staying = event.type === 'focusin' && view.dom.contains(event.target as Node | null);
      if (!typing && !staying) store.getState().settle();
    };
    const settleOn = ['keydown', 'pointerdown', 'focusin', 'dragstart', 'drop'] as const;
    for (const type of settleOn) window.addEventListener(type, settle, true);
    // Input that comes with no key first (a paste from the context menu, a composition).
    const mirrorNow = () => mirroring.current?.();
    const mirrorOn = ['beforeinput', 'paste', 'cut', 'compositionstart'] as const;
    for (const type of mirrorOn) window.addEventListener(type, mirrorNow, true);

    /**
     * Puts the opened file's text (the store's, by now) in place of the editor's, at its top: as
     * a new state, whose first parse reads only the first lines (a change of the document would
     * parse for 20 ms more), the rest read ahead (parseAhead). Nothing of the file before is
     * kept: its highlight goes with it, and the markers are set again (by the effect below).
     */
    const putOpened = () => {
      opening.current = null;
      view.setState(EditorState.create({ doc: store.getState().text, extensions }));
      // A new state keeps the scroll position of the last: back to the top.
      view.dispatch({ effects: EditorView.scrollIntoView(0, { y: 'start' }) });
      setPutIn((n) => n + 1);
    };
    const finishOpening = () => {
      if (!opening.current) return;
      opening.current();
      putOpened();
    };

    let cancelReveal: (() => void) | null = null;
    /** The store's state before the first change waiting to be mirrored (see MIRROR_AFTER_PAINT_CHARS). */
    let waitingSince: PodState | null = null;
    const unsubscribe = store.subscribe((state, previous) => {
      // A change while another waits (the node a paste added, selected): both are mirrored
      // then, from the state before the first.
      if (waitingSince) {
        // The cursor sent to a place: to a place in the store's text, now.
        if (state.jump !== previous.jump) mirroring.current?.();
        return;
      }
      const later =
        state.opened === previous.opened &&
        state.text !== previous.text &&
        state.text.length > MIRROR_AFTER_PAINT_CHARS &&
        !opening.current &&
        state.text !== textOf(view.state.doc);
      if (!later) {
        follow(state, previous);
        return;
      }
      waitingSince = previous;
      const cancel = afterPaint(() => mirroring.current?.());
      mirroring.current = () => {
        const since = waitingSince!;
        waitingSince = null;
        mirroring.current = null;
        cancel();
        follow(store.getState(), since);
        setPutIn((n) => n + 1);
      };
    });

    /** Mirrors in the editor what changed in the store from `previous` to `state`. */
    const follow = (state: PodState, previous: PodState) => {
      // Another file or a template opens at its first line, as any editor opens a file.
      const opened = state.opened !== previous.opened;
      if (opened && state.text.length > OPEN_APART_CHARS) {
        // Put in by the task below, with the store's text as it is then.
        if (!opening.current) opening.current = nextTask(putOpened);
      } else if (!opening.current && (state.text !== previous.text || opened)) {
        // A change typed here is already in the editor; any other (canvas, undo, file) is mirrored.
        const current = textOf(view.state.doc);
        if (current !== state.text || opened) {
          view.dispatch({
            changes: changesTo(view.state.doc.length, current, state.text, state.lastEdit),
            ...(opened && {
              selection: { anchor: 0 },
              effects: EditorView.scrollIntoView(0, { y: 'start' }),
            }),
            annotations: [external.of(true)],
          });
        }
      }
      // What follows finds places in the store's text: that text must be in the editor. (A
      // selection made in the editor, during its own update, is of the text it shows.)
      const jumps = state.jump !== previous.jump && state.jump;
      const selects =
        state.selection !== previous.selection &&
        state.selection.length > 0 &&
        state.selectionOrigin !== 'yaml';
      if (jumps || selects) finishOpening();
      if (jumps) {
        const at = Math.min(jumps.offset, view.state.doc.length);
        view.dispatch({
          selection: { anchor: at },
          effects: EditorView.scrollIntoView(at, { y: jumps.focus ? 'center' : 'start' }),
          annotations: [external.of(true)],
        });
        if (jumps.focus) view.focus();
      }
      if (state.selection !== previous.selection) {
        const rangeIn = (now: typeof state) => {
          const first = now.selection[0];
          const pod = goodModelOf(now)?.view;
          return first && pod ? rangeOfSelection(pod, first) : null;
        };
        cancelReveal?.();
        cancelReveal = null;
        // With a jump (a problem chosen), at once: the editor scrolls once, where it did.
        if (state.selectionOrigin !== 'yaml' && jumps) revealRange(view, rangeIn(state));
        else if (state.selectionOrigin !== 'yaml') {
          // Once the frame that shows the selection on the canvas is painted: scrolling the
          // editor to lines out of view draws them, some 10 to 20 ms on a long text, which a
          // drop on the canvas waited for. The selection of then, in the text of then.
          cancelReveal = afterPaint(() => {
            cancelReveal = null;
            const now = store.getState();
            if (editor.current === view && now.selection === state.selection)
              revealRange(view, rangeIn(now));
          });
        }
        // The cursor made this selection inside an editor update: mark it once that is done.
        else queueMicrotask(() => view.dispatch({ effects: highlightRange.of(rangeIn(state)) }));
      } else if (
        state.selection.length > 0 &&
        goodModelOf(state) !== goodModelOf(previous) &&
        state.goodText === state.text
      ) {
        // The selected node's lines once its text changed (a field added in the inspector, a
        // line typed in it): the highlight covers them all again, not only the lines it had.
        // After the editor's own update, if this comes from inside one; for the text it shows,
        // and for what is selected then (an edit that adds a node selects it right after).
        queueMicrotask(() => {
          const now = store.getState();
          const pod = goodModelOf(now)?.view;
          if (editor.current !== view || now.selection !== state.selection || !pod) return;
          if (now.goodText !== now.text || textOf(view.state.doc) !== now.text) return;
          followRange(view, rangeOfSelection(pod, now.selection[0]!));
        });
      }
    };

    return () => {
      mirroring.current = null;
      cancelReveal?.();
      opening.current?.();
      opening.current = null;
      for (const type of settleOn) window.removeEventListener(type, settle, true);
      for (const type of mirrorOn) window.removeEventListener(type, mirrorNow, true);
      store.getState().settle();
      unsubscribe();
      view.destroy();
      editor.current = null;
    };
  }, [store]);

  // Syntax errors of the text, and the problems of the last text that holds a Pod, as markers.
  useEffect(() => {
    const view = editor.current;
    // Until the text shown is checked, the markers stay where the editor moved them as keys
    // were typed: the problems of the text before would put them back where that text had them.
    if (!view || opening.current || mirroring.current) return;
    if (parsed.status === 'ok' && !checkedShown) return;
    // Another document whose YAML does not parse has its syntax errors marked where they are.
    const elsewhere =
      parsed.status === 'invalid-yaml'
        ? []
        : parsed.documents.flatMap((d) => (d.broken ? (d.errors ?? []) : []));
    const shown = [...(parsed.status === 'ok' ? problems : parsed.diagnostics), ...elsewhere];
    const diagnostics = toCodeMirror(shown, view.state.doc.length);
    // Dispatching updates the whole view (its DOM selection too): not for the same markers.
    if (!showsAlready(view.state, diagnostics))
      view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [parsed, problems, checkedShown, putIn]);

  return <div className="yaml-editor" ref={host} />;
}
