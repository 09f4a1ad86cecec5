import path from 'node:path';
import { dialog } from 'electron';
import type {
  BrowserWindow,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { MAX_MANIFEST_BYTES, unsavedChangesQuestion } from '../../shared/host';
import { MANIFEST_FILTERS, safeFileName } from '../files/file-names';

export interface SaveDialogChoice {
  title: string;
  /** The default file name, already made safe. */
  fileName: string;
  filters: SaveDialogOptions['filters'];
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export type RecoveryChoice = 'recover' | 'discard' | 'later';

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
  async askAboutUnsavedChanges(
    name: string,
    canSave: boolean,
    tooLarge = false,
  ): Promise<UnsavedChoice> {
    const save = ['save', '&Save'] as const;
    const rest = [
      ['discard', "Do&n't Save"],
      ['cancel', '&Cancel'],
    ] as const;
    return this.#choose(
      {
        type: 'warning',
        title: 'Unsaved changes',
        message: unsavedChangesQuestion(name),
        detail: tooLarge
          ? `The document is larger than ${MAX_MANIFEST_BYTES / (1024 * 1024)} MB, more than Pod Builder saves. Cancel to keep it open and make it smaller, or lose the changes.`
          : "Your changes will be lost if you don't save them.",
      },
      canSave ? [save, ...rest] : rest,
      'cancel',
    );
  }

  /**
   * One button per choice, in order; the first is the default, and Escape (or closing the box)
   * picks `onEscape`.
   */
  async #choose<T extends string>(
    options: Pick<MessageBoxOptions, 'type' | 'title' | 'message' | 'detail'>,
    choices: readonly (readonly [T, string])[],
    onEscape: T,
  ): Promise<T> {
    const response = await this.#messageBox({
      ...options,
      buttons: choices.map(([, label]) => label),
      defaultId: 0,
      cancelId: choices.findIndex(([choice]) => choice === onEscape),
      noLink: true,
      normalizeAccessKeys: true,
    });
    return choices[response]?.[0] ?? onEscape;
  }

  /** Escape means "ask me later": the draft stays for the next start. */
  askToRecover(name: string, savedAt: string): Promise<RecoveryChoice> {
    const when = new Date(savedAt).toLocaleString();
    return this.#choose(
      {
        type: 'question',
        title: 'Recover unsaved changes',
        message: `Pod Builder closed before your changes to ${name} were saved.`,
        detail: `Recover the changes from ${when}? If you discard them, they are gone. Ask Me Later keeps them until the next start.`,
      },
      [
        ['recover', '&Recover'],
        ['discard', '&Discard'],
        ['later', 'Ask Me &Later'],
      ],
      'later',
    );
  }

  /** The open file changed on disk while the window has unsaved changes to it. */
  askToReloadChanged(name: string): Promise<'reload' | 'keep'> {
    return this.#choose(
      {
        type: 'warning',
        title: 'File changed on disk',
        message: `${name} was changed by another program.`,
        detail:
          'Reload it to see that version and lose your unsaved changes, or keep your version: saving it will replace the other one.',
      },
      [
        ['keep', '&Keep My Changes'],
        ['reload', '&Reload and Lose My Changes'],
      ],
      'keep',
    );
  }

  /** The open file was deleted or moved away. */
  tellFileMissing(name: string, filePath: string): Promise<'save' | 'save-as' | 'later'> {
    return this.#choose(
      {
        type: 'warning',
        title: 'File deleted or moved',
        message: `${name} was deleted or moved by another program.`,
        detail: `Its text is still open here. Save writes it back to ${filePath}; Save As puts it somewhere else.`,
      },
      [
        ['save', '&Save'],
        ['save-as', 'Save &As…'],
        ['later', '&Not Now'],
      ],
      'later',
    );
  }

  /** Save would replace a version of the file that Pod Builder has not seen. */
  askToOverwriteNewer(name: string): Promise<'overwrite' | 'save-as' | 'cancel'> {
    return this.#choose(
      {
        type: 'warning',
        title: 'File changed on disk',
        message: `${name} was changed by another program since you opened it.`,
        detail: 'Saving here replaces those changes with yours.',
      },
      [
        ['save-as', 'Save &As…'],
        ['overwrite', '&Replace Their Changes'],
        ['cancel', '&Cancel'],
      ],
      'cancel',
    );
  }

  /** Save found the file read-only. */
  askToSaveReadOnlyAs(name: string): Promise<'save-as' | 'cancel'> {
    return this.#choose(
      {
        type: 'warning',
        title: 'File is read-only',
        message: `${name} is read-only, so Pod Builder does not replace it.`,
        detail: 'Save your changes as a new file instead?',
      },
      [
        ['save-as', 'Save &As…'],
        ['cancel', '&Cancel'],
      ],
      'cancel',
    );
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
