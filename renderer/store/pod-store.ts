import { createContext, createElement, useContext, useRef, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { shallow } from 'zustand/shallow';
import { temporal, type TemporalState } from 'zundo';
import { nodeId, parseNodeId, podDocument, visibleText } from '../../shared';
import { afterPaint, idleThenPaint, inThisTask } from './after-paint';
import { announce } from './announcer';
import { followText, readNow, type Follower } from './reading';
import { patchHistory, withTextPatches, type History } from './text-history';
import { applyPatches, patchBetween, type TextPatch } from './text-patch';
import type {
  Diagnostic,
  DocumentSummary,
  FollowUp,
  Graph,
  ParsedManifest,
  PodDocument,
  PodEdit,
  PodView,
  Splice,
} from '../../shared';
import type { CopiedContainer } from '../canvas/clipboard';

/**
 * Where a change of the text came from. Keystrokes in the editor join into one undo step;
 * other changes are steps of their own. (The editor mirrors any text that differs from its own,
 * so no view needs the origin to avoid echoing a change back.)
 */
export type ChangeOrigin = 'canvas' | 'yaml' | 'inspector' | 'history' | 'file';

/** The last text that held a Pod, with what was derived from it: the canvas shows this one. */
export interface GoodModel {
  text: string;
  view: PodView;
  graph: Graph;
}

/** The last structured edit: the text it started from and the splices that made the new one. */
export interface LastEdit {
  before: string;
  after: string;
  splices: readonly Splice[];
}

/**
 * The store holds the text and session state only. What is derived from the text (its parse,
 * the Pod, the graph, the problems) comes from its Pod document: `podDocumentOf(state)`.
 */
export interface PodState {
  /** The manifest text: the single source of truth. */
  text: string;
  /**
   * The text the views show: `text` once its reading has caught up. The editor echoes a key
   * before the store takes its text (see `typed`); the parse and graph of the new text follow
   * (every other change is read at once).
   */
  shownText: string;
  /**
   * The last shown text that held a Pod in the chosen document (the shown one, or an earlier
   * one while it does not parse): the canvas keeps showing its Pod.
   */
  goodText: string | null;
  /**
   * The good text whose problems have been checked: checking follows the canvas's paint, so the
   * problems of the text before it stay on screen meanwhile.
   */
  checkedText: string | null;
  /** True while a long text's reading has taken a while: the views say it is being read. */
  readingSlowly: boolean;
  /**
   * Who last changed the text with `setText` (typing, a gesture, the inspector, a file): the
   * inspector follows the editor's keys a render after the canvas, its own edits at once.
   */
  textOrigin: ChangeOrigin;
  /** The document of a multi-document file the user chose to edit (null: the first editable). */
  document: number | null;
  /** The last structured edit, for the editor view to apply as it was made. */
  lastEdit: LastEdit | null;
  /** Session state, never written into the manifest. */
  selection: string[];
  /** Who made the selection: the editor follows the canvas's, the canvas follows the editor's. */
  selectionOrigin: 'canvas' | 'yaml' | 'inspector';
  fileName: string;
  filePath: string | null;
  /** The text as last saved or opened, to tell whether there are unsaved changes. */
  savedText: string;
  /**
   * How many files (or templates) this store has opened: the views that start afresh with
   * another document (the editor's cursor, the simulation's scenario) watch it change.
   */
  opened: number;
  /**
   * A request to move the editor's cursor to an offset (a problem was chosen) and focus it, or,
   * with `focus: false`, to show that line at the editor's top (a document chosen in the picker).
   */
  jump: { offset: number; focus: boolean } | null;
  /** A copied container, to paste into this Pod or another one. */
  clipboard: CopiedContainer | null;
  /**
   * A message for the user about the last action that failed (an edit, an export). One about
   * the text as it was (`aboutText`: an edit refused) goes when the text changes.
   */
  notice: { kind: 'error' | 'info'; message: string; aboutText?: true } | null;
}

export interface PodActions {
  setText(text: string, origin: ChangeOrigin): void;
  /**
   * The editor's text (`length` characters) changed by typing. The store takes a short text at
   * the end of the key's own task, once the editor is done with the key: it reads in about a
   * millisecond, and the canvas is painted in the echo's frame. A long one is read off this
   * thread, starting as soon as the echo is painted (Follower.readAhead), and taken when that
   * reading is there: once the page is idle (after the echo and the completion list), it waits
   * at most READ_AHEAD_WAIT_MS more for it (and any action that reads the text takes it at
   * once, see `settle`). `read` gives the editor's text at the time it is taken; `splices`,
   * when given, what this key changed (applied one after the other): the undo history keeps the
   * keys' own changes then, instead of looking for them through the whole text, and they alone
   * cross to the worker. `from`, when the editor has it at hand, is the text the key was typed in
   * (see `settle`).
   */
  typed(
    read: () => string,
    length: number,
    splices?: readonly TextPatch[],
    from?: string | null,
  ): void;
  /**
   * Takes the typed text not yet taken. Every action that reads or changes the text does this
   * first, and so does anything that reads `text` outside the store (a save, a menu command).
   */
  settle(): void;
  /** Applies a structured edit; on failure the text stays and the reason becomes the notice. */
  edit(edit: PodEdit, origin?: ChangeOrigin): boolean;
  /**
   * Applies several edits as one change (one undo step); all or nothing. `then` adds the edits
   * that depend on the Pod as the first ones left it (see PodDocument.apply). `selectIn`, given
   * the edited text's Pod (null if it has none), gives the nodes selected with the change, in
   * the same change of the store (a drop selects what it added).
   */
  editAll(
    edits: readonly PodEdit[],
    origin?: ChangeOrigin,
    then?: FollowUp,
    selectIn?: (view: PodView | null) => string[],
  ): boolean;
  /**
   * Applies an edit that finishes a gesture begun by the change that left the text `after` (a
   * volume dropped on a container, then mounted there once its path is given): one undo step
   * with that change, unless something changed the text in between.
   */
  editJoined(edit: PodEdit, after: string): boolean;
  select(ids: string[], origin?: PodState['selectionOrigin']): void;
  /** Edits another document of a multi-document file; the others stay as they are. */
  chooseDocument(index: number): void;
  loadFile(file: { name: string; path: string | null; text: string }): void;
  markSaved(file: { name: string; path: string | null; text: string }): void;
  notify(notice: PodState['notice']): void;
  copy(container: CopiedContainer): void;
  /** Moves the editor's cursor to `offset` and shows it; the focus goes there unless `focus` is false. */
  jumpTo(offset: number, focus?: boolean): void;
  undo(): void;
  redo(): void;
}

export type PodStore = StoreApi<PodState & PodActions> & {
  temporal: StoreApi<TemporalState<History>>;
};

/**
 * How much text an undo to a text without a Pod reads, step by step back, looking for the Pod to
 * show (each step's text is parsed: a bound on the undo's time, some 8 steps of a 5,000-line Pod).
 */
const GOOD_LOOKBACK_CHARS = 1_000_000;

/** Typing within this many milliseconds of the last keystroke joins the same undo step. */
const TYPING_PAUSE_MS = 800;

/**
 * How long past the page's idle a typed long text waits for the reading the worker is making of
 * it (a large Pod's comes in 10 to 30 ms), before the store takes the text alone.
 */
const READ_AHEAD_WAIT_MS = 250;

/**
 * Reads something of the store's state once per state: after a change, zustand hands every
 * subscriber the same state object, so of the hundreds of selectors that ask (a badge per node),
 * the first reads and the others find its answer here.
 */
function oncePerState<S extends object, T>(read: (state: S) => T): (state: S) => T {
  const answers = new WeakMap<S, T>();
  return (state) => {
    if (answers.has(state)) return answers.get(state) as T;
    const answer = read(state);
    answers.set(state, answer);
    return answer;
  };
}

/** The Pod document of the text shown: its parse, Pod, graph, problems and edits. */
export const podDocumentOf = oncePerState(
  (state: Pick<PodState, 'shownText' | 'document'>): PodDocument =>
    podDocument(state.shownText, state.document),
);

/** The Pod document whose problems were last checked (see PodState.checkedText). */
export const checkedDocumentOf = oncePerState(
  (state: Pick<PodState, 'checkedText' | 'document'>): PodDocument | null =>
    state.checkedText === null ? null : podDocument(state.checkedText, state.document),
);

/** The parse of the text shown. */
export function parsedOf(state: Pick<PodState, 'shownText' | 'document'>): ParsedManifest {
  return podDocumentOf(state).parsed;
}

/** The Pod document the canvas shows: the last that held a Pod, or null when none has yet. */
export const goodDocumentOf = oncePerState(
  (state: Pick<PodState, 'goodText' | 'document'>): PodDocument | null =>
    state.goodText === null ? null : podDocument(state.goodText, state.document),
);

/** True when two lists name the same documents, in the same order. */
export const sameDocuments = (a: readonly DocumentSummary[], b: readonly DocumentSummary[]) =>
  a.length === b.length &&
  a.every((d, i) => d.kind === b[i]!.kind && d.name === b[i]!.name && d.empty === b[i]!.empty);

/**
 * The documents of the file as the Document picker lists them, the one it shows, and the text
 * their ranges are in. While the text shown does not parse, those of the last good text, whose
 * Pod the canvas keeps showing: a broken text has no document selected, and its list can lack
 * documents (a quote left open swallows every one after it). A text whose errors are its
 * documents' own, and whose documents are not those, lists its own, the one that does not parse
 * chosen (or the one the user chose).
 */
export const listedDocumentsOf = oncePerState(
  (
    state: Pick<PodState, 'shownText' | 'goodText' | 'document'>,
  ): { documents: ParsedManifest['documents']; selected: number | null; text: string } => {
    const parsed = parsedOf(state);
    const good = parsed.status === 'invalid-yaml' ? goodDocumentOf(state) : null;
    // A text whose errors are its documents' own lists them as they read, unless they are the
    // documents the canvas's Pod was read with (a key typed in one of them): a file pasted or
    // opened with a slip in its first Pod is listed with that Pod chosen, and the others to
    // choose from.
    const own =
      !good ||
      (parsed.unparsed !== undefined && !sameDocuments(good.parsed.documents, parsed.documents));
    const listed = own ? parsed : good.parsed;
    return {
      documents: listed.documents,
      selected: listed.selected ?? listed.unparsed ?? state.document,
      text: own ? state.shownText : good.text,
    };
  },
);

const models = new WeakMap<PodDocument, GoodModel>();

/**
 * The last good Pod with its graph, for the canvas and the panels beside it: the same object
 * for the same document, so that selectors returning it stay equal between renders.
 */
export function goodModelOf(state: Pick<PodState, 'goodText' | 'document'>): GoodModel | null {
  const doc = goodDocumentOf(state);
  if (!doc?.view || !doc.graph) return null;
  let model = models.get(doc);
  if (!model) {
    model = { text: doc.text, view: doc.view, graph: doc.graph };
    models.set(doc, model);
  }
  return model;
}

/** Where a document that begins at `from` has its own lines: past its `---` line, if any. */
function bodyStart(text: string, from: number): number {
  if (!text.startsWith('---', from)) return from;
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end + 1;
}

/** True when `text` ends with `old` from `from` on (compared from the end, without a copy). */
function endsWithFrom(text: string, old: string, from: number): boolean {
  const length = old.length - from;
  if (length > text.length) return false;
  for (let i = 1; i <= length; i++) {
    if (text.charCodeAt(text.length - i) !== old.charCodeAt(old.length - i)) return false;
  }
  return true;
}

/**
 * True when `edit` is what led from `chosen`'s text to `text`, each of its splices past the
 * place `chosen` is followed from: the change lies within the document or after it, which the
 * splices tell at once. (Else `endsWithFrom` tells whether it lies before, comparing the text
 * from its end up to the change: on a large Pod's single document, 1 ms of every drop and key.)
 */
function changedAfter(
  edit: LastEdit | null,
  chosen: { text: string; from: number },
  text: string,
): boolean {
  return (
    edit !== null &&
    edit.before === chosen.text &&
    edit.after === text &&
    edit.splices.every((splice) => splice.from > chosen.from)
  );
}

export function createPodStore(initial: {
  text: string;
  fileName: string;
  filePath?: string | null;
}): PodStore {
  let lastChange = { origin: 'file' as ChangeOrigin, at: 0 };
  let coalesce = false;
  /** The next change joins the undo step before it (see editJoined). */
  let joinNext = false;
  // Set once the store exists; nothing reads it before a file is opened.
  let follower: Follower | null = null;
  let typing: {
    read: () => string;
    cancel: () => void;
    /** What the keys not taken yet changed, in order; null when one came without them. */
    splices: TextPatch[] | null;
    /** The text the first of them was typed in, when the editor gave it. */
    from: string | null;
    /** The text last sent to the worker to be read ahead, and how many of `splices` made it. */
    sent?: { text: string; splices: number };
  } | null = null;
  /** Takes a text and the state that goes with it in one change (set once the store exists). */
  let putText: (text: string, origin: ChangeOrigin, also?: Partial<PodState>) => void = () => {};
  let readingAhead: (() => void) | null = null;
  /**
   * The document shown, as last read: in which text, its place among how many documents, and a
   * place in it from which the text has stayed as it is (its start, until lines are typed above
   * it). Null until a text is read, and again when a file is opened.
   */
  let chosen: {
    text: string;
    index: number;
    count: number;
    from: number;
    /** What it is, to tell it from the one that takes its place when it is deleted. */
    kind: string | null;
    name: string | null;
  } | null = null;
  /** The document shown before it was deleted, and the last text that held it: an undo brings it back. */
  let gone: { text: string; index: number } | null = null;
  /**
   * Keeps the document shown the same one when documents are added or removed before it (typed,
   * pasted, deleted, undone): when the text from its start to the end of the file is as it was,
   * the change lies before it, and it moves by as many places as documents were added or
   * removed, and is chosen there (so too the first Pod shown when none was chosen). Lines typed
   * above it join it until a `---` splits them off, so the place it is followed from stays
   * where its own text begins. A change within it or after it keeps its place: one the store's
   * last edit made past that place is taken as such at once (`changedAfter`), even where the
   * file then ends as it did (a copy of the document pasted below it). `text` is a text the
   * views read; the store's own is read again when the document moves.
   */
  const followChosen = (text: string) => {
    if (chosen?.text === text) return;
    const { document } = store.getState();
    const { status, documents, selected } = podDocument(text, document).parsed;
    if (status === 'invalid-yaml') return;
    const shown = document ?? selected;
    let index = shown;
    let from: number | null = null;
    if (
      chosen &&
      !changedAfter(store.getState().lastEdit, chosen, text) &&
      endsWithFrom(text, chosen.text, chosen.from)
    ) {
      from = chosen.from + text.length - chosen.text.length;
      index = chosen.index + documents.length - chosen.count;
    }
    const at = index === null ? undefined : documents[index];
    // Fewer documents, a change not all before it, and another object in its place: it went.
    const replaced =
      chosen !== null &&
      from === null &&
      documents.length < chosen.count &&
      (at?.kind !== chosen.kind || at?.name !== chosen.name);
    if (gone?.text === text) {
      index = gone.index;
      from = null;
      gone = null;
    } else if (index !== null && (at === undefined || replaced)) {
      // The document shown is gone (deleted, or a text of fewer documents pasted over it): the
      // nearest Pod before its place, else after it; with none, the text says it holds none.
      gone = chosen && { text: chosen.text, index: chosen.index };
      const place = index;
      index =
        documents.reduce<number | null>(
          (last, d) => (d.editable && d.index < place ? d.index : last),
          null,
        ) ??
        documents.find((d) => d.editable && d.index >= place)?.index ??
        null;
      from = null;
      if (index === null) {
        chosen = null;
        store.setState({ document: null, ...readNow(store.getState().text, null) });
        return;
      }
    }
    const it = index === null ? undefined : documents[index];
    if (index === null || !it?.editable) return;
    chosen = {
      text,
      index,
      count: documents.length,
      from: from ?? bodyStart(text, it.range.from),
      kind: it.kind,
      name: it.name,
    };
    if (index === shown) return;
    const { text: now } = store.getState();
    store.setState({ document: index, ...readNow(now, index) });
  };
  /** The ids of the containers and volumes `after` has and `before` has not. */
  const addedNodes = (before: PodView, after: PodView): string[] => [
    ...after.containers
      .filter((c) => !before.containers.some((b) => b.name === c.name))
      .map((c) => nodeId.container(c.name)),
    ...after.volumes
      .filter((v) => !before.volumes.some((b) => b.name === v.name))
      .map((v) => nodeId.volume(v.name)),
  ];
  /**
   * Runs an undo or a redo. A selected container or volume that it renamed (a rename undone)
   * stays selected under the name it has now, found at the same place: the inspector keeps
   * showing it, and the field the user pressed Ctrl+Z in.
   */
  const keepSelectionThrough = (step: () => void) => {
    const { selection, text, document } = store.getState();
    const before = podDocument(text, document).view;
    step();
    if (!before) return;
    const now = store.getState();
    if (now.text === text) return;
    const after = podDocument(now.text, now.document).view;
    if (!after) return;
    // What the step brought back and nothing else (a deletion undone, an addition redone) is
    // selected, as the gesture that added it selected it: the inspector shows it, and the
    // canvas's focus goes to it.
    if (now.document === document) {
      const back = addedNodes(before, after);
      if (back.length > 0 && addedNodes(after, before).length === 0) {
        store.getState().select(back, now.selectionOrigin);
        return;
      }
    }
    if (selection.length === 0) return;
    // A node the step took away (an added container undone) is no longer selected: left in the
    // selection, a click on another node would join it, and the inspector show the Pod.
    const kept = selection.flatMap((id) => {
      const ref = parseNodeId(id);
      if (ref?.kind === 'container') {
        if (after.containers.some((c) => c.name === ref.name)) return [id];
        const was = before.containers.find((c) => c.name === ref.name);
        const is =
          was && after.containers.find((c) => c.list === was.list && c.index === was.index);
        return is && !before.containers.some((c) => c.name === is.name)
          ? [nodeId.container(is.name)]
          : [];
      }
      if (ref?.kind === 'volume') {
        if (after.volumes.some((v) => v.name === ref.name)) return [id];
        const at = before.volumes.findIndex((v) => v.name === ref.name);
        const is = at < 0 ? undefined : after.volumes[at];
        return is && !before.volumes.some((v) => v.name === is.name)
          ? [nodeId.volume(is.name)]
          : [];
      }
      return [id];
    });
    if (kept.length !== selection.length || kept.some((id, i) => id !== selection[i]))
      store.getState().select(kept, now.selectionOrigin);
  };
  /**
   * After an undo to a text that holds no Pod, the canvas shows the Pod of the nearest step before
   * it that held one, as it showed while that text was being written: not the Pod of the step
   * undone, which the text no longer has. (Redo keeps the canvas it had: the step before.)
   */
  const showGoodBeforeUndone = () => {
    const { text, goodText, document } = store.getState();
    if (goodText === text || podDocument(text, document).view) return;
    const past = (store as PodStore).temporal.getState().pastStates;
    let earlier = text;
    let read = 0;
    for (let i = past.length - 1; i >= 0 && read < GOOD_LOOKBACK_CHARS; i--) {
      const patches = past[i]?.patches;
      if (!patches) return;
      earlier = applyPatches(earlier, patches);
      read += earlier.length;
      if (podDocument(earlier, document).view) {
        // Its problems too: the badges on the canvas are of the Pod it shows.
        if (earlier !== goodText) store.setState({ goodText: earlier, checkedText: earlier });
        return;
      }
    }
  };
  /**
   * Before an undo or a redo: a notice of what a step did ("sidecar-1 is the main container
   * now") is untrue once the step is undone, or done again over it. An error stays (a failed
   * save is no step).
   */
  const forgetStepNotice = (way: 'undo' | 'redo') => {
    const { pastStates, futureStates } = (store as PodStore).temporal.getState();
    const moves = (way === 'undo' ? pastStates : futureStates).length > 0;
    if (moves && store.getState().notice?.kind === 'info') store.setState({ notice: null });
  };
  /**
   * An undo or a redo that changed another document of the file than the one shown changes
   * nothing on screen, and would be pressed again: that document is shown instead (when it
   * holds a Pod), the editor goes to the change, and a notice says where it was.
   */
  const revealStepElsewhere = (before: string, step: 'Undone' | 'Redone'): boolean => {
    const { text, document } = store.getState();
    if (text === before) return false;
    const { documents, selected } = podDocument(text, document).parsed;
    if (documents.length < 2) return false;
    const { from } = patchBetween(before, text);
    const changed = documents.find((d) => d.range.from <= from && from <= d.range.to);
    if (!changed || changed.index === (document ?? selected)) return false;
    const state = store.getState();
    if (changed.editable) state.chooseDocument(changed.index);
    state.jumpTo(from, false);
    const what = `${changed.kind ?? 'document'} ${visibleText(changed.name ?? '')}`.trimEnd();
    state.notify({
      kind: 'info',
      message: `${step} in document ${changed.index + 1} (${what})${changed.editable ? ', shown now' : ''}.`,
    });
    return true;
  };
  /**
   * Says what an undo or a redo did to a screen reader: the focus stays where it was, and the
   * change may be far from it. `moved`: the history moved a step (which may leave the text as
   * it was: a key typed and deleted again is one step).
   */
  const announceStep = (step: 'Undone' | 'Redone', moved: boolean) =>
    announce(moved ? `${step}.` : `Nothing to ${step === 'Undone' ? 'undo' : 'redo'}.`);
  const historySteps = () => {
    const { pastStates, futureStates } = (store as PodStore).temporal.getState();
    return { past: pastStates.length, future: futureStates.length };
  };
  const settle = () => {
    if (!typing) return;
    const { read, cancel, splices, from } = typing;
    typing = null;
    cancel();
    const before = store.getState().text;
    const after = read();
    // The keys' own changes, when they lead from the store's text to the editor's: when the keys
    // were typed in the store's text, which is most often the very string the store took from
    // the editor last (compared at once; a large Pod's text patched and compared whole took 2 to
    // 4 ms of the frame that shows its reading), else by a native comparison of the two texts.
    const made =
      splices && (from === before || (from === null && applyPatches(before, splices) === after));
    // A short text is read now and taken with its reading, in one change (each change runs
    // every view's selector); a long one with the worker's reading when it has come, else
    // alone, its reading following in a change of its own.
    const reading =
      after === before
        ? null
        : follower?.readsAtOnce(after.length)
          ? follower.readingOf(after, store.getState().document)
          : follower?.takeReadAhead(after);
    putText(after, 'yaml', {
      ...(made && { lastEdit: { before, after, splices } }),
      ...reading,
    });
  };

  /**
   * Takes a long typed text once the page has been idle, unless the worker is reading it ahead:
   * then when that reading comes (the text with it, in one change: each change runs every view's
   * selector, and taken apart they were two renders a key), or after READ_AHEAD_WAIT_MS.
   */
  const settleOnceRead = () => {
    if (!typing || !follower?.readsAhead(typing.read())) {
      settle();
      return;
    }
    const timer = setTimeout(settle, READ_AHEAD_WAIT_MS);
    typing.cancel = () => clearTimeout(timer);
  };

  const store = createStore<PodState & PodActions>()(
    withTextPatches(
      temporal<PodState & PodActions, [], [], History>(
        (set, get) => {
          putText = (text, origin, also = {}) => {
            if (text === get().text) {
              if (Object.keys(also).length) set(also);
              return;
            }
            const now = Date.now();
            coalesce =
              joinNext ||
              (origin === 'yaml' &&
                lastChange.origin === 'yaml' &&
                now - lastChange.at < TYPING_PAUSE_MS);
            lastChange = { origin, at: now };
            set({ ...also, text, textOrigin: origin });
          };
          return {
            text: initial.text,
            textOrigin: 'file',
            ...readNow(initial.text, null),
            document: null,
            lastEdit: null,
            selection: [],
            selectionOrigin: 'canvas',
            fileName: initial.fileName,
            filePath: initial.filePath ?? null,
            savedText: initial.text,
            opened: 0,
            notice: null,
            clipboard: null,
            jump: null,

            setText(text, origin) {
              settle();
              putText(text, origin);
            },

            edit(edit, origin = 'canvas') {
              return get().editAll([edit], origin);
            },

            editJoined(edit, after) {
              settle();
              joinNext = get().text === after;
              try {
                return get().edit(edit);
              } finally {
                joinNext = false;
              }
            },

            typed(read, length, splices, from = null) {
              if (typing) {
                typing.read = read;
                typing.splices = typing.splices && splices ? [...typing.splices, ...splices] : null;
              } else {
                typing = {
                  read,
                  cancel: follower?.readsAtOnce(length)
                    ? inThisTask(settle)
                    : idleThenPaint(settleOnceRead),
                  splices: splices ? [...splices] : null,
                  from,
                };
              }
              // A long text is taken with its reading (see settleOnceRead); the worker starts
              // reading it as soon as the key's echo is painted. (Sent in the key's task, the
              // reading took a core from the echo's frame: the echo came 3 ms later on a loaded
              // two-core machine.) It crosses as what the keys changed since the text sent
              // before. When the reading comes first and no key was typed since, the text is
              // taken with it at once.
              if (!follower?.readsAtOnce(length)) {
                readingAhead ??= afterPaint(() => {
                  readingAhead = null;
                  if (!typing) return;
                  const text = typing.read();
                  const { splices: made, sent } = typing;
                  const base = sent?.text ?? typing.from;
                  const change =
                    made && base !== null
                      ? { from: base, patches: made.slice(sent?.splices ?? 0) }
                      : undefined;
                  const whenRead = () => {
                    if (typing?.read() === text) settle();
                  };
                  if (follower?.readAhead(text, whenRead, change) && made)
                    typing.sent = { text, splices: made.length };
                });
              }
            },

            settle,

            editAll(edits, origin = 'canvas', then, selectIn) {
              settle();
              followChosen(get().text);
              const { text: before, document } = get();
              // The text as it stands, typed keys included, even before the views have read it.
              const result = podDocument(before, document).apply(edits, then);
              if (!result.ok) {
                set({ notice: { kind: 'error', message: result.error, aboutText: true } });
                return false;
              }
              // One change of the store's state, its reading and selection with it: every view's
              // selector runs on each change (some 900 on a large Pod's page).
              const reading = follower?.readingOf(result.text, document);
              const selection = selectIn?.(podDocument(result.text, document).view);
              putText(result.text, origin, {
                lastEdit: { before, after: result.text, splices: result.splices },
                notice: null,
                ...reading,
                ...(selection && { selection, selectionOrigin: 'canvas' as const }),
              });
              return true;
            },

            chooseDocument(index) {
              settle();
              const { text } = get();
              set({ document: index, selection: [], ...readNow(text, index) });
              const { documents } = parsedOf(get());
              const it = documents[index];
              chosen = it
                ? {
                    text,
                    index,
                    count: documents.length,
                    from: bodyStart(text, it.range.from),
                    kind: it.kind,
                    name: it.name,
                  }
                : null;
              gone = null;
            },

            select(ids, origin = 'canvas') {
              const current = get().selection;
              if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
              set({ selection: ids, selectionOrigin: origin });
            },

            loadFile({ name, path, text }) {
              settle();
              // Read here, not left to the text's subscriber: a file whose text is the same as the
              // one open changes no text, and the canvas would be left without its Pod. A long text
              // is left to the subscriber, which reads it off this thread.
              lastChange = { origin: 'file', at: 0 };
              const away = text !== get().text && follower?.readsAway(text) === true;
              set({
                text,
                textOrigin: 'file',
                ...(away ? {} : readNow(text, null)),
                document: null,
                lastEdit: null,
                fileName: name,
                filePath: path,
                savedText: text,
                opened: get().opened + 1,
                selection: [],
                notice: null,
              });
              (store as PodStore).temporal.getState().clear();
            },

            markSaved({ name, path, text }) {
              set({ fileName: name, filePath: path, savedText: text });
            },

            notify(notice) {
              set({ notice });
            },

            copy(container) {
              set({ clipboard: container });
            },

            jumpTo(offset, focus = true) {
              set({ jump: { offset, focus } });
            },

            undo() {
              settle();
              lastChange = { origin: 'history', at: 0 };
              const before = get().text;
              const steps = historySteps().past;
              forgetStepNotice('undo');
              keepSelectionThrough(() => (store as PodStore).temporal.getState().undo());
              // A notice says where a change in another document went; else it is said here.
              if (!revealStepElsewhere(before, 'Undone'))
                announceStep('Undone', historySteps().past < steps);
              showGoodBeforeUndone();
            },

            redo() {
              settle();
              lastChange = { origin: 'history', at: 0 };
              const before = get().text;
              const steps = historySteps().future;
              forgetStepNotice('redo');
              keepSelectionThrough(() => (store as PodStore).temporal.getState().redo());
              if (!revealStepElsewhere(before, 'Redone'))
                announceStep('Redone', historySteps().future < steps);
            },
          };
        },
        // A burst of typing is one step.
        patchHistory(
          () => (store as PodStore).temporal,
          () => coalesce,
          () => store.getState().lastEdit,
        ),
      ),
    ),
  ) as PodStore;

  // The views follow the text, whoever changed it: a typed key or a long file off this thread.
  follower = followText(store, () =>
    lastChange.origin === 'yaml' ? 'typed' : lastChange.origin === 'file' ? 'opened' : 'gesture',
  );
  // And the chosen document follows its text (see followChosen); a refusal of an edit of the
  // text as it was goes with that text.
  store.subscribe((state, previous) => {
    if (state.text !== previous.text && state.notice?.aboutText) store.setState({ notice: null });
    if (state.opened !== previous.opened) {
      chosen = null;
      gone = null;
    }
    if (state.shownText !== previous.shownText && state.document === previous.document)
      followChosen(state.shownText);
  });
  followChosen(store.getState().shownText);

  return store;
}

const PodStoreContext = createContext<PodStore | null>(null);

export function PodStoreProvider({ store, children }: { store: PodStore; children: ReactNode }) {
  const [value] = useState(store);
  return createElement(PodStoreContext.Provider, { value }, children);
}

export function usePodStoreApi(): PodStore {
  const store = useContext(PodStoreContext);
  if (!store) throw new Error('usePodStore must be used inside <PodStoreProvider>');
  return store;
}

const own = Object.prototype.hasOwnProperty;

/**
 * Whether two selections hold the same values, one level deep (zustand's `shallow`, for the
 * plain objects and arrays selectors return, without its copies into Maps: every node of the
 * canvas selects from the store on each of its changes, several per keystroke).
 */
function sameSelection(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => Object.is(value, b[i]));
  }
  const proto = Object.getPrototypeOf(a) as unknown;
  if (proto !== Object.prototype || Object.getPrototypeOf(b) !== proto) return shallow(a, b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((key) => own.call(y, key) && Object.is(x[key], y[key]));
}

/** Selects from the store; object and array results are compared shallowly. */
export function usePod<T>(selector: (state: PodState & PodActions) => T): T {
  const last = useRef<T>(undefined);
  return useStore(usePodStoreApi(), (state) => {
    const next = selector(state);
    return sameSelection(last.current, next) ? (last.current as T) : (last.current = next);
  });
}

/** The diagnostics that stop the text from being read as a Pod. */
export function blockingDiagnostics(parsed: ParsedManifest): Diagnostic[] {
  return parsed.status === 'ok' ? [] : parsed.diagnostics.filter((d) => d.severity === 'error');
}
