import path from 'node:path';
import { UserFacingError } from '../user-facing-error';
import { atomicWrite } from './atomic-write';

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'the folder does not exist any more',
  EISDIR: 'a folder has that name',
};

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
