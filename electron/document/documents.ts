import path from 'node:path';
import { BLANK_MANIFEST, UNTITLED_NAME } from '../../shared/host';
import type {
  MenuCommand,
  OpenedFile,
  RecentFile,
  SavedDocument,
  SavedFile,
  TemplateInfo,
} from '../../shared/host';
import { resolveDroppedPath } from '../files/dropped-path';
import type { DraftStore, EarlierDraft } from '../files/drafts';
import type { FileIdentity } from '../files/file-identity';
import { hasManifestExtension, IMAGE_FILTERS, safeImageName } from '../files/file-names';
import { Serial } from '../files/json-store';
import type { PathGrants } from '../files/path-grants';
import { isReadOnlyFile } from '../files/read-only';
import { ManifestReadError, readManifestFile } from '../files/read-manifest';
import type { RecentFiles } from '../files/recent-files';
import { listTemplates, readTemplate } from '../files/templates';
import { writeFile } from '../files/write-file';
import type { DocumentReport } from '../ipc/window-handlers';
import { UserFacingError } from '../user-facing-error';
import type { Dialogs } from './dialogs';
import type { DocumentSession, SessionState } from './document-session';
import { OpenFile } from './open-file';
import type { ExportRequest, ImageExportRequest, SaveRequest } from './requests';
import { offerDrafts, reopenFile } from './recovery';
import type { RecoveryContext } from './recovery';

/** How long the unsaved-changes question waits for the page's last keys (see `#catchUp`). */
export const CATCH_UP_MS = 1000;

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
  /** Asks the renderer to run a menu command (Save after the file was deleted). */
  command?: (command: MenuCommand) => void;
  /**
   * Asks the page to report its document's state now (see `Host.window.onStateWanted`), as an
   * answer to `request`; false when there is no page to ask. The answer comes through
   * `reportState`.
   */
  wantState?: (request: number) => boolean;
  /** Watch the open file for changes by other programs (default true). */
  watchFiles?: boolean;
}

/**
 * Everything the shell does with documents: opening, creating, saving, exporting, the recent list,
 * and the unsaved-changes question before anything replaces the open document.
 */
export class Documents {
  /** One dialog-driven operation at a time: a second Open waits for the first to finish. */
  readonly #serial = new Serial();
  /** The open document's file, as Pod Builder last read or wrote it. */
  readonly #file: OpenFile;
  /**
   * A reloaded page is being given back its unsaved document. Until it shows it, it reports the
   * empty document it starts with, which must not drop the unsaved text or its draft.
   */
  #restoring = false;
  /** Waiting for the page's answer to a request of `#catchUp`, by request. */
  readonly #catchingUp = new Map<number, () => void>();
  #requests = 0;

