import path from 'node:path';
import { dialog } from 'electron';
import type {
  BrowserWindow,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { unsavedChangesQuestion } from '../../shared/host';
import { MANIFEST_FILTERS, safeFileName } from '../files/file-names';

export interface SaveDialogChoice {
  title: string;
  /** The default file name, already made safe. */
  fileName: string;
  filters: SaveDialogOptions['filters'];
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The native dialogs the shell shows, attached to the main window when there is one. */
export class Dialogs {
  #lastDirectory: string | null = null;

  constructor(
    private readonly window: () => BrowserWindow | null,
    private readonly defaultDirectory: () => string,
  ) {}

  /** Later dialogs start in the folder of the file used last. */
  remember(filePath: string): void {
    this.#lastDirectory = path.dirname(filePath);
  }

  #startIn(name?: string): string {
    const directory = this.#lastDirectory ?? this.defaultDirectory();
    return name ? path.join(directory, name) : directory;
  }

  async chooseFileToOpen(): Promise<string | null> {
    const options: OpenDialogOptions = {
      title: 'Open manifest',
      defaultPath: this.#startIn(),
      properties: ['openFile'],
      filters: MANIFEST_FILTERS,
    };
    const window = this.window();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  /** Where to save a manifest. */
  chooseFileToSave(title: string, suggestedName: string): Promise<string | null> {
    return this.chooseSaveTarget({
      title,
      fileName: safeFileName(suggestedName),
      filters: MANIFEST_FILTERS,
    });
  }

  async chooseSaveTarget(choice: SaveDialogChoice): Promise<string | null> {
    const options: SaveDialogOptions = {
      title: choice.title,
      defaultPath: this.#startIn(choice.fileName),
      filters: choice.filters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const window = this.window();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  async #messageBox(options: MessageBoxOptions): Promise<number> {
    const window = this.window();
    const result = window
      ? await dialog.showMessageBox(window, options)
      : await dialog.showMessageBox(options);
    return result.response;
  }

  /** Save, don't save or cancel; without the text to save, only the last two. */
  async askAboutUnsavedChanges(name: string, canSave: boolean): Promise<UnsavedChoice> {
    const choices: UnsavedChoice[] = canSave
      ? ['save', 'discard', 'cancel']
      : ['discard', 'cancel'];
    const labels = { save: '&Save', discard: "Do&n't Save", cancel: '&Cancel' };
    const response = await this.#messageBox({
      type: 'warning',
      title: 'Unsaved changes',
      message: unsavedChangesQuestion(name),
      detail: "Your changes will be lost if you don't save them.",
      buttons: choices.map((choice) => labels[choice]),
      defaultId: 0,
      cancelId: choices.length - 1,
      noLink: true,
      normalizeAccessKeys: true,
    });
    return choices[response] ?? 'cancel';
  }

  async askToRecover(name: string, savedAt: string): Promise<boolean> {
    const when = new Date(savedAt).toLocaleString();
    const response = await this.#messageBox({
      type: 'question',
      title: 'Recover unsaved changes',
      message: `Pod Builder closed before your changes to ${name} were saved.`,
      detail: `Recover the changes from ${when}? If you discard them, they are gone.`,
      buttons: ['&Recover', '&Discard'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
      normalizeAccessKeys: true,
    });
    return response === 0;
  }

  async showError(message: string, detail?: string): Promise<void> {
    await this.#messageBox({
      type: 'error',
      title: 'Pod Builder',
      message,
      ...(detail ? { detail } : {}),
      buttons: ['OK'],
    });
  }
}
