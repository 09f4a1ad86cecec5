/**
 * Connects the open document to the host, so the renderer does not repeat the same wiring for
 * every command: the native menu's New, Open, Save and Save As, documents the host opens by itself
 * (command line, Open Recent, templates, a recovered draft), and the document state the host needs
 * for the title, the unsaved-changes question and the crash-recovery draft.
 *
 * It knows the document only through `DocumentAdapter`, so it works with any store.
 */
import type { DroppedFile, Host, HostResult, OpenedFile } from '../../shared/host';

export interface DocumentSnapshot {
  name: string;
  path: string | null;
  text: string;
  /** True when `text` has changes that are not saved. */
  dirty: boolean;
}

export interface DocumentAdapter {
  current(): DocumentSnapshot;
  /** Replaces the document; `file.recovered` means it starts with unsaved changes. */
  load(file: OpenedFile): void;
  /** The document was written: `text` is what was written, `path` null in the browser. */
  saved(file: { name: string; path: string | null; text: string }): void;
  /** Tells the user something went wrong (or, for `info`, what happened). */
  notify(kind: 'error' | 'info', message: string): void;
  /** Calls `listener` after every change of the document; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface DocumentController {
  newDocument(templateId?: string | null): Promise<void>;
  open(): Promise<void>;
  openRecent(path: string): Promise<void>;
  openDropped(file: DroppedFile): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  /** Stops listening to the host and the document. */
  dispose(): void;
}

/**
 * How long after a change of the text alone (typing) the host is told of it, at the least: the
 * crash-recovery draft is this far behind the keys, and then waits for the page to be idle.
 */
export const TEXT_REPORT_DELAY_MS = 300;

/**
 * The longest the report waits for the page to be idle after TEXT_REPORT_DELAY_MS. Copying a
 * large Pod's text into the browser's storage (or to the main process) holds the page for some
 * milliseconds: 1 to 6 for the 4,900-line Pod's JSON and `localStorage.setItem` in Chromium here.
 * Run from a timer, that task lands between keys and drag steps; in idle time it does not.
 */
const IDLE_REPORT_LATEST_MS = 1_000;

/** Runs `task` after `ms`, once the page is idle too; returns a function that cancels it. */
function afterPauseWhenIdle(task: () => void, ms: number): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback !== 'function') task();
    else idle = requestIdleCallback(task, { timeout: IDLE_REPORT_LATEST_MS });
  }, ms);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

export function connectDocument(host: Host, doc: DocumentAdapter): DocumentController {
  const load = (result: HostResult<OpenedFile | null>, failure: string): void => {
    if (!result.ok) doc.notify('error', `${failure}: ${result.error}`);
    else if (result.value) doc.load(result.value);
  };

  const write = async (saveAs: boolean): Promise<void> => {
    const { name, path, text } = doc.current();
    const result = await host.file.save({
      path: saveAs ? null : path,
      suggestedName: name,
      text,
      saveAs,
    });
    if (!result.ok) doc.notify('error', `Save failed: ${result.error}`);
    else if (result.value) doc.saved({ name: result.value.name, path: result.value.path, text });
  };

  let reported: { name: string; path: string | null; dirty: boolean; text?: string } | null = null;
  /** Cancels the report of keys waiting to be told. */
  let later: (() => void) | undefined;
  /**
   * `now`: without waiting for a pause in the typing. `answers`: the host asked for it (see
   * `onStateWanted`), so it is sent even if nothing changed, naming the request.
   */
  const report = (now = false, answers?: number): void => {
    const { name, path, text, dirty } = doc.current();
    const state = dirty ? { name, path, dirty, text } : { name, path, dirty };
    // Field by field, not by a JSON copy: this runs on every change of the store, keystrokes
    // included, and the text may be a megabyte long.
    const sameButText =
      reported?.name === name && reported.path === path && reported.dirty === dirty;
    if (sameButText && reported?.text === state.text && answers === undefined) return;
    // Typing changes only the text: the host hears of it a moment later, with the text as it is
    // then, so that a key does not wait for the text to be copied (into the browser's storage,
    // or to the main process) and a burst of keys is one copy.
    if (sameButText && !now) {
      later ??= afterPauseWhenIdle(() => {
        later = undefined;
        report(true);
      }, TEXT_REPORT_DELAY_MS);
      return;
    }
    later?.();
    later = undefined;
    reported = state;
    host.window.setDocumentState(answers === undefined ? state : { ...state, answers });
  };

  /**
   * Tells the host of keys not told yet: before it asks about unsaved changes (and may save what
   * it was last told), it must know the text as it is.
   */
  const tellNow = (): void => {
    if (later !== undefined) report(true);
  };

  const controller: DocumentController = {
    async newDocument(templateId = null) {
      tellNow();
      load(await host.file.newDocument({ templateId }), 'Could not start a new document');
    },
    async open() {
      tellNow();
      const result = await host.file.open();
      // Save, chosen in the unsaved-changes question, stands whether or not a file then opened.
      if (result.saved) doc.saved(result.saved);
      load(result, 'Could not open the file');
    },
    async openRecent(path) {
      tellNow();
      load(await host.file.openRecent(path), 'Could not open the file');
    },
    async openDropped(file) {
      tellNow();
      load(await host.file.openDropped(file), `Could not open ${file.name}`);
    },
    save: () => write(false),
    saveAs: () => write(true),
    dispose: () => {
      for (const stop of subscriptions) stop();
      // The last keys typed still reach the crash-recovery draft.
      tellNow();
    },
  };

  const subscriptions = [
    host.menu.onCommand((command) => {
      if (command === 'file:new') void controller.newDocument(null);
      else if (command === 'file:open') void controller.open();
      else if (command === 'file:save') void controller.save();
      else if (command === 'file:save-as') void controller.saveAs();
    }),
    host.file.onOpened((file) => doc.load(file)),
    host.window.onStateWanted?.((request) => report(true, request)) ?? (() => undefined),
    doc.subscribe(() => report()),
  ];
  report();
  return controller;
}
