import path from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenedFile, SavedFile } from '../../shared/host';
import { atomicWrite } from '../files/atomic-write';
import { MANIFEST_FILTERS, safeFileName } from '../files/file-names';
import type { PathGrants } from '../files/path-grants';
import { readManifest } from '../files/read-manifest';
import { UserFacingError } from '../user-facing-error';
import { Channels } from './channels';
import { handleIpc } from './handle-ipc';
import {
  expectArgumentCount,
  expectManifestText,
  expectName,
  expectPath,
  expectRecord,
  noArguments,
  validator,
} from './validate';

export interface FileHandlerContext {
  window: () => BrowserWindow | null;
  grants: PathGrants;
  /** Where dialogs start when no file has been opened or saved yet. */
  defaultDirectory: () => string;
  /** Called after a file was opened or written, with its absolute path. */
  onFileUsed?: (filePath: string) => void;
}

export interface SaveRequest {
  path: string | null;
  suggestedName: string;
  text: string;
}

export interface ExportRequest {
  suggestedName: string;
  text: string;
}

export const validateSaveRequest = validator<SaveRequest>((args) => {
  expectArgumentCount(args, 1);
  const request = expectRecord(args[0], 'The save request');
  return {
    path: request.path === null ? null : expectPath(request.path, 'path'),
    suggestedName: expectName(request.suggestedName, 'suggestedName'),
    text: expectManifestText(request.text, 'text'),
  };
});

export const validateExportRequest = validator<ExportRequest>((args) => {
  expectArgumentCount(args, 1);
  const request = expectRecord(args[0], 'The export request');
  return {
    suggestedName: expectName(request.suggestedName, 'suggestedName'),
    text: expectManifestText(request.text, 'text'),
  };
});

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'the folder does not exist any more',
  EISDIR: 'a folder has that name',
};

/** Writes atomically, turning file-system errors into a sentence for the user. */
async function writeManifest(target: string, text: string): Promise<void> {
  try {
    await atomicWrite(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = WRITE_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
    throw new UserFacingError(`Could not save ${path.basename(target)}: ${reason}.`);
  }
}

function savedFile(filePath: string): SavedFile {
  return { path: filePath, name: path.basename(filePath) };
}

/** Remembers the last folder used, so the next dialog starts there. */
function createDialogs(context: FileHandlerContext) {
  let lastDirectory: string | null = null;
  const startIn = (name?: string): string => {
    const directory = lastDirectory ?? context.defaultDirectory();
    return name ? path.join(directory, name) : directory;
  };
  const used = (filePath: string): void => {
    lastDirectory = path.dirname(filePath);
    context.grants.grant(filePath);
    context.onFileUsed?.(filePath);
  };

  return {
    used,
    async chooseFileToOpen(): Promise<string | null> {
      const options: OpenDialogOptions = {
        title: 'Open manifest',
        defaultPath: startIn(),
        properties: ['openFile'],
        filters: MANIFEST_FILTERS,
      };
      const window = context.window();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(title: string, suggestedName: string): Promise<string | null> {
      const options: SaveDialogOptions = {
        title,
        defaultPath: startIn(safeFileName(suggestedName)),
        filters: MANIFEST_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = context.window();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

export type FileDialogs = ReturnType<typeof createDialogs>;

/** Opens a file chosen by the user through the main process. */
export async function openPath(dialogs: FileDialogs, filePath: string): Promise<OpenedFile> {
  const opened = await readManifest(filePath);
  dialogs.used(opened.path ?? filePath);
  return opened;
}

/** Registers `file:open`, `file:save` and `file:export-manifest`. */
export function registerFileHandlers(context: FileHandlerContext): FileDialogs {
  const dialogs = createDialogs(context);

  handleIpc(Channels.fileOpen, noArguments, async (): Promise<OpenedFile | null> => {
    const chosen = await dialogs.chooseFileToOpen();
    return chosen === null ? null : openPath(dialogs, chosen);
  });

  handleIpc(Channels.fileSave, validateSaveRequest, async (request): Promise<SavedFile | null> => {
    let target = request.path;
    if (target !== null && !context.grants.has(target)) {
      throw new UserFacingError(
        `Pod Builder did not open ${path.basename(target)} in this window; use Save As to choose where to save.`,
      );
    }
    target ??= await dialogs.chooseFileToSave('Save manifest', request.suggestedName);
    if (target === null) return null;
    await writeManifest(target, request.text);
    dialogs.used(target);
    return savedFile(target);
  });

  handleIpc(
    Channels.fileExportManifest,
    validateExportRequest,
    async (request): Promise<SavedFile | null> => {
      const target = await dialogs.chooseFileToSave('Export manifest', request.suggestedName);
      if (target === null) return null;
      await writeManifest(target, request.text);
      dialogs.used(target);
      return savedFile(target);
    },
  );

  return dialogs;
}
