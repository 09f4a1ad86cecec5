import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import type { Stats } from 'node:fs';

/**
 * Which version of a file Pod Builder last read or wrote: enough of its metadata to notice most
 * changes without reading it, and a hash of its bytes to decide when the metadata moved (a
 * `touch`, a copy of the same text) but the content did not.
 */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
  sha256: string;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function identityOf(stats: Stats, bytes: Uint8Array | string): FileIdentity {
  return {
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    ino: stats.ino,
    dev: stats.dev,
    sha256: hashBytes(bytes),
  };
}

/** What is at the path now, compared with the version last seen. */
export type DiskChange =
  { kind: 'same' } | { kind: 'missing' } | { kind: 'changed'; identity: FileIdentity };

function sameMetadata(stats: Stats, known: FileIdentity): boolean {
  return (
    stats.size === known.size &&
    stats.mtimeMs === known.mtimeMs &&
    stats.ino === known.ino &&
    stats.dev === known.dev
  );
}

/**
 * Compares the file at `filePath` with `known`. Unchanged metadata means unchanged; otherwise its
 * bytes are hashed, so only a change of content counts. A file that is gone, or is no longer a
 * file, is `missing`; any other failure to look (a drive gone offline) is thrown to the caller.
 */
export async function compareWithDisk(
  filePath: string,
  known: FileIdentity | null,
): Promise<DiskChange> {
  let stats: Stats;
  try {
    stats = await fs.stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    throw error;
  }
  if (!stats.isFile()) return { kind: 'missing' };
  if (known && sameMetadata(stats, known)) return { kind: 'same' };
  const identity = identityOf(stats, await fs.readFile(filePath));
  return known && identity.sha256 === known.sha256
    ? { kind: 'same' }
    : { kind: 'changed', identity };
}

/** The identity of a file just written with `data`. */
export async function identityAfterWrite(
  filePath: string,
  data: Uint8Array | string,
): Promise<FileIdentity> {
  return identityOf(await fs.stat(filePath), data);
}
