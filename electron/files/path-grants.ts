import path from 'node:path';

/**
 * The paths the user has chosen through the main process (a dialog, the command line, a drop,
 * the recent list). The renderer may ask to save only to one of these, so a compromised page
 * cannot name an arbitrary file to overwrite.
 */
export class PathGrants {
  readonly #paths = new Set<string>();

  grant(filePath: string): void {
    this.#paths.add(PathGrants.key(filePath));
  }

  has(filePath: string): boolean {
    return this.#paths.has(PathGrants.key(filePath));
  }

  private static key(filePath: string): string {
    const resolved = path.resolve(filePath);
    return process.platform === 'win32' || process.platform === 'darwin'
      ? resolved.toLowerCase()
      : resolved;
  }
}
