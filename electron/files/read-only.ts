import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';

/**
 * True when the file exists and is read-only: its mode gives nobody write access (`chmod a-w`,
 * the Windows read-only attribute), or this user may not write it. An administrator may write
 * anything, so the mode is checked as well as the access check. Saving replaces the file by
 * renaming a new one over it, which a writable folder allows even for a read-only file; this is
 * what keeps that from happening.
 */
export async function isReadOnlyFile(filePath: string): Promise<boolean> {
  let mode: number;
  try {
    mode = (await fs.stat(filePath)).mode;
  } catch {
    return false;
  }
  if ((mode & 0o222) === 0) return true;
  try {
    await fs.access(filePath, constants.W_OK);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
