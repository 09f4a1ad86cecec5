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
  isTooLargeForManifest,
  validator,
} from './validate';

/** A state report as main reads it: the text may have been too large to keep. */
export interface DocumentReport extends DocumentState {
  /** The document has text, but more than Pod Builder saves: what main held of it is stale. */
  textTooLarge?: boolean;
}

export const validateDocumentState = validator<DocumentReport>((args) => {
  expectArgumentCount(args, 1);
  const state = expectRecord(args[0], 'The document state');
  const result: DocumentReport = {
    name: expectName(state.name, 'name'),
    dirty: expectBoolean(state.dirty, 'dirty'),
  };
  if (state.path !== undefined) {
    result.path = state.path === null ? null : expectPath(state.path, 'path');
  }
  // Too large a text still reports the rest: the title and the unsaved-changes question must
  // follow a document past 5 MB, and the text kept for "Save" on closing must not be an old one.
  if (state.answers !== undefined) {
    if (!Number.isSafeInteger(state.answers)) throw new Error('answers must be an integer');
    result.answers = state.answers as number;
  }
  if (typeof state.text === 'string' && isTooLargeForManifest(state.text))
    result.textTooLarge = true;
  else if (state.text !== undefined) result.text = expectManifestText(state.text, 'text');
  return result;
});

/** Shows the document's name and unsaved marker in the title bar (and the macOS close button). */
export function applyDocumentState(window: BrowserWindow, state: DocumentState): void {
  window.setTitle(documentTitle(state));
  if (process.platform === 'darwin') window.setDocumentEdited(state.dirty);
}

export function registerWindowHandlers(context: {
  window: () => BrowserWindow | null;
  onDocumentState: (state: DocumentReport) => void;
}): void {
  onIpc(Channels.windowSetDocumentState, validateDocumentState, (state) => {
    const window = context.window();
    if (window) applyDocumentState(window, state);
    context.onDocumentState(state);
  });
}
