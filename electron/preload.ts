/**
 * The bridge: implements the renderer's `Host` over named IPC channels and exposes it as
 * `window.podBuilder`. Runs sandboxed, so it is bundled into one file that requires only
 * `electron`; it hands the page functions, never `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { MENU_COMMANDS } from '../shared/host';
import type { DocumentState, Host, HostResult, MenuCommand, OpenedFile } from '../shared/host';
import { Channels } from './ipc/channels';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    (file.path === null || typeof file.path === 'string') &&
    typeof file.name === 'string' &&
    typeof file.text === 'string' &&
    (file.recovered === undefined || typeof file.recovered === 'boolean')
  );
}

/**
 * Documents the main process opens by itself can arrive before the page subscribes (a file named
 * on the command line, a recovered draft); they wait here for the first listener.
 */
const openedListeners = new Set<(file: OpenedFile) => void>();
const waitingDocuments: OpenedFile[] = [];

ipcRenderer.on(Channels.documentOpened, (_event: IpcRendererEvent, file: unknown) => {
  if (!isOpenedFile(file)) return;
  if (openedListeners.size === 0) waitingDocuments.push(file);
  for (const listener of openedListeners) listener(file);
});

function pathOfDroppedFile(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

const NOT_A_LOCAL_FILE: HostResult<null> = {
  ok: false,
  error: 'Only files from your computer can be opened by dropping them on the window.',
};

export const host: Host = {
  platform: 'desktop',
  file: {
    open: () => ipcRenderer.invoke(Channels.fileOpen),
    openRecent: (path) => ipcRenderer.invoke(Channels.fileOpenRecent, path),
    openDropped: async (file) => {
      const path = pathOfDroppedFile(file);
      return path === '' ? NOT_A_LOCAL_FILE : ipcRenderer.invoke(Channels.fileOpenDropped, path);
    },
    newDocument: (request) =>
      ipcRenderer.invoke(Channels.fileNew, { templateId: request.templateId }),
    save: (request) =>
      ipcRenderer.invoke(Channels.fileSave, {
        path: request.path,
        suggestedName: request.suggestedName,
        text: request.text,
      }),
    exportManifest: (request) =>
      ipcRenderer.invoke(Channels.fileExportManifest, {
        suggestedName: request.suggestedName,
        text: request.text,
      }),
    exportImage: (request) =>
      ipcRenderer.invoke(Channels.fileExportImage, {
        suggestedName: request.suggestedName,
        format: request.format,
        data: request.data,
      }),
    recent: () => ipcRenderer.invoke(Channels.fileListRecent),
    clearRecent: () => ipcRenderer.invoke(Channels.fileClearRecent),
    onOpened: (listener) => {
      openedListeners.add(listener);
      for (const file of waitingDocuments.splice(0)) listener(file);
      return () => {
        openedListeners.delete(listener);
      };
    },
  },
  templates: {
    list: () => ipcRenderer.invoke(Channels.templatesList),
  },
  window: {
    setDocumentState: (state) => {
      const message: DocumentState = { name: state.name, dirty: state.dirty };
      if (state.path !== undefined) message.path = state.path;
      // A saved document's text is on disk already; only unsaved text is worth sending.
      if (state.text !== undefined && state.dirty) message.text = state.text;
      if (typeof state.answers === 'number') message.answers = state.answers;
      ipcRenderer.send(Channels.windowSetDocumentState, message);
    },
    onStateWanted: (listener) => {
      const forward = (_event: IpcRendererEvent, request: unknown): void => {
        if (Number.isSafeInteger(request)) listener(request as number);
      };
      ipcRenderer.on(Channels.documentStateWanted, forward);
      return () => {
        ipcRenderer.removeListener(Channels.documentStateWanted, forward);
      };
    },
  },
  menu: {
    onCommand: (listener) => {
      const forward = (_event: IpcRendererEvent, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(Channels.menuCommand, forward);
      return () => {
        ipcRenderer.removeListener(Channels.menuCommand, forward);
      };
    },
  },
};

contextBridge.exposeInMainWorld('podBuilder', host);
