/**
 * The object types a workload's Pod template reaches, read from the type declarations of
 * kubernetes-models (which are generated from the Kubernetes OpenAPI spec). The generated tables
 * of `shared/validation/schema/` (known fields, field docs) are built from this one walk.
 */
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** The workload kinds the app edits, and where each one's model is declared. */
const ROOTS: Record<string, string> = {
  Pod: 'v1/Pod',
  ReplicationController: 'v1/ReplicationController',
  Deployment: 'apps/v1/Deployment',
  ReplicaSet: 'apps/v1/ReplicaSet',
  StatefulSet: 'apps/v1/StatefulSet',
  DaemonSet: 'apps/v1/DaemonSet',
  Job: 'batch/v1/Job',
  CronJob: 'batch/v1/CronJob',
};

export interface DeclaredField {
  name: string;
  /** The field's own object type ('' for scalars and free-form maps), '[]' first for a list. */
  child: string;
  /** The field's type without null, and without the array around it for a list. */
  type: ts.Type;
  symbol: ts.Symbol;
  list: boolean;
}

export interface Declarations {
  roots: Record<string, string>;
  types: Record<string, { symbol: ts.Symbol; fields: DeclaredField[] }>;
  checker: ts.TypeChecker;
  /** The installed kubernetes-models version, for the generated files' headers. */
  version: string;
}

export function readDeclarations(): Declarations {
  const modelsRoot = dirname(require.resolve('kubernetes-models/package.json'));
  const machineryRoot = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));
  const files = Object.fromEntries(
    Object.entries(ROOTS).map(([kind, spec]) => [kind, resolve(modelsRoot, `${spec}.d.ts`)]),
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
  const types: Declarations['types'] = {};
  /** `inline` names an anonymous object type after the field that holds it. */
  const visit = (type: ts.Type, inline = ''): string => {
    const symbol = type.getSymbol();
    if (!symbol || !(type.flags & ts.TypeFlags.Object)) return '';
    if (type.getStringIndexType() || checker.getPropertiesOfType(type).length === 0) return '';
    const key = symbol.name === '__type' ? inline : keyOf(symbol);
    if (!key) return '';
    if (types[key]) return key;
    const fields: DeclaredField[] = [];
    types[key] = { symbol, fields };
    for (const prop of checker.getPropertiesOfType(type)) {
      let propType = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      let prefix = '';
      if (checker.isArrayType(propType)) {
        propType = checker.getTypeArguments(propType as ts.TypeReference)[0]!;
        prefix = '[]';
      }
      const child = visit(propType, `${key}.${prop.name}`);
      fields.push({
        name: prop.name,
        child: child ? prefix + child : '',
        type: propType,
        symbol: prop,
        list: prefix !== '',
      });
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
  const version = (
    JSON.parse(readFileSync(resolve(modelsRoot, 'package.json'), 'utf8')) as { version: string }
  ).version;
  return { roots, types, checker, version };
}
