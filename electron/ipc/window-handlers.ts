import type { BrowserWindow } from 'electron';
import { documentTitle } from '../../shared/host';
import type { DocumentState } from '../../shared/host';
import { Channels } from './channels';
import { onIpc } from './handle-ipc';
import {
  expectArgumentCount,
  expectBoolean,
  expectManifestText,
  expectName,
  expectPath,
  expectRecord,
  validator,
} from './validate';

export const validateDocumentState = validator<DocumentState>((args) => {
  expectArgumentCount(args, 1);
  const state = expectRecord(args[0], 'The document state');
  const result: DocumentState = {
    name: expectName(state.name, 'name'),
    dirty: expectBoolean(state.dirty, 'dirty'),
  };
  if (state.path !== undefined) {
    result.path = state.path === null ? null : expectPath(state.path, 'path');
  }
  if (state.text !== undefined) result.text = expectManifestText(state.text, 'text');
  return result;
});

/** Shows the document's name and unsaved marker in the title bar (and the macOS close button). */
export function applyDocumentState(window: BrowserWindow, state: DocumentState): void {
  window.setTitle(documentTitle(state));
  if (process.platform === 'darwin') window.setDocumentEdited(state.dirty);
}

export function registerWindowHandlers(context: {
  window: () => BrowserWindow | null;
  onDocumentState: (state: DocumentState) => void;
}): void {
  onIpc(Channels.windowSetDocumentState, validateDocumentState, (state) => {
    const window = context.window();
    if (window) applyDocumentState(window, state);
    context.onDocumentState(state);
  });
}
