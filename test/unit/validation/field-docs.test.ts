/**
 * `shared/validation/schema/field-docs.ts` holds, for every object type a workload's spec
 * reaches, each field's type, description (from the Kubernetes API reference, as the OpenAPI
 * spec carries it into kubernetes-models' declarations), whether it is required, and its
 * enum values. It is generated from the same declarations as the known-fields table, so the
 * editor's completion and hover speak of exactly the fields validation accepts.
 *
 * This test regenerates the table and fails when the committed one differs. To rewrite it:
 * `UPDATE_FIELD_DOCS=1 npx vitest run --project unit test/unit/validation/field-docs.test.ts`,
 * then `npx prettier --write` the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readDeclarations, type DeclaredField, type Declarations } from './declarations';
import type { FieldDoc, TypeDocs } from '../../../shared/validation/schema/field-doc-types';

const TABLE = resolve(__dirname, '../../../shared/validation/schema/field-docs.ts');

/** The scalar kinds of the API, named as its reference names them. */
function scalarOf(field: DeclaredField, checker: ts.TypeChecker): string {
  const { type } = field;
  const alias = type.aliasSymbol?.name;
  if (alias === 'IQuantity') return 'quantity';
  if (alias === 'IIntOrString') return 'int-or-string';
  if (type.getStringIndexType()) return 'map';
  if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  if (type.isUnion() && type.types.every((t) => t.flags & ts.TypeFlags.StringLiteral))
    return 'string';
  if (type.isUnion() && type.types.every((t) => t.flags & ts.TypeFlags.BooleanLiteral))
    return 'boolean';
  return checker.typeToString(type) === 'object' ? 'map' : 'object';
}

/** Splits "…\n\nPossible enum values:\n - `"Always"` means …" into the text and the values. */
function splitEnum(text: string): { description: string; values: [string, string][] } {
  const at = text.indexOf('Possible enum values:');
  if (at < 0) return { description: text.trim(), values: [] };
  const values: [string, string][] = [];
  for (const line of text.slice(at).split('\n')) {
    const match = /^\s*-\s*`"([^"]*)"`\s*(.*)$/.exec(line);
    if (match) values.push([match[1]!, match[2]!.trim()]);
  }
  return { description: text.slice(0, at).trim(), values };
}

function literalValues(type: ts.Type): string[] {
  const members = type.isUnion() ? type.types : [type];
  return members.flatMap((t) => (t.isStringLiteral() ? [t.value] : []));
}

function generate(declarations: Declarations): Record<string, TypeDocs> {
  const { types, roots, checker } = declarations;
  // What a user writes: the spec and metadata around it, not the status the cluster reports.
  const reached = new Set<string>();
  const reach = (key: string) => {
    if (!key || reached.has(key)) return;
    reached.add(key);
    for (const field of types[key]!.fields)
      if (field.name !== 'status') reach(field.child.replace(/^\[\]/, ''));
  };
  Object.values(roots).forEach(reach);
  const table: Record<string, TypeDocs> = {};
  for (const key of [...reached].sort()) {
    const docs: Record<string, FieldDoc> = {};
    for (const field of types[key]!.fields) {
      if (field.name === 'status') continue;
      const text = ts.displayPartsToString(field.symbol.getDocumentationComment(checker));
      const { description, values } = splitEnum(text);
      const literals = literalValues(field.type);
      const t = field.child || `${field.list ? '[]' : ''}${scalarOf(field, checker)}`;
      const doc: FieldDoc = { t, d: description };
      if (!(field.symbol.flags & ts.SymbolFlags.Optional)) doc.r = 1;
      if (values.length > 0) doc.e = values;
      else if (literals.length > 0) doc.e = literals.map((v) => [v, '']);
      docs[field.name] = doc;
    }
    table[key] = docs;
  }
  return table;
}

function render(table: Record<string, TypeDocs>, version: string): string {
  return [
    `// Generated from the type declarations of kubernetes-models ${version} by`,
    '// test/unit/validation/field-docs.test.ts; do not edit by hand.',
    '//',
    '// Loaded on demand (a dynamic import): only the editor and the inspector hints need it.',
    '',
    "import type { TypeDocs } from './field-doc-types';",
    '',
    `export const FIELD_DOCS: Readonly<Record<string, TypeDocs>> = ${JSON.stringify(table)};`,
    '',
  ].join('\n');
}

describe('the field-docs table', () => {
  it('matches the declarations of the installed kubernetes-models', async () => {
    const declarations = readDeclarations();
    const table = generate(declarations);
    if (process.env.UPDATE_FIELD_DOCS) writeFileSync(TABLE, render(table, declarations.version));
    const { FIELD_DOCS } = await import('../../../shared/validation/schema/field-docs');
    expect(FIELD_DOCS).toEqual(table);
    expect(readFileSync(TABLE, 'utf8')).toContain(`kubernetes-models ${declarations.version}`);
  }, 60_000);

  it('describes the fields a person looks up, with the words of the API reference', async () => {
    const { FIELD_DOCS } = await import('../../../shared/validation/schema/field-docs');
    const container = FIELD_DOCS['v1/Container']!;
    expect(container.name).toMatchObject({ t: 'string', r: 1 });
    expect(container.imagePullPolicy!.e!.map(([v]) => v)).toEqual([
      'Always',
      'IfNotPresent',
      'Never',
    ]);
    expect(container.ports!.t).toBe('[]v1/ContainerPort');
    expect(FIELD_DOCS['v1/PodSpec']!.terminationGracePeriodSeconds!.d).toMatch(/gracefully/);
    expect(FIELD_DOCS['v1/HTTPGetAction']!.port!.t).toBe('int-or-string');
    expect(FIELD_DOCS['v1/PodSpec']!.status).toBeUndefined();
    expect(container.command!.t).toBe('[]string');
  });
});
