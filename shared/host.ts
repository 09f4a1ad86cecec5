/**
 * The contract between the renderer and whatever hosts it: the Electron preload
 * (`window.podBuilder`) or the browser implementation. The renderer sees only this.
 */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface OpenedFile {
  /** Absolute path on the desktop; null in the browser. */
  path: string | null;
  name: string;
  text: string;
}

export interface SavedFile {
  path: string | null;
  name: string;
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand =
  | 'file:new'
  | 'file:open'
  | 'file:save'
  | 'file:save-as'
  | 'file:export-manifest'
  | 'edit:undo'
  | 'edit:redo'
  | 'view:fit'
  | 'view:zoom-in'
  | 'view:zoom-out';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:export-manifest',
  'edit:undo',
  'edit:redo',
  'view:fit',
  'view:zoom-in',
  'view:zoom-out',
];

export interface Host {
  readonly platform: 'desktop' | 'browser';
  file: {
    /** Asks the user for a file and reads it. `null` when the user cancels. */
    open(): Promise<HostResult<OpenedFile | null>>;
    /** Writes `text` to `path` (atomically on the desktop); asks for a place when `path` is null. */
    save(request: {
      path: string | null;
      suggestedName: string;
      text: string;
    }): Promise<HostResult<SavedFile | null>>;
    /** Writes a ready manifest where the user chooses. `null` when the user cancels. */
    exportManifest(request: {
      suggestedName: string;
      text: string;
    }): Promise<HostResult<SavedFile | null>>;
  };
  window: {
    /** Tells the host which file is open and whether it has unsaved changes (title, close guard). */
    setDocumentState(state: { name: string; dirty: boolean }): void;
  };
  menu: {
    /** Subscribes to menu commands; returns the unsubscribe function. */
    onCommand(listener: (command: MenuCommand) => void): () => void;
  };
}

/** Limits both hosts enforce before a file reaches the parser. */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

/** How many bytes a manifest file may have, in words for a message. */
function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Why a file cannot be opened as a manifest, judged on its size and bytes before anything parses
 * it; `null` when it may be opened. Both hosts call this, so both refuse the same files with the
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
