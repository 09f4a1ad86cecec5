import * as fs from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../user-facing-error';
import { hasManifestExtension } from './file-names';

/** Names Windows reserves for devices, whatever the extension (`NUL.yaml` is the null device). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A path on another machine or a device rather than a file on a local drive: UNC paths
 * (`\\server\share`, `//server/share`), the Win32 device namespaces (`\\.\`, `\\?\`) and, on
 * Windows, the reserved device names.
 */
export function isRemoteOrDevicePath(filePath: string, platform = process.platform): boolean {
  if (/^[\\/]{2}/.test(filePath)) return true;
  if (platform !== 'win32') return false;
  const stem = path.win32.basename(filePath).split('.')[0] ?? '';
  return WINDOWS_DEVICE_NAME.test(stem.trim());
}

function notLocal(name: string): UserFacingError {
  return new UserFacingError(
    `${name} is not on a drive of this computer (a network share or a device); open it with File → Open instead.`,
  );
}

/**
 * The real path of a file dropped on the window, once it is known to be a local `.yaml`/`.yml`
 * regular file. The path comes from the page, so it is checked as untrusted: a link is followed to
 * its target, which must itself be a YAML file, so a `pod.yaml` that points at a key file is
 * refused, and the path granted for saving is the target's.
 */
export async function resolveDroppedPath(filePath: string): Promise<string> {
  const name = path.basename(filePath);
  if (isRemoteOrDevicePath(filePath)) throw notLocal(name);
  if (!path.isAbsolute(filePath)) {
    throw new UserFacingError(`${name} is not a file on this computer.`);
  }
  if (!hasManifestExtension(filePath)) {
    throw new UserFacingError(`${name} is not a .yaml or .yml file.`);
  }
  let real: string;
  try {
    real = await fs.realpath(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserFacingError(`${name} does not exist (or links to a file that does not).`);
    }
    throw new UserFacingError(`${name} cannot be opened: ${(error as Error).message}`);
  }
  if (isRemoteOrDevicePath(real)) throw notLocal(name);
  if (!hasManifestExtension(real)) {
    throw new UserFacingError(
      `${name} links to ${path.basename(real)}, which is not a .yaml or .yml file.`,
    );
  }
  if (!(await fs.stat(real)).isFile()) {
    throw new UserFacingError(`${name} is not a file.`);
  }
  return real;
}
