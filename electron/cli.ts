import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasManifestExtension } from './files/file-names';

/**
 * The local path an argument names: a `file://` URL (as some file managers and desktop launchers
 * pass one) becomes its path; any other URL names no local file; anything else is a path,
 * resolved against `cwd`.
 */
function argumentPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      // A URL with a host (file://server/share) names a file on another machine.
      return new URL(arg).host === '' ? fileURLToPath(arg) : null;
    } catch {
      return null;
    }
  }
  // Other schemes (https:, and Windows drive letters are one letter, so c:\x stays a path).
  if (/^[a-z][a-z0-9+.-]+:/i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * The manifest named on a command line: the first argument that is not a switch and names a
 * .yaml or .yml file. `argv[0]` is the executable; in development `argv[1]` is the app folder
 * (`electron .`), which is skipped as well.
 */
export function manifestArgument(
  argv: readonly string[],
  cwd: string,
  isPackaged: boolean,
): string | null {
  const args = argv.slice(isPackaged ? 1 : 2);
  for (const arg of args) {
    if (arg === '--') continue;
    if (arg.startsWith('-')) continue;
    const filePath = argumentPath(arg, cwd);
    if (filePath !== null && hasManifestExtension(filePath)) return filePath;
  }
  return null;
}
