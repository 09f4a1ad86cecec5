/**
 * The contract between the renderer and whatever hosts it: the Electron preload
 * (`window.podBuilder`) or the browser implementation. The renderer sees only this.
 *
 * Replacing the document (open, open recent, open a dropped file, new) is guarded by the host:
 * when the current document has unsaved changes, the host asks the user to save, discard or
 * cancel, and the call resolves to `null` when the user keeps the current document. The renderer
 * never asks itself; it only keeps the host informed through `window.setDocumentState`.
 */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface OpenedFile {
  /** Absolute path on the desktop; null in the browser and for new documents. */
  path: string | null;
  name: string;
  text: string;
  /**
   * True for a document recovered after a crash: its text has changes that were never saved to
   * `path` (or was never saved at all), so the renderer shows it as unsaved.
   */
  recovered?: boolean;
}

export interface SavedFile {
  path: string | null;
  name: string;
}

/** A save the host made while asking about unsaved changes: where, and the text it wrote. */
export interface SavedDocument extends SavedFile {
  /** What was written: the renderer's text may have changed since, and stays unsaved if so. */
  text: string;
}

/**
 * What `open()` did. `saved` is there, whatever the outcome (a file opened, the dialog cancelled,
 * a file that cannot be read), when the user chose Save in the unsaved-changes question: the
 * document was written, and the renderer shows it saved there, as after `save()`, before it
 * loads anything. The browser's question has no Save, so its results never carry one.
 */
export type OpenResult = HostResult<OpenedFile | null> & { saved?: SavedDocument };

export interface RecentFile {
  path: string;
  name: string;
}

/**
 * A starting point from `assets/templates/`. The words come from the folder's `index.json` when it
 * gives them, else from the file itself (see `orderTemplates`).
 */
export interface TemplateInfo {
  /** The template's file name without `.yaml`, e.g. `pod-anatomy`. */
  id: string;
  /** A short title, e.g. "Pod anatomy": the index's, else made from the file name. */
  title: string;
  /** One paragraph: the index's, else the template's leading comment ('' when it has none). */
  description: string;
}

export interface DocumentState {
  name: string;
  dirty: boolean;
  /** Where the document is saved, as returned by the host; null or absent when never saved. */
  path?: string | null;
  /**
   * The current text. Pass it whenever it changes while the document is dirty: the host keeps a
   * crash-recovery draft of it and can save it when the user closes the window with unsaved
   * changes and chooses "Save". Without it, closing only offers to discard or cancel.
   */
  text?: string;
  /** The request (`window.onStateWanted`) this report answers, if it answers one. */
  answers?: number;
}

/**
 * Anything file-like that was dropped on the page: a DOM `File` fits. (Declared here because the
 * core is compiled without the DOM library.)
 */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand =
  | 'file:new'
  | 'file:open'
  | 'file:save'
  | 'file:save-as'
  | 'file:export-manifest'
  | 'file:export-diagram-png'
  | 'file:export-diagram-svg'
  | 'edit:undo'
  | 'edit:redo'
  | 'view:fit'
  | 'view:zoom-in'
  | 'view:zoom-out'
  | 'view:toggle-inspector'
  | 'view:toggle-yaml'
  | 'view:toggle-problem-badges'
  | 'view:problems'
  | 'view:simulate'
  | 'view:lecture';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:export-manifest',
  'file:export-diagram-png',
  'file:export-diagram-svg',
  'edit:undo',
  'edit:redo',
  'view:fit',
  'view:zoom-in',
  'view:zoom-out',
  'view:toggle-inspector',
  'view:toggle-yaml',
  'view:toggle-problem-badges',
  'view:problems',
  'view:simulate',
  'view:lecture',
];

