/**
 * `shared/validation/schema/known-fields.ts` lists, for every object type a workload's Pod
 * template can reach, the fields the Kubernetes API knows. It is generated from the type
 * declarations of kubernetes-models (which are generated from the Kubernetes OpenAPI spec),
 * because the package's validators accept unknown fields and `kubectl --validate=strict` does not.
 *
 * This test regenerates the table and fails when the committed one differs (after an upgrade of
 * kubernetes-models). To rewrite it: `UPDATE_KNOWN_FIELDS=1 npx vitest run --project unit
 * test/unit/validation/known-fields.test.ts`, then `npx prettier --write` the file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_FIELDS, ROOT_TYPES } from '../../../shared/validation/schema/known-fields';
import { readDeclarations, type Declarations } from './declarations';

const TABLE = resolve(__dirname, '../../../shared/validation/schema/known-fields.ts');

function generate(declarations: Declarations): {
  roots: Record<string, string>;
  table: Record<string, Record<string, string>>;
} {
  const table = Object.fromEntries(
    Object.keys(declarations.types)
      .sort()
      .map((key) => [
        key,
        Object.fromEntries(declarations.types[key]!.fields.map((f) => [f.name, f.child])),
      ]),
  );
  return { roots: declarations.roots, table };
}

function render(generated: ReturnType<typeof generate>, version: string): string {
  return [
    `// Generated from the type declarations of kubernetes-models ${version} by`,
    '// test/unit/validation/known-fields.test.ts; do not edit by hand.',
    '//',
    "// For each object type: its fields, and each field's own object type ('' for scalars and",
    "// free-form maps such as labels; a '[]' prefix for a list of that type).",
    '',
    `export const ROOT_TYPES: Readonly<Record<string, string>> = ${JSON.stringify(generated.roots)};`,
    '',
    `export const KNOWN_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(generated.table)};`,
    '',
  ].join('\n');
}

describe('the known-fields table', () => {
  it('matches the declarations of the installed kubernetes-models', () => {
    const declarations = readDeclarations();
    const generated = generate(declarations);
    if (process.env.UPDATE_KNOWN_FIELDS)
      writeFileSync(TABLE, render(generated, declarations.version));
    expect(ROOT_TYPES).toEqual(generated.roots);
    expect(KNOWN_FIELDS).toEqual(generated.table);
  }, 60_000);
});
