import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a template shipped in assets/templates/. */
export function template(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../assets/templates/${name}`, import.meta.url)),
    'utf8',
  );
}