  constructor(private readonly context: DocumentsContext) {
    this.#file = new OpenFile({
      dialogs: context.dialogs,
      session: context.session,
      deliver: context.deliver,
      command: (command) => context.command?.(command),
      serial: (operation) => this.#serial.run(operation),
      watch: context.watchFiles ?? true,
    });
  }

  // Opening and creating

  /**
   * The unsaved-changes question comes first, as in the browser: a user who keeps the changes sees
   * no dialog. Don't Save takes effect only once a file replaces the document; cancelling the
   * dialog, or a file that cannot be read, leaves the changes unsaved, as they were. Save is
   * done at once, so `onSaved` hears of it whatever follows: the page must show it either way.
   */
  open(onSaved?: (saved: SavedDocument) => void): Promise<OpenedFile | null> {
    return this.#serial.run(async () => {
      if (!(await this.#confirmDiscard(false, onSaved))) return null;
      const answered = this.context.session.state;
      const chosen = await this.context.dialogs.chooseFileToOpen();
      if (chosen === null) return null;
      const { file, identity } = await readManifestFile(chosen);
      return this.#replaceWith(file, identity, answered, onSaved);
    });
  }

  /** Opens a path that came from the user outside the page: the command line, the OS. */
  openPath(filePath: string): Promise<OpenedFile | null> {
    return this.#serial.run(() => this.#openPath(filePath));
  }

  /** Opens a file dropped on the window; its path comes from the page, so it is checked first. */
  openDropped(filePath: string): Promise<OpenedFile | null> {
    return this.#serial.run(async () => this.#openPath(await resolveDroppedPath(filePath)));
  }

  async #openPath(filePath: string): Promise<OpenedFile | null> {
    if (!hasManifestExtension(filePath)) {
      throw new UserFacingError(`${path.basename(filePath)} is not a .yaml or .yml file.`);
    }
    let read: { file: OpenedFile; identity: FileIdentity };
    try {
      read = await readManifestFile(filePath);
    } catch (error) {
      if (error instanceof ManifestReadError && error.reason === 'missing') {
        await this.context.recent.remove(filePath);
        await this.#recentChanged();
      }
      throw error;
    }
    return this.#replaceWith(read.file, read.identity);
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
    let target = request.path;
    if (target !== null) {
      const verdict = await this.#file.beforeOverwrite(target);
      if (verdict === 'cancel') return null;
      if (verdict === 'save-as') target = null;
    }
    target ??= await this.#chooseWritable('Save manifest', request.suggestedName);
    if (target === null) return null;
    await writeFile(target, request.text);
    await this.#file.wrote(target, request.text);
    await this.#used(target);
    return { path: target, name: path.basename(target) };
  }

  /** A place to save chosen in the dialog; a read-only file there is refused with the reason. */
  async #chooseWritable(title: string, suggestedName: string): Promise<string | null> {
    const target = await this.context.dialogs.chooseFileToSave(title, suggestedName);
    if (target !== null && (await isReadOnlyFile(target))) {
      throw new UserFacingError(
        `${path.basename(target)} is read-only, so Pod Builder does not replace it; choose another name.`,
      );
    }
    return target;
  }

  /** Looks at the open file now (the window came to the front): changed, deleted, or the same. */
  checkOpenFile(): Promise<void> {
    return this.#serial.run(() => this.#file.check());
  }

  /**
   * What the page should show again after it was reloaded (View → Reload, or a crash); see
   * `reopenFile`.
   */
  restoreAfterReload(): Promise<OpenedFile | null> {
    // Read now, before the new page's first (clean) report replaces it.
    const { name, path: filePath, dirty, text } = this.context.session.state;
    if (dirty && text !== null) {
      this.#restoring = true;
      return Promise.resolve({ path: filePath, name, text, recovered: true });
    }
    return this.#serial.run(() => reopenFile(this.#recovery()));
  }

  /** Stops watching the open file. */
  close(): void {
    this.#file.close();
  }

  exportManifest(request: ExportRequest): Promise<SavedFile | null> {
    return this.#serial.run(() => this.#export(request));
  }

  async #export(request: ExportRequest): Promise<SavedFile | null> {
    const target = await this.#chooseWritable('Export manifest', request.suggestedName);
    if (target === null) return null;
    await writeFile(target, request.text);
    // Written over the open file (a file of several documents is exported under its own name,
    // in its folder), it is this window's write: not a change of another program's to reload.
    if (target === this.#file.path) await this.#file.wrote(target, request.text);
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
  reportState(state: DocumentReport): void {
    this.#takeReport(state);
    // Only the answer: a report sent before the page was asked may hold older keys.
    if (state.answers !== undefined) this.#catchingUp.get(state.answers)?.();
  }

  #takeReport(state: DocumentReport): void {
    if (this.#restoring) {
      // A restored document always shows as unsaved: the first such report is of it.
      if (!state.dirty) return;
      this.#restoring = false;
    }
    const trusted =
      state.path === undefined || state.path === null || this.context.grants.has(state.path)
        ? state.path
        : null;
    // Undoing the last change leaves the window as the deleted file was: still its only copy.
    const orphaned = this.#file.orphanedText;
    if (!state.dirty && orphaned !== null) {
      this.context.session.update({ name: state.name, dirty: true, text: orphaned }, trusted);
      return;
    }
    this.context.session.update(state, trusted);
  }

  /**
   * Asks before unsaved changes would be lost. True when the caller may go on: nothing was
   * unsaved, the user saved, or chose to discard.
   */
  confirmDiscard(): Promise<boolean> {
    return this.#serial.run(() => this.#confirmDiscard());
  }

  /**
   * `settle: false` keeps discarded changes unsaved (and their draft) until they are replaced.
   * `onSaved` hears of the save when the user chooses Save.
   */
  async #confirmDiscard(settle = true, onSaved?: (saved: SavedDocument) => void): Promise<boolean> {
    if (!this.context.session.state.dirty) return true;
    await this.#catchUp();
    const { state } = this.context.session;
    if (!state.dirty) return true;
    const choice = await this.context.dialogs.askAboutUnsavedChanges(
      state.name,
      state.text !== null,
      state.tooLarge === true,
    );
    if (choice === 'cancel') return false;
    if (choice === 'save') {
      const text = state.text ?? '';
      try {
        const saved = await this.#save({
          path: state.path !== null && this.context.grants.has(state.path) ? state.path : null,
          suggestedName: state.name,
          text,
        });
        if (saved === null) return false;
        onSaved?.({ ...saved, text });
      } catch (error) {
        await this.context.dialogs.showError((error as Error).message);
        return false;
      }
    } else if (!settle) {
      return true;
    }
    await this.context.session.settled();
    return true;
  }

  /**
   * Has the page report the keys it typed since it last did (it reports typing a moment late),
   * so that Save in the question writes them too. A page that does not answer within
   * `CATCH_UP_MS` (busy, or gone) leaves the text as it was last reported.
   */
  #catchUp(): Promise<void> {
    const { wantState } = this.context;
    if (!wantState) return Promise.resolve();
    const request = ++this.#requests;
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#catchingUp.delete(request);
        resolve();
      };
      const timer = setTimeout(done, CATCH_UP_MS);
      this.#catchingUp.set(request, done);
      if (!wantState(request)) done();
    });
  }

  /**
   * Offers the drafts earlier runs left behind (set aside before the window opened, so the new
   * page's first clean report cannot remove them); see `offerDrafts`.
   */
  offerRecovery(drafts: readonly EarlierDraft[]): Promise<void> {
    return this.#serial.run(() => offerDrafts(this.#recovery(), drafts));
  }

  #recovery(): RecoveryContext {
    const { dialogs, drafts, grants, session, deliver } = this.context;
    return { dialogs, drafts, grants, session, deliver, file: this.#file };
  }

  /**
   * `answered`: the document the question was already asked about; asked again only if it has
   * changed since (typed into while the dialog was open).
   */
  async #replaceWith(
    file: OpenedFile,
    identity: FileIdentity | null = null,
    answered?: Readonly<SessionState>,
    onSaved?: (saved: SavedDocument) => void,
  ): Promise<OpenedFile | null> {
    if (this.context.session.state !== answered && !(await this.#confirmDiscard(true, onSaved))) {
      return null;
    }
    if (file.path !== null) await this.#used(file.path);
    this.#file.track(file.path, identity, file.text);
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
