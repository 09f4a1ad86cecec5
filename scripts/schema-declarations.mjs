/**
 * The values each enum field accepts, with what each one means, and each field's description,
 * read from the declarations of the installed kubernetes-models: the OpenAPI models of
 * @kubernetes/client-node leave out enum values, and the descriptions of fields of object types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The declaration file of a type key: `v1/Container`, `apps/v1/Deployment`, `meta/v1/ObjectMeta`. */
function declarationFile(require, key) {
  const models = dirname(require.resolve('kubernetes-models/package.json'));
  const machinery = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));
  return key.startsWith('meta/')
    ? join(machinery, 'apis', `${key}.d.ts`)
    : join(models, `${key}.d.ts`);
}

/** Splits "…\n\nPossible enum values:\n - `"Always"` means …" into the values and meanings. */
function describedValues(text) {
  const at = text.indexOf('Possible enum values:');
  if (at < 0) return [];
  const values = [];
  for (const line of text.slice(at).split('\n')) {
    const match = /^\s*-\s*`"([^"]*)"`\s*(.*)$/.exec(line);
    if (match) values.push([match[1], match[2].trim()]);
  }
  return values;
}

/** `"SCTP" | "TCP" | "UDP"` → the three strings; any other type → none. */
function literalValues(type) {
  const parts = type
    .replace(/^Array<(.*)>$/, '$1')
    .split('|')
    .map((part) => part.trim());
  return parts.every((part) => /^"[^"]*"$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
}

export function readDeclarations(require, typeKeys) {
  const values = {};
  const descriptions = {};
  for (const key of typeKeys) {
    const file = declarationFile(require, key);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const start = text.search(/export interface I\w+(?: extends [\w, ]+)? \{/);
    if (start < 0) continue;
    const body = text.slice(start, text.indexOf('\n}', start));
    const property = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?"([^"]+)"\??: ([^;]+);/g;
    for (const match of body.matchAll(property)) {
      const comment = (match[1] ?? '').replace(/^\s*\*\s?/gm, '');
      const described = describedValues(comment);
      const found = described.length > 0 ? described : literalValues(match[3]).map((v) => [v, '']);
      if (found.length > 0) values[`${key}.${match[2]}`] = found;
      const at = comment.indexOf('Possible enum values:');
      descriptions[`${key}.${match[2]}`] = (at < 0 ? comment : comment.slice(0, at)).trim();
    }
  }
  const version = JSON.parse(
    readFileSync(require.resolve('kubernetes-models/package.json'), 'utf8'),
  ).version;
  return { version, values, descriptions };
}
