/**
 * The bridge: implements the renderer's `Host` over named IPC channels and exposes it as
 * `window.podBuilder`. Runs sandboxed, so it is bundled into one file that requires only
 * `electron`; it hands the page functions, never `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { MENU_COMMANDS } from '../shared/host';
import type { Host, MenuCommand } from '../shared/host';
import { Channels } from './ipc/channels';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export const host: Host = {
  platform: 'desktop',
  file: {
    open: () => ipcRenderer.invoke(Channels.fileOpen),
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
  },
  window: {
    setDocumentState: (state) => {
      ipcRenderer.send(Channels.windowSetDocumentState, { name: state.name, dirty: state.dirty });
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
