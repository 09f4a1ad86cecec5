import * as fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_RECENT_FILES } from '../../shared/host';
import type { RecentFile } from '../../shared/host';
import { MAX_PATH_LENGTH } from '../ipc/validate';
import { readJson, Serial, writeJson } from './json-store';

/**
 * True only when the file is known to be gone: nothing at that path (or a folder now). Any other
 * failure (a drive not mounted, a network share offline, no permission) may pass, so the file
 * keeps its place.
 */
async function isGone(filePath: string): Promise<boolean> {
  try {
    return !(await fs.stat(filePath)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

function samePath(a: string, b: string): boolean {
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Keeps only what could be a path we stored: absolute strings of sane length, once each. */
function sanitize(value: unknown): string[] {
  const files = (value as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  const paths: string[] = [];
  for (const file of files) {
    if (typeof file !== 'string' || file.length > MAX_PATH_LENGTH || file.includes('\0')) continue;
    if (!path.isAbsolute(file) || paths.some((known) => samePath(known, file))) continue;
    paths.push(file);
  }
  return paths.slice(0, MAX_RECENT_FILES);
}

/**
 * The recently opened and saved files, newest first, persisted as JSON in the user data folder.
 * Files that no longer exist are dropped when the list is read; files that cannot be reached just
 * now stay.
 */
export class RecentFiles {
  readonly #serial = new Serial();

  constructor(
    private readonly storePath: string,
    private readonly gone: (filePath: string) => Promise<boolean> = isGone,
  ) {}

  list(): Promise<RecentFile[]> {
    return this.#serial.run(async () => {
      const stored = sanitize(await readJson(this.storePath));
      const present: string[] = [];
      for (const file of stored) if (!(await this.gone(file))) present.push(file);
      if (present.length !== stored.length) await this.#write(present);
      return present.map(toRecentFile);
    });
  }

  add(filePath: string): Promise<void> {
    return this.#serial.run(async () => {
      const absolute = path.resolve(filePath);
      const others = sanitize(await readJson(this.storePath)).filter((p) => !samePath(p, absolute));
      await this.#write([absolute, ...others].slice(0, MAX_RECENT_FILES));
    });
  }

  remove(filePath: string): Promise<void> {
    return this.#serial.run(async () => {
      const absolute = path.resolve(filePath);
      const stored = sanitize(await readJson(this.storePath));
      await this.#write(stored.filter((p) => !samePath(p, absolute)));
    });
  }

  /** True when the path is on the stored list (so the user chose it at some point). */
  includes(filePath: string): Promise<boolean> {
    return this.#serial.run(async () => {
      const absolute = path.resolve(filePath);
      return sanitize(await readJson(this.storePath)).some((p) => samePath(p, absolute));
    });
  }

  clear(): Promise<void> {
    return this.#serial.run(() => this.#write([]));
  }

  #write(files: string[]): Promise<void> {
    return writeJson(this.storePath, { version: 1, files });
  }
}

function toRecentFile(filePath: string): RecentFile {
  return { path: filePath, name: path.basename(filePath) };
}