export interface Host {
  readonly platform: 'desktop' | 'browser';
  file: {
    /**
     * Asks the user for a file and reads it. `null` when the user cancels (the picker or the
     * unsaved-changes question, which both hosts ask before their picker). A Save chosen in that
     * question comes back as `saved`, even when no file is then opened (see `OpenResult`).
     */
    open(): Promise<OpenResult>;
    /** Opens a file from `recent()`. Guarded like `open`. */
    openRecent(path: string): Promise<HostResult<OpenedFile | null>>;
    /** Opens a file dropped on the window. Guarded like `open`. */
    openDropped(file: DroppedFile): Promise<HostResult<OpenedFile | null>>;
    /** Starts a new, unsaved document: blank (`templateId: null`) or from a template. Guarded. */
    newDocument(request: { templateId: string | null }): Promise<HostResult<OpenedFile | null>>;
    /** Writes `text` to `path` (atomically on the desktop); asks for a place when `path` is null. */
    save(request: {
      path: string | null;
      suggestedName: string;
      text: string;
      /**
       * Save As: the user chooses the name (and the place) even where `path` cannot say where the
       * document was saved: the browser's Save, whose files have no path, asks nothing.
       */
      saveAs?: boolean;
    }): Promise<HostResult<SavedFile | null>>;
    /** Writes a ready manifest where the user chooses. `null` when the user cancels. */
    exportManifest(request: {
      suggestedName: string;
      text: string;
    }): Promise<HostResult<SavedFile | null>>;
    /**
     * Writes an image (the Pod diagram, for slides) where the user chooses. `null` when the user
     * cancels. At most `MAX_IMAGE_BYTES`.
     */
    exportImage(request: {
      suggestedName: string;
      format: ImageFormat;
      data: Uint8Array;
    }): Promise<HostResult<SavedFile | null>>;
    /** Recently opened or saved files, newest first, at most 10, missing files left out. */
    recent(): Promise<HostResult<RecentFile[]>>;
    clearRecent(): Promise<HostResult<null>>;
    /**
     * Documents the host opens by itself: from the command line, the native menu (Open Recent,
     * New from Template), the operating system (a file opened with Pod Builder) or a recovered
     * draft. The unsaved-changes question was already asked. Documents that arrive before the
     * first subscription are delivered to it. Returns the unsubscribe function.
     */
    onOpened(listener: (file: OpenedFile) => void): () => void;
  };
  templates: {
    list(): Promise<HostResult<TemplateInfo[]>>;
  };
  window: {
    /** Tells the host which document is open and whether it has unsaved changes. */
    setDocumentState(state: DocumentState): void;
    /**
     * The desktop host is about to ask about unsaved changes, and may save the text it was last
     * told: `listener` must report the state now (`setDocumentState`), text included, even if
     * nothing changed since. Typing is reported a moment late (TEXT_REPORT_DELAY_MS), and a
     * window closed or a recent file opened from the native menu starts in the main process.
     * The report names the `request` it answers (`answers`): one sent before it was asked, with
     * older keys, may still be on its way. Returns the unsubscribe function. The browser host has
     * no such question to ask.
     */
    onStateWanted?(listener: (request: number) => void): () => void;
  };
  menu: {
    /** Subscribes to menu commands; returns the unsubscribe function. */
    onCommand(listener: (command: MenuCommand) => void): () => void;
  };
}

export type ImageFormat = 'png' | 'svg';

export const IMAGE_FORMATS: readonly ImageFormat[] = ['png', 'svg'];

/** The largest image the hosts write; a diagram at twice its size stays far below. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/** Limits both hosts enforce before a file reaches the parser. */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

/** At most this many files in the recent list. */
export const MAX_RECENT_FILES = 10;

/** The text of a blank new document: a Pod still waiting for its first container. */
export const BLANK_MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: my-pod
spec:
  containers: []
