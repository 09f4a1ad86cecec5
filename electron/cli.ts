import path from 'node:path';
import { hasManifestExtension } from './files/file-names';

/**
 * The manifest named on a command line, resolved against `cwd`: the first argument that is not a
 * switch and ends in .yaml or .yml. `argv[0]` is the executable; in development `argv[1]` is the
 * app folder (`electron .`), which is skipped as well.
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
    if (hasManifestExtension(arg)) return path.resolve(cwd, arg);
  }
  return null;
}
