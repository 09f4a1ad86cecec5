import type { DraftStore } from '../files/drafts';
import type { DocumentReport } from '../ipc/window-handlers';

export interface SessionState {
  name: string;
  path: string | null;
  dirty: boolean;
  /** The latest text the renderer reported while dirty; null when unknown or saved. */
  text: string | null;
  /** The unsaved text is larger than Pod Builder saves, so main holds none of it. */
  tooLarge?: boolean;
}

/**
 * What the main process knows about the open document: its name, file, whether it has unsaved
 * changes, and (while it has) its text, which is written to a crash-recovery draft shortly after
 * each change and removed once the document is saved or discarded.
 */
export class DocumentSession {
  #state: SessionState = { name: 'untitled.yaml', path: null, dirty: false, text: null };
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pendingDraft: Promise<void> = Promise.resolve();

  constructor(
    private readonly drafts: DraftStore,
    private readonly draftDelayMs = 1000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get state(): Readonly<SessionState> {
    return this.#state;
  }

  /** A state report from the renderer; `path` only when the caller has checked it. */
  update(report: DocumentReport, trustedPath: string | null | undefined): void {
    const path = trustedPath === undefined ? this.#state.path : trustedPath;
    if (!report.dirty) {
      this.#state = { name: report.name, path, dirty: false, text: null };
      this.#cancelDraft();
      this.#pendingDraft = this.drafts.clear().catch(logDraftError);
      return;
    }
    if (report.textTooLarge) {
      // The text held so far is older than what the window shows: never save or recover it.
      this.#cancelDraft();
      this.#state = { name: report.name, path, dirty: true, text: null, tooLarge: true };
      return;
    }
    const text = report.text ?? this.#state.text;
    this.#state = { name: report.name, path, dirty: true, text };
    if (report.text !== undefined) this.#scheduleDraft();
  }

  /**
   * A new document is in the window: saved, or (a recovered draft) with unsaved text, whose draft
   * is written at once. Resolves once the draft is written or removed.
   */
  replaced(file: {
    name: string;
    path: string | null;
    text: string;
    recovered?: boolean;
  }): Promise<void> {
    const dirty = file.recovered === true;
    this.#state = { name: file.name, path: file.path, dirty, text: dirty ? file.text : null };
    this.#cancelDraft();
    if (dirty) this.#writeDraft();
    else this.#pendingDraft = this.drafts.clear().catch(logDraftError);
    return this.#pendingDraft;
  }

  /** The user saved or chose to discard: nothing to recover any more. */
  async settled(): Promise<void> {
    this.#cancelDraft();
    const { name, path } = this.#state;
    this.#state = { name, path, dirty: false, text: null };
    await this.#pendingDraft;
    await this.drafts.clear().catch(logDraftError);
  }

  /** Writes the pending draft now (before quitting, and in tests). */
  async flushDraft(): Promise<void> {
    if (this.#timer !== null) {
      this.#cancelDraft();
      this.#writeDraft();
    }
    await this.#pendingDraft;
  }

  #scheduleDraft(): void {
    this.#cancelDraft();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#writeDraft();
    }, this.draftDelayMs);
  }

  #cancelDraft(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #writeDraft(): void {
    const { name, path, dirty, text } = this.#state;
    if (!dirty || text === null) return;
    const draft = { name, path, text, savedAt: this.now().toISOString() };
    this.#pendingDraft = this.#pendingDraft
      .then(() => this.drafts.save(draft))
      .catch(logDraftError);
  }
}

function logDraftError(error: unknown): void {
  console.error('[drafts] could not update the recovery draft:', error);
}
