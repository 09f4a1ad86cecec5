/**
 * The `Host` for a plain web page: a file picker to open, a download to save or export (or, for
 * Save As in Chromium, the file the user chooses in its save dialog), the bundled templates, a
 * recovery draft per tab in localStorage, and the browser's confirm() and prompt() for its
 * questions. It lets the same renderer run in any browser, which is how the e2e tests drive it.
 */
import { afterPaint } from '../store/after-paint';
import {
  BLANK_MANIFEST,
  checkManifestBytes,
  checkManifestSize,
  documentTitle,
  IMAGE_FORMATS,
  isTemplateId,
  MAX_IMAGE_BYTES,
  notUtf8Message,
  orderTemplates,
  UNTITLED_NAME,
} from '../../shared/host';
import type {
  DocumentState,
  DroppedFile,
  Host,
  HostResult,
  OpenedFile,
  SavedFile,
} from '../../shared/host';
import {
  claimTab,
  declineDraft,
  draftKey,
  draftsToOffer,
  readDraft,
  removeDraft,
  takeDraft,
  writeDraft,
  type TabLocks,
} from './tab-drafts';

const ACCEPT = '.yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/x-yaml,text/plain';

/** What Save As offers in Chromium's save dialog. */
const YAML_FILE_TYPES: readonly { description: string; accept: Record<string, string[]> }[] = [
  { description: 'YAML manifest', accept: { 'application/yaml': ['.yaml', '.yml'] } },
];

/** The question Save As asks where the browser has no save dialog. */
export const SAVE_AS_QUESTION = 'Save as: the name of the file to download';

/** A file's contents being replaced (a `FileSystemWritableFileStream`). */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** A file the user chose to save to (a `FileSystemFileHandle`), as far as saving needs it. */
export interface SaveTarget {
  readonly name: string;
  createWritable(): Promise<WritableFile>;
}

/** `window.showSaveFilePicker`, the File System Access API's save dialog (Chromium only). */
export type SaveFilePicker = (options: {
  suggestedName: string;
  types: typeof YAML_FILE_TYPES;
}) => Promise<SaveTarget>;

export interface BrowserHostOptions {
  document?: Document;
  /** Where the recovery drafts live (localStorage); null for none. */
  storage?: Storage | null;
  /** Where the tab keeps its id across reloads (sessionStorage); null for a new id each time. */
  session?: Storage | null;
  /**
   * `navigator.locks`, which tells the drafts of closed tabs from those of open ones; null where
   * the browser has none: a tab then offers only its own draft.
   */
  locks?: TabLocks | null;
  /** Asks a yes/no question; `window.confirm` by default. */
  confirm?: (message: string) => boolean;
  /** Asks for a line of text, starting from `value`; null on Cancel. `window.prompt` by default. */
  prompt?: (message: string, value: string) => string | null;
  /** The save dialog for Save As; null to ask for a name and download. `showSaveFilePicker`. */
  saveFilePicker?: SaveFilePicker | null;
  /** Whether the page may show a file picker now; `navigator.userActivation.isActive`. */
  userActivation?: () => boolean;
  /** Template texts by id. */
  templates?: Readonly<Record<string, string>>;
  /**
   * The parsed assets/templates/index.json, which orders and names the templates; without it
   * they are listed by title.
   */
  templateIndex?: unknown;
}

function readBytes(file: DroppedFile): Promise<Uint8Array> {
  if (typeof Blob !== 'undefined' && file instanceof Blob && typeof FileReader !== 'undefined') {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
      reader.readAsArrayBuffer(file);
    });
  }
  return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

/** Reads a picked or dropped file with the same checks as the desktop. */
export async function readManifestFile(file: DroppedFile): Promise<HostResult<OpenedFile>> {
  const tooBig = checkManifestSize(file.name, file.size);
  if (tooBig) return { ok: false, error: tooBig };
  const bytes = await readBytes(file);
  const problem = checkManifestBytes(file.name, bytes);
  if (problem) return { ok: false, error: problem };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: { path: null, name: file.name, text } };
  } catch {
    return { ok: false, error: notUtf8Message(file.name) };
  }
}