`;

export const UNTITLED_NAME = 'untitled.yaml';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Why a file cannot be opened as a manifest, judged on its size and bytes before anything parses
 * it; `null` when it may be opened. Both hosts call these, so both refuse the same files with the
 * same words.
 */
export function checkManifestSize(name: string, size: number): string | null {
  if (size > MAX_MANIFEST_BYTES) {
    return `${name} is ${formatSize(size)}; Pod Builder opens manifests up to ${formatSize(MAX_MANIFEST_BYTES)}.`;
  }
  return null;
}

export function checkManifestBytes(name: string, bytes: Uint8Array): string | null {
  const tooBig = checkManifestSize(name, bytes.byteLength);
  if (tooBig) return tooBig;
  if (bytes.includes(0)) {
    return `${name} looks like a binary file, not a YAML manifest (it contains NUL bytes).`;
  }
  return null;
}

/** The message for text that is not valid UTF-8 (YAML files are UTF-8). */
export function notUtf8Message(name: string): string {
  return `${name} is not UTF-8 text, so it cannot be a YAML manifest.`;
}

/** The window title for a document: `pod.yaml• — Pod Builder` while it has unsaved changes. */
export function documentTitle(state: { name: string; dirty: boolean }): string {
  return `${state.name}${state.dirty ? '•' : ''} — Pod Builder`;
}

/** The question both hosts ask before unsaved changes would be lost. */
export function unsavedChangesQuestion(name: string): string {
  return `Do you want to save the changes you made to ${name}?`;
}

/**
 * A template's title and description, from its file name and its leading comment block:
 * `pod-anatomy` → "Pod anatomy".
 */
export function describeTemplate(id: string, text: string): TemplateInfo {
  const words = id.replace(/[-_]+/g, ' ').trim();
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  const comment: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^#\s?(.*)$/.exec(line);
    if (!match) break;
    comment.push((match[1] ?? '').trim());
  }
  return { id, title, description: comment.join(' ').replace(/\s+/g, ' ').trim() };
}

/** Template ids are file names we ship: lower-case words joined by dashes. */
export function isTemplateId(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 64
  );
}

/**
 * The id of a template file named `pod-anatomy.yaml`; null for any other name (a folder, another
 * extension, `../` or a capital), so nothing outside the shipped templates can be named.
 */
export function templateIdOfFile(file: unknown): string | null {
  if (typeof file !== 'string' || !file.endsWith('.yaml')) return null;
  const id = file.slice(0, -'.yaml'.length);
  return isTemplateId(id) ? id : null;
}

/** What one entry of `index.json` says about a template, once checked. */
interface TemplateIndexEntry {
  id: string;
  title: string | null;
  description: string | null;
}

function nonEmptyText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The usable entries of a parsed `index.json`; entries of any other shape are left out. */
function templateIndexEntries(index: unknown): TemplateIndexEntry[] {
  if (!Array.isArray(index)) return [];
  const entries: TemplateIndexEntry[] = [];
  for (const entry of index as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { file, title, description } = entry as Record<string, unknown>;
    const id = templateIdOfFile(file);
    if (id === null) continue;
    entries.push({ id, title: nonEmptyText(title), description: nonEmptyText(description) });
  }
  return entries;
}

/**
 * The New from Template list, from the parsed `assets/templates/index.json` and the template texts
 * by id. The index orders the lesson, so its templates come first, in its order, with its title
 * and description (each falling back to `describeTemplate`'s when missing or blank). Templates
 * the index does not name follow, sorted by title, so a new file is never hidden; entries naming
 * no template are skipped. A missing or malformed index therefore lists everything by title.
 * Both hosts call this, so the desktop menu and the browser's New menu always agree.
 */
export function orderTemplates(
  index: unknown,
  texts: Readonly<Record<string, string>>,
): TemplateInfo[] {
  const unlisted = new Map<string, TemplateInfo>();
  for (const [id, text] of Object.entries(texts)) {
    if (isTemplateId(id)) unlisted.set(id, describeTemplate(id, text));
  }
  const listed: TemplateInfo[] = [];
  for (const entry of templateIndexEntries(index)) {
    const own = unlisted.get(entry.id);
    // No such file, or named twice: the first entry keeps its place.
    if (!own) continue;
    unlisted.delete(entry.id);
    listed.push({
      id: entry.id,
      title: entry.title ?? own.title,
      description: entry.description ?? own.description,
    });
  }
  const rest = [...unlisted.values()].sort((a, b) => a.title.localeCompare(b.title));
  return [...listed, ...rest];
}
