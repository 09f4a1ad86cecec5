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
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { KNOWN_FIELDS, ROOT_TYPES } from '../../../shared/validation/schema/known-fields';

const require = createRequire(import.meta.url);
const TABLE = resolve(__dirname, '../../../shared/validation/schema/known-fields.ts');

/** The workload kinds the app edits, and where each one's model is declared. */
const ROOTS: Record<string, string> = {
  Pod: 'kubernetes-models/v1/Pod',
  ReplicationController: 'kubernetes-models/v1/ReplicationController',
  Deployment: 'kubernetes-models/apps/v1/Deployment',
  ReplicaSet: 'kubernetes-models/apps/v1/ReplicaSet',
  StatefulSet: 'kubernetes-models/apps/v1/StatefulSet',
  DaemonSet: 'kubernetes-models/apps/v1/DaemonSet',
  Job: 'kubernetes-models/batch/v1/Job',
  CronJob: 'kubernetes-models/batch/v1/CronJob',
};

function generate(): {
  roots: Record<string, string>;
  table: Record<string, Record<string, string>>;
} {
  const modelsRoot = dirname(require.resolve('kubernetes-models/package.json'));
  const machineryRoot = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));
  const files = Object.fromEntries(
    Object.entries(ROOTS).map(([kind, spec]) => [
      kind,
      resolve(modelsRoot, `${spec.replace(/^kubernetes-models\//, '')}.d.ts`),
    ]),
  );
  const program = ts.createProgram(Object.values(files), { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();

  const keyOf = (symbol: ts.Symbol): string | null => {
    const file = symbol.declarations?.[0]?.getSourceFile().fileName;
    if (!file) return null;
    const base = file.startsWith(machineryRoot)
      ? relative(machineryRoot, file).replace(/^apis\//, '')
      : relative(modelsRoot, file);
    return base.replace(/\.d\.ts$/, '');
  };
  const table: Record<string, Record<string, string>> = {};
  /** `inline` names an anonymous object type after the field that holds it. */
  const visit = (type: ts.Type, inline = ''): string => {
    const symbol = type.getSymbol();
    if (!symbol || !(type.flags & ts.TypeFlags.Object)) return '';
    if (type.getStringIndexType() || checker.getPropertiesOfType(type).length === 0) return '';
    const key = symbol.name === '__type' ? inline : keyOf(symbol);
    if (!key) return '';
    if (table[key]) return key;
    const fields: Record<string, string> = {};
    table[key] = fields;
    for (const prop of checker.getPropertiesOfType(type)) {
      let propType = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      let prefix = '';
      if (checker.isArrayType(propType)) {
        propType = checker.getTypeArguments(propType as ts.TypeReference)[0]!;
        prefix = '[]';
      }
      const child = visit(propType, `${key}.${prop.name}`);
      fields[prop.name] = child ? prefix + child : '';
    }
    return key;
  };
  const roots: Record<string, string> = {};
  for (const [kind, file] of Object.entries(files)) {
    const source = program.getSourceFile(file)!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    const exported = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === `I${kind}`)!;
    roots[kind] = visit(checker.getDeclaredTypeOfSymbol(exported));
  }
  const sorted = Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((k) => [k, table[k]!]),
  );
  return { roots, table: sorted };
}

function render(generated: ReturnType<typeof generate>): string {
  const version = (
    JSON.parse(readFileSync(require.resolve('kubernetes-models/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
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
    const generated = generate();
    if (process.env.UPDATE_KNOWN_FIELDS) writeFileSync(TABLE, render(generated));
    expect(ROOT_TYPES).toEqual(generated.roots);
    expect(KNOWN_FIELDS).toEqual(generated.table);
  }, 60_000);
});