/** Asks for one file with a hidden file input; resolves `null` when the user cancels. */
function pickFile(doc: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** A name that ends in .yaml or .yml, without directories. */
export function downloadName(suggested: string): string {
  const base = (suggested.split(/[/\\]/).pop() ?? '').trim();
  if (base === '') return 'pod.yaml';
  return /\.ya?ml$/i.test(base) ? base : `${base}.yaml`;
}

function download(
  doc: Document,
  fileName: string,
  content: string | Uint8Array,
  type = 'application/yaml',
): SavedFile {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { path: null, name: fileName };
}

/** What went wrong, in the error's own words: an `Error`'s or a `DOMException`'s message. */
function reasonOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: reasonOf(error) };
}

/** `localStorage` or `sessionStorage`, which can be switched off: the host works without. */
function webStorage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[name] ?? null;
  } catch {
    return null;
  }
}

/** `navigator.locks`, which only a secure context (https, localhost) has. */
function webLocks(): TabLocks | null {
  return (globalThis.navigator as Partial<Navigator> | undefined)?.locks ?? null;
}

function webSaveFilePicker(): SaveFilePicker | null {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return picker ? (options) => picker.call(globalThis, options) : null;
}

/** A browser without `navigator.userActivation` is taken at its word: it may show the picker. */
function webUserActivation(): boolean {
  return (globalThis.navigator as Partial<Navigator> | undefined)?.userActivation?.isActive ?? true;
}

async function chooseSaveTarget(
  picker: SaveFilePicker,
  suggestedName: string,
): Promise<HostResult<SaveTarget | null>> {
  try {
    return { ok: true, value: await picker({ suggestedName, types: YAML_FILE_TYPES }) };
  } catch (error) {
    // The user closed the dialog: nothing to say.
    const cancelled = (error as { name?: unknown } | null)?.name === 'AbortError';
    return cancelled ? { ok: true, value: null } : failure(error);
  }
}

/**
 * Writes `text` to a file the user chose. The browser writes to a copy and puts it in place only
 * when the stream closes, so a write that fails leaves the file as it was.
 */
async function writeTo(target: SaveTarget, text: string): Promise<HostResult<SavedFile>> {
  let stream: WritableFile | null = null;
  try {
    stream = await target.createWritable();
    await stream.write(text);
    await stream.close();
    return { ok: true, value: { path: null, name: target.name } };
  } catch (error) {
    await stream?.abort().catch(() => undefined);
    const reason = reasonOf(error).replace(/\.$/, '');
    return {
      ok: false,
      error: `${target.name} could not be written (${reason}), so it is as it was. Choose Save as… to save the manifest elsewhere.`,
    };
  }
}

/** Why Open stops after the unsaved-changes question when the browser would not show its picker. */
export const PICKER_EXPIRED =
  'The browser shows its file picker only right after a click or a key press. Choose Open… again: the unsaved changes will not be asked about again.';

