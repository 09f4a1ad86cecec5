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
    save(request: { path: string | null; suggestedName: string; text: string }): Promise<
      HostResult<SavedFile | null>
    >;
    /** Writes a ready manifest where the user chooses. `null` when the user cancels. */
    exportManifest(request: { suggestedName: string; text: string }): Promise<
      HostResult<SavedFile | null>
    >;
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
