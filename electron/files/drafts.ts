import * as fs from 'node:fs/promises';
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

/** One crash-recovery draft, as a JSON file in the user data folder. */
export class DraftStore {
  readonly #serial = new Serial();

  constructor(private readonly file: string) {}

  save(draft: Draft): Promise<void> {
    return this.#serial.run(() => writeJson(this.file, { version: 1, ...draft }));
  }

  /** The stored draft, or null when there is none or it is damaged. */
  read(): Promise<Draft | null> {
    return this.#serial.run(async () => asDraft(await readJson(this.file)));
  }

  clear(): Promise<void> {
    return this.#serial.run(() => fs.rm(this.file, { force: true }));
  }
}
