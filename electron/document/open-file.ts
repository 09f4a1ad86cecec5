import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import path from 'node:path';
import type { MenuCommand, OpenedFile } from '../../shared/host';
import { compareWithDisk, identityAfterWrite } from '../files/file-identity';
import type { FileIdentity } from '../files/file-identity';
import { isReadOnlyFile } from '../files/read-only';
import { readManifestFile } from '../files/read-manifest';
import { UserFacingError } from '../user-facing-error';
import type { Dialogs } from './dialogs';
import type { DocumentSession } from './document-session';

export interface OpenFileContext {
  dialogs: Dialogs;
  session: DocumentSession;
  /** Hands a reloaded document to the renderer. */
  deliver: (file: OpenedFile) => void;
  /** Asks the renderer to run a menu command (Save, Save As). */
  command: (command: MenuCommand) => void;
  /** Runs `check` one operation at a time with the other document operations. */
  serial: (operation: () => Promise<void>) => Promise<void>;
  /** Watch the file for changes (false where only explicit checks are wanted). */
  watch: boolean;
}

export type OverwriteVerdict = 'write' | 'save-as' | 'cancel';

/** How long a burst of file-system events (an editor's save is several) is let settle. */
const SETTLE_MS = 100;

/**
 * The file the open document came from, and the version of it Pod Builder last read or wrote.
 * Another program changing it is noticed (by watching its folder, and on `check`): an unchanged
 * document is reloaded at once, unsaved changes are kept until the user chooses, a deleted file is
 * reported. Save asks before replacing a version it has not seen, and refuses read-only files.
 */
export class OpenFile {
  #path: string | null = null;
  #known: FileIdentity | null = null;
  /** The text of that version, when known: what the window shows while it has no changes. */
  #text: string | null = null;
  #missingTold = false;
  #watcher: FSWatcher | null = null;
  #settle: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly context: OpenFileContext) {}

  get path(): string | null {
    return this.#path;
  }

  /**
   * The text the window shows when it has no changes, while the file it came from is gone from
   * disk: then that text is nowhere else, so it counts as unsaved. Null otherwise.
   */
  get orphanedText(): string | null {
    return this.#missingTold ? this.#text : null;
  }

  /**
   * The window now shows `filePath` (null: a document with no file) as of version `identity`,
   * whose text is `text`.
   */
  track(filePath: string | null, identity: FileIdentity | null, text: string | null = null): void {
    const moved = filePath !== this.#path;
    this.#path = filePath;
    this.#known = identity;
    this.#text = text;
    this.#missingTold = false;
    if (moved) this.#watch();
  }

  /** Tracks the file as it is on disk now (a recovered draft of it: changes from here on count). */
  async trackCurrent(filePath: string): Promise<void> {
    const now = await compareWithDisk(filePath, null).catch(() => null);
    this.track(filePath, now?.kind === 'changed' ? now.identity : null);
  }

  /** Pod Builder wrote `data` to `filePath`, which the document now belongs to. */
  async wrote(filePath: string, data: string): Promise<void> {
    this.track(filePath, await identityAfterWrite(filePath, data), data);
  }

  /** Whether Save may write to `target`, asking the user when it is read-only or changed. */
  async beforeOverwrite(target: string): Promise<OverwriteVerdict> {
    const name = path.basename(target);
    if (await isReadOnlyFile(target)) return this.context.dialogs.askToSaveReadOnlyAs(name);
    if (target !== this.#path || this.#known === null) return 'write';
    const change = await compareWithDisk(target, this.#known);
    if (change.kind !== 'changed') return 'write';
    const choice = await this.context.dialogs.askToOverwriteNewer(name);
    return choice === 'overwrite' ? 'write' : choice;
  }

  /** Looks at the file now: the folder changed, or the window came back to the front. */
  async check(): Promise<void> {
    const filePath = this.#path;
    if (filePath === null) return;
    const change = await compareWithDisk(filePath, this.#known).catch(() => null);
    // Unreachable just now (a network drive): nothing is known, so nothing is said.
    if (change === null || change.kind === 'same') {
      if (change?.kind === 'same') this.#missingTold = false;
      return;
    }
    const name = path.basename(filePath);
    if (change.kind === 'missing') {
      if (this.#missingTold) return;
      this.#missingTold = true;
      // Its text is now nowhere but in the window: closing asks, and a crash leaves a draft.
      const { session } = this.context;
      if (!session.state.dirty && this.#text !== null) {
        session.update({ name, dirty: true, text: this.#text }, filePath);
      }
      const choice = await this.context.dialogs.tellFileMissing(name, filePath);
      if (choice !== 'later')
        this.context.command(choice === 'save' ? 'file:save' : 'file:save-as');
      return;
    }
    this.#missingTold = false;
    if (this.context.session.state.dirty) {
      const choice = await this.context.dialogs.askToReloadChanged(name);
      if (choice === 'keep') {
        // Seen and declined: Save will not ask about this version again.
        this.#known = change.identity;
        return;
      }
    }
    await this.#reload(filePath, change.identity);
  }

  async #reload(filePath: string, seen: FileIdentity): Promise<void> {
    try {
      const { file, identity } = await readManifestFile(filePath);
      this.context.session.replaced(file);
      this.track(filePath, identity, file.text);
      this.context.deliver(file);
    } catch (error) {
      // Not a manifest any more (binary, too large): keep the open text, and do not ask again.
      this.#known = seen;
      const message = error instanceof UserFacingError ? error.message : String(error);
      await this.context.dialogs.showError(
        `${path.basename(filePath)} could not be reloaded.`,
        message,
      );
    }
  }

  /** Stops following the file: no more watching, and a check already queued finds nothing. */
  close(): void {
    this.#path = null;
    this.#unwatch();
  }

  #unwatch(): void {
    this.#watcher?.close();
    this.#watcher = null;
    if (this.#settle !== null) clearTimeout(this.#settle);
    this.#settle = null;
  }

  /**
   * Watches the folder rather than the file: editors and `git checkout` replace a file by renaming
   * another over it, which a watch on the file itself would not survive.
   */
  #watch(): void {
    this.#unwatch();
    const filePath = this.#path;
    if (filePath === null || !this.context.watch) return;
    const base = path.basename(filePath);
    try {
      const watcher = watch(path.dirname(filePath), { persistent: false }, (_event, changed) => {
        if (changed === null || changed.toString() === base) this.#soon();
      });
      // The folder itself went away: the file with it.
      watcher.on('error', () => {
        this.#unwatch();
        this.#soon();
      });
      this.#watcher = watcher;
    } catch {
      // A folder that cannot be watched (some network drives): checks on focus and on save remain.
    }
  }

  #soon(): void {
    if (this.#settle !== null) clearTimeout(this.#settle);
    this.#settle = setTimeout(() => {
      this.#settle = null;
      void this.context.serial(() => this.check());
    }, SETTLE_MS);
  }
}
