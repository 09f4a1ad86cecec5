import path from 'node:path';
import { BLANK_MANIFEST, UNTITLED_NAME } from '../../shared/host';
import type {
  DocumentState,
  ImageFormat,
  OpenedFile,
  RecentFile,
  SavedFile,
  TemplateInfo,
} from '../../shared/host';
import { atomicWrite } from '../files/atomic-write';
import type { Draft, DraftStore } from '../files/drafts';
import { hasManifestExtension, IMAGE_FILTERS, safeImageName } from '../files/file-names';
import { Serial } from '../files/json-store';
import type { PathGrants } from '../files/path-grants';
import { ManifestReadError, readManifest } from '../files/read-manifest';
import type { RecentFiles } from '../files/recent-files';
import { listTemplates, readTemplate } from '../files/templates';
import { UserFacingError } from '../user-facing-error';
import type { Dialogs } from './dialogs';
import type { DocumentSession } from './document-session';

export interface DocumentsContext {
  dialogs: Dialogs;
  session: DocumentSession;
  grants: PathGrants;
  recent: RecentFiles;
  drafts: DraftStore;
  templatesDirectory: string;
  /** Hands a document the main process opened by itself to the renderer. */
  deliver: (file: OpenedFile) => void;
  /** The recent list changed (the menu shows it). */
  onRecentChanged?: (files: RecentFile[]) => void;
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

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'the folder does not exist any more',
  EISDIR: 'a folder has that name',
};

export interface ImageExportRequest {
  suggestedName: string;
  format: ImageFormat;
  data: Uint8Array;
}

