import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { checkManifestBytes, checkManifestSize, notUtf8Message } from '../../shared/host';
import type { OpenedFile } from '../../shared/host';
import { UserFacingError } from '../user-facing-error';
import { identityOf } from './file-identity';
import type { FileIdentity } from './file-identity';

/** A refusal whose message is meant for the user as it stands. */
export class ManifestReadError extends UserFacingError {
  override readonly name = 'ManifestReadError';

  constructor(
    message: string,
    readonly reason: 'missing' | 'unreadable' | 'not-a-manifest' = 'not-a-manifest',
  ) {
    super(message);
  }
}

/**
 * Reads a manifest file as UTF-8 text, refusing files that are too big, not regular files, binary
 * or not UTF-8, each with a message that says why, before anything tries to parse them.
 */
export async function readManifest(
  filePath: string,
  fs: Pick<typeof nodeFs, 'stat' | 'readFile'> = nodeFs,
): Promise<OpenedFile> {
  return (await readManifestFile(filePath, fs)).file;
}

/** `readManifest`, with the identity of the version read (to notice later changes on disk). */
export async function readManifestFile(
  filePath: string,
  fs: Pick<typeof nodeFs, 'stat' | 'readFile'> = nodeFs,
): Promise<{ file: OpenedFile; identity: FileIdentity }> {
  const name = path.basename(filePath);
  let stats;
  try {
    stats = await fs.stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ManifestReadError(`${name} does not exist any more.`, 'missing');
    if (code === 'EACCES' || code === 'EPERM') {
      throw new ManifestReadError(`You do not have permission to read ${name}.`, 'unreadable');
    }
    throw error;
  }
  if (!stats.isFile()) throw new ManifestReadError(`${name} is not a file.`);
  // Checked before reading, so a huge file is never loaded into memory.
  const tooBig = checkManifestSize(name, stats.size);
  if (tooBig) throw new ManifestReadError(tooBig);

  const bytes = await fs.readFile(filePath);
  const problem = checkManifestBytes(name, bytes);
  if (problem) throw new ManifestReadError(problem);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ManifestReadError(notUtf8Message(name));
  }
  return { file: { path: path.resolve(filePath), name, text }, identity: identityOf(stats, bytes) };
}