export function createBrowserHost(options: BrowserHostOptions = {}): Host {
  const doc = options.document ?? document;
  const storage = options.storage === undefined ? webStorage('localStorage') : options.storage;
  const session = options.session === undefined ? webStorage('sessionStorage') : options.session;
  const locks = options.locks === undefined ? webLocks() : options.locks;
  const confirm = options.confirm ?? ((message: string) => globalThis.confirm(message));
  const prompt =
    options.prompt ?? ((message: string, value: string) => globalThis.prompt(message, value));
  const saveFilePicker =
    options.saveFilePicker === undefined ? webSaveFilePicker() : options.saveFilePicker;
  const userActivation = options.userActivation ?? webUserActivation;
  const templates = options.templates ?? {};
  let state: DocumentState = { name: UNTITLED_NAME, dirty: false };
  let retitle: (() => void) | null = null;
  /**
   * The key of this tab's draft, once the start-up check has offered the drafts there are: until
   * then none is written or removed, as the page's first, clean report would remove the one to
   * offer.
   */
  let ownDraft: string | null = null;
  /** The file the last Save As wrote to (Chromium's save dialog): Save writes to it again. */
  let target: SaveTarget | null = null;
  /** The unsaved state the user agreed to lose for an Open whose picker the browser refused. */
  let discardAccepted: DocumentState | null = null;
  const listeners = new Set<(file: OpenedFile) => void>();
  let undelivered: OpenedFile | null = null;
  let heard: () => void = () => undefined;
  const firstListener = new Promise<void>((resolve) => (heard = resolve));

  const saveDraft = (next: DocumentState): void => {
    if (ownDraft === null) return;
    if (next.dirty && next.text !== undefined) {
      writeDraft(storage, ownDraft, { name: next.name, text: next.text });
    } else if (!next.dirty) {
      removeDraft(storage, ownDraft);
    }
  };

  const deliver = (file: OpenedFile): void => {
    if (listeners.size === 0) undelivered = file;
    for (const listener of listeners) listener(file);
  };

  const confirmDiscard = (): boolean => confirm(`${state.name} has unsaved changes. Discard them?`);

  /** Replaces the document with `result`'s, asking first about unsaved changes unless `asked`. */
  const replaceWith = (
    result: HostResult<OpenedFile>,
    asked = false,
  ): HostResult<OpenedFile | null> => {
    if (!result.ok) return result;
    if (!asked && state.dirty && !confirmDiscard()) return { ok: true, value: null };
    state = { name: result.value.name, dirty: false };
    target = null;
    saveDraft(state);
    return result;
  };

  /**
   * Offers the drafts one at a time until one is accepted, which becomes this tab's draft; its
   * own declined is removed, another tab's kept for that tab alone (see declineDraft). A draft
   * is offered only while this tab has no unsaved work (typed while the check ran), which
   * accepting would replace without a question.
   */
  const offerDrafts = async (keys: string[], own: string): Promise<OpenedFile | null> => {
    for (const key of keys) {
      if (state.dirty) continue;
      const release = await takeDraft(key, own, locks);
      if (!release) continue;
      try {
        // Read again: another tab may have recovered it while this one waited.
        const draft = readDraft(storage, key);
        if (!draft) continue;
        if (!confirm(`Recover the unsaved changes to ${draft.file.name} from your last visit?`)) {
          // Another tab's may be that of a tab not loaded yet (a restored session's): kept for it.
          declineDraft(storage, key, own);
          continue;
        }
        state = { name: draft.file.name, dirty: true, text: draft.file.text };
        ownDraft = own;
        saveDraft(state);
        if (key !== own) removeDraft(storage, key);
        return draft.file;
      } finally {
        release();
      }
    }
    return null;
  };

  // The drafts are offered once the page listens for documents (it reports its first, clean
  // state before that); with none to offer, the tab's own draft is kept from the start.
  void claimTab(session, locks).then(async (id) => {
    const own = draftKey(id);
    const keys = draftsToOffer(storage, own);
    const recovered =
      keys.length > 0 ? await firstListener.then(() => offerDrafts(keys, own)) : null;
    ownDraft = own;
    saveDraft(state);
    if (recovered) deliver(recovered);
  });

  /**
   * Save As: Chromium's save dialog, whose file Save then writes again; elsewhere a name asked
   * for and a download under it. Null when the user cancels.
   */
  const saveAs = async (
    suggestedName: string,
    text: string,
  ): Promise<HostResult<SavedFile | null>> => {
    const suggested = downloadName(suggestedName);
    if (saveFilePicker) {
      const chosen = await chooseSaveTarget(saveFilePicker, suggested);
      if (!chosen.ok) return chosen;
      if (chosen.value === null) return { ok: true, value: null };
      const written = await writeTo(chosen.value, text);
      if (written.ok) target = chosen.value;
      return written;
    }
    const answer = prompt(SAVE_AS_QUESTION, suggested);
    if (answer === null) return { ok: true, value: null };
    return { ok: true, value: download(doc, downloadName(answer.trim() || suggested), text) };
  };

  doc.defaultView?.addEventListener('beforeunload', (event) => {
    if (state.dirty) event.preventDefault();
  });

  return {
    platform: 'browser',
    file: {
      async open() {
        try {
          // Asked before the picker, as New asks: a user who keeps the changes chooses no file.
          if (state.dirty && discardAccepted !== state) {
            if (!confirmDiscard()) return { ok: true, value: null };
            // The answer took longer than the browser lets a page show its picker after a click.
            if (!userActivation()) {
              discardAccepted = state;
              return { ok: false, error: PICKER_EXPIRED };
            }
          }
          const file = await pickFile(doc);
          return file ? replaceWith(await readManifestFile(file), true) : { ok: true, value: null };
        } catch (error) {
          return failure(error);
        }
      },
      async openRecent() {
        return { ok: false, error: 'The browser version has no recent files.' };
      },
      async openDropped(file) {
        try {
          // Asked once the file is read: it was dropped, so there is nothing to ask before.
          return replaceWith(await readManifestFile(file));
        } catch (error) {
          return failure(error);
        }
      },
      async newDocument({ templateId }) {
        if (templateId === null) {
          return replaceWith({
            ok: true,
            value: { path: null, name: UNTITLED_NAME, text: BLANK_MANIFEST },
          });
        }
        const text = isTemplateId(templateId) ? templates[templateId] : undefined;
        if (text === undefined)
          return { ok: false, error: `There is no template called ${templateId}.` };
        return replaceWith({ ok: true, value: { path: null, name: `${templateId}.yaml`, text } });
      },
      async save(request) {
        try {
          if (request.saveAs) return await saveAs(request.suggestedName, request.text);
          if (target) return await writeTo(target, request.text);
          const name = downloadName(request.suggestedName);
          return { ok: true, value: download(doc, name, request.text) };
        } catch (error) {
          return failure(error);
        }
      },
      async exportManifest(request) {
        try {
          const name = downloadName(request.suggestedName);
          return { ok: true, value: download(doc, name, request.text) };
        } catch (error) {
          return failure(error);
        }
      },
      async exportImage({ suggestedName, format, data }) {
        if (!IMAGE_FORMATS.includes(format)) return { ok: false, error: 'Unknown image format.' };
        if (data.byteLength > MAX_IMAGE_BYTES)
          return { ok: false, error: 'The image is too large.' };
        try {
          const base = (suggestedName.split(/[/\\]/).pop() ?? '').replace(/\.(png|svg)$/i, '');
          const name = `${base.trim() || 'pod'}.${format}`;
          const type = format === 'png' ? 'image/png' : 'image/svg+xml';
          return { ok: true, value: download(doc, name, data, type) };
        } catch (error) {
          return failure(error);
        }
      },
      async recent() {
        return { ok: true, value: [] };
      },
      async clearRecent() {
        return { ok: true, value: null };
      },
      onOpened(listener) {
        // The browser opens nothing by itself but a recovered draft, found after a moment.
        listeners.add(listener);
        heard();
        const waiting = undelivered;
        undelivered = null;
        if (waiting) listener(waiting);
        return () => {
          listeners.delete(listener);
        };
      },
    },
    templates: {
      async list() {
        return { ok: true, value: orderTemplates(options.templateIndex, templates) };
      },
    },
    window: {
      setDocumentState(next) {
        state = next;
        saveDraft(next);
        // The title follows once the frame is painted: setting it costs Chromium a few
        // milliseconds of the frame of the key that made the document dirty.
        retitle ??= afterPaint(() => {
          retitle = null;
          doc.title = documentTitle(state);
        });
      },
    },
    menu: {
      // A web page has no native menu; the renderer's own shortcuts and buttons do the work.
      onCommand: () => () => undefined,
    },
  };
}
