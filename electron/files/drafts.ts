import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_MANIFEST_BYTES } from '../../shared/host';
import { MAX_NAME_LENGTH, MAX_PATH_LENGTH } from '../ipc/validate';
import { readJson, Serial, writeJson } from './json-store';

/** The unsaved state of the open document, kept so a crash does not lose it. */
export interface Draft {
  name: string;
  /** The file the document belongs to; null when it was never saved. */
  path: string | null;
  text: string;
  /** ISO 8601 time the draft was written. */
  savedAt: string;
}

function asDraft(value: unknown): Draft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, path, text, savedAt } = value as Record<string, unknown>;
  const valid =
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= MAX_NAME_LENGTH &&
    (path === null ||
      (typeof path === 'string' && path.length <= MAX_PATH_LENGTH && !path.includes('\0'))) &&
    typeof text === 'string' &&
    text.length <= MAX_MANIFEST_BYTES &&
    typeof savedAt === 'string' &&
    !Number.isNaN(Date.parse(savedAt));
  return valid ? { name, path, text, savedAt } : null;
}

/** A draft an earlier run left behind, waiting for the user's answer; `id` names its file. */
export interface EarlierDraft {
  id: string;
  draft: Draft;
}

const EARLIER_FILE = /^draft-[0-9a-z-]+\.json$/;

/**
 * The crash-recovery drafts, as JSON files in the user data folder: the running document's
 * (`current.json`), and those earlier runs left behind (`earlier/`), which stay until the user
 * recovers or discards them, however many starts that takes.
 */
export class DraftStore {
  readonly #serial = new Serial();

  constructor(private readonly file: string) {}

  get #earlierDirectory(): string {
    return path.join(path.dirname(this.file), 'earlier');
  }

  save(draft: Draft): Promise<void> {
    return this.#serial.run(() => writeJson(this.file, { version: 1, ...draft }));
  }

  /** The running document's draft, or null when there is none or it is damaged. */
  read(): Promise<Draft | null> {
    return this.#serial.run(async () => asDraft(await readJson(this.file)));
  }

  clear(): Promise<void> {
    return this.#serial.run(() => fs.rm(this.file, { force: true }));
  }

  /**
   * At start-up, before the window opens: the draft the last run left (it ended without removing
   * it, so it crashed) joins the earlier ones, out of reach of this run's own draft. Returns every
   * earlier draft, newest first; damaged ones are removed.
   */
  setAside(): Promise<EarlierDraft[]> {
    return this.#serial.run(async () => {
      const left = asDraft(await readJson(this.file));
      if (left) {
        const stamp = left.savedAt.replace(/[^0-9]/g, '').slice(0, 17);
        const id = `draft-${stamp}-${randomBytes(4).toString('hex')}.json`;
        await writeJson(path.join(this.#earlierDirectory, id), { version: 1, ...left });
      }
      await fs.rm(this.file, { force: true });
      return this.#listEarlier();
    });
  }

  /** Removes an earlier draft: recovered (it is the current one now) or discarded. */
  forget(id: string): Promise<void> {
    return this.#serial.run(async () => {
      if (EARLIER_FILE.test(id))
        await fs.rm(path.join(this.#earlierDirectory, id), { force: true });
    });
  }

  async #listEarlier(): Promise<EarlierDraft[]> {
    const names = await fs.readdir(this.#earlierDirectory).catch(() => [] as string[]);
    const found: EarlierDraft[] = [];
    for (const id of names.filter((name) => EARLIER_FILE.test(name))) {
      const draft = asDraft(await readJson(path.join(this.#earlierDirectory, id)));
      if (draft) found.push({ id, draft });
      else await fs.rm(path.join(this.#earlierDirectory, id), { force: true });
    }
    return found.sort((a, b) => Date.parse(b.draft.savedAt) - Date.parse(a.draft.savedAt));
  }
}