/** Writes atomically, turning file-system errors into a sentence for the user. */
export async function writeFile(target: string, data: string | Uint8Array): Promise<void> {
  try {
    await atomicWrite(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = WRITE_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
    throw new UserFacingError(`Could not save ${path.basename(target)}: ${reason}.`);
  }
}

/**
 * Everything the shell does with documents: opening, creating, saving, exporting, the recent list,
 * and the unsaved-changes question before anything replaces the open document.
 */
export class Documents {
  /** One dialog-driven operation at a time: a second Open waits for the first to finish. */
  readonly #serial = new Serial();

  constructor(private readonly context: DocumentsContext) {}

  // Opening and creating

  /** The user picks a file; it is read (and refused with a reason) before the question. */
  open(): Promise<OpenedFile | null> {
    return this.#serial.run(async () => {
      const chosen = await this.context.dialogs.chooseFileToOpen();
      if (chosen === null) return null;
      return this.#replaceWith(await readManifest(chosen));
    });
  }

  /** Opens a path that came from the user outside the page: the recent list, a drop, the OS. */
  openPath(filePath: string): Promise<OpenedFile | null> {
    return this.#serial.run(() => this.#openPath(filePath));
  }

  async #openPath(filePath: string): Promise<OpenedFile | null> {
    if (!hasManifestExtension(filePath)) {
      throw new UserFacingError(`${path.basename(filePath)} is not a .yaml or .yml file.`);
    }
    let file: OpenedFile;
    try {
      file = await readManifest(filePath);
    } catch (error) {
      if (error instanceof ManifestReadError && error.reason === 'missing') {
        await this.context.recent.remove(filePath);
        await this.#recentChanged();
      }
      throw error;
    }
    return this.#replaceWith(file);
  }

  /** Opens a path from the recent list; any other path is refused. */
  openRecent(filePath: string): Promise<OpenedFile | null> {
    return this.#serial.run(async () => {
      if (!(await this.context.recent.includes(filePath))) {
        throw new UserFacingError(`${path.basename(filePath)} is not in the recent files list.`);
      }
      return this.#openPath(filePath);
    });
  }

  newDocument(templateId: string | null): Promise<OpenedFile | null> {
    return this.#serial.run(async () => {
      const file: OpenedFile =
        templateId === null
          ? { path: null, name: UNTITLED_NAME, text: BLANK_MANIFEST }
          : {
              path: null,
              name: `${templateId}.yaml`,
              text: await readTemplate(this.context.templatesDirectory, templateId),
            };
      return this.#replaceWith(file);
    });
  }

  templates(): Promise<TemplateInfo[]> {
    return listTemplates(this.context.templatesDirectory);
  }

  /**
   * Opens a document on the main process's own initiative and hands it to the renderer; problems
   * are shown in a dialog, as there is no caller to return them to.
   */
  async openAndDeliver(open: () => Promise<OpenedFile | null>): Promise<void> {
    try {
      const file = await open();
      if (file) this.context.deliver(file);
    } catch (error) {
      const message = error instanceof UserFacingError ? error.message : String(error);
      await this.context.dialogs.showError('The file could not be opened.', message);
    }
  }

  // Saving

  save(request: SaveRequest): Promise<SavedFile | null> {
    return this.#serial.run(() => this.#save(request));
  }

  async #save(request: SaveRequest): Promise<SavedFile | null> {
    if (request.path !== null && !this.context.grants.has(request.path)) {
      throw new UserFacingError(
        `Pod Builder did not open ${path.basename(request.path)} in this window; use Save As to choose where to save.`,
      );
    }
    const target =
      request.path ??
      (await this.context.dialogs.chooseFileToSave('Save manifest', request.suggestedName));
    if (target === null) return null;
    await writeFile(target, request.text);
    await this.#used(target);
    return { path: target, name: path.basename(target) };
  }

  exportManifest(request: ExportRequest): Promise<SavedFile | null> {
    return this.#serial.run(() => this.#export(request));
  }

  async #export(request: ExportRequest): Promise<SavedFile | null> {
    const target = await this.context.dialogs.chooseFileToSave(
      'Export manifest',
      request.suggestedName,
    );
    if (target === null) return null;
    await writeFile(target, request.text);
    this.context.grants.grant(target);
    this.context.dialogs.remember(target);
    return { path: target, name: path.basename(target) };
  }

  /** Writes an image (the diagram) where the user chooses; images never join the recent list. */
  exportImage(request: ImageExportRequest): Promise<SavedFile | null> {
    return this.#serial.run(async () => {
      const target = await this.context.dialogs.chooseSaveTarget({
        title: 'Export diagram',
        fileName: safeImageName(request.suggestedName, request.format),
        filters: IMAGE_FILTERS[request.format],
      });
      if (target === null) return null;
      await writeFile(target, request.data);
      this.context.dialogs.remember(target);
      return { path: target, name: path.basename(target) };
    });
  }

  // The recent list

  async recentFiles(): Promise<RecentFile[]> {
    return this.context.recent.list();
  }

  async clearRecent(): Promise<void> {
    await this.context.recent.clear();
    await this.#recentChanged();
  }

  // Document state and the unsaved-changes question

  /** A state report from the renderer; a path it names counts only if the user chose it. */
  reportState(state: DocumentState): void {
    const trusted =
      state.path === undefined || state.path === null || this.context.grants.has(state.path)
        ? state.path
        : null;
    this.context.session.update(state, trusted);
  }

  /**
   * Asks before unsaved changes would be lost. True when the caller may go on: nothing was
   * unsaved, the user saved, or chose to discard.
   */
  confirmDiscard(): Promise<boolean> {
    return this.#serial.run(() => this.#confirmDiscard());
  }

  async #confirmDiscard(): Promise<boolean> {
    const { state } = this.context.session;
    if (!state.dirty) return true;
    const choice = await this.context.dialogs.askAboutUnsavedChanges(
      state.name,
      state.text !== null,
    );
    if (choice === 'cancel') return false;
    if (choice === 'save') {
      try {
        const saved = await this.#save({
          path: state.path !== null && this.context.grants.has(state.path) ? state.path : null,
          suggestedName: state.name,
          text: state.text ?? '',
        });
        if (saved === null) return false;
      } catch (error) {
        await this.context.dialogs.showError((error as Error).message);
        return false;
      }
    }
    await this.context.session.settled();
    return true;
  }

  /**
   * Offers the draft a crash left behind, read before the window opened (the new page reports a
   * clean document as soon as it starts, which clears the stored draft), and opens it when the
   * user wants it back.
   */
  offerRecovery(draft: Draft | null): Promise<void> {
    return this.#serial.run(() => this.#offerRecovery(draft));
  }

  async #offerRecovery(draft: Draft | null): Promise<void> {
    if (!draft) return;
    if (!(await this.context.dialogs.askToRecover(draft.name, draft.savedAt))) {
      await this.context.drafts.clear();
      return;
    }
    // The draft file is written only by this process, so its path was the user's choice.
    if (draft.path !== null) this.context.grants.grant(draft.path);
    const file: OpenedFile = {
      path: draft.path,
      name: draft.name,
      text: draft.text,
      recovered: true,
    };
    this.context.session.replaced(file);
    this.context.deliver(file);
  }

  async #replaceWith(file: OpenedFile): Promise<OpenedFile | null> {
    if (!(await this.#confirmDiscard())) return null;
    if (file.path !== null) await this.#used(file.path);
    this.context.session.replaced(file);
    return file;
  }

  async #used(filePath: string): Promise<void> {
    this.context.grants.grant(filePath);
    this.context.dialogs.remember(filePath);
    await this.context.recent.add(filePath);
    await this.#recentChanged();
  }

  async #recentChanged(): Promise<void> {
    if (this.context.onRecentChanged)
      this.context.onRecentChanged(await this.context.recent.list());
  }
}
