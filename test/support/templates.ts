import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a template shipped in assets/templates/ (tests run from the repository's root). */
export function template(name: string): string {
  return readFileSync(join(process.cwd(), 'assets', 'templates', name), 'utf8');
}
