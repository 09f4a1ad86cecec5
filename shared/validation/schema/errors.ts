import type { PathKey } from '../../manifest/nodes';
import type { RuleContext } from '../context';
import { schemaErrors } from './models';
import type { SchemaError } from './models';
import { ROOT_TYPES } from './known-fields';
import { schemaFor, type VersionSchema } from './versions';

export function pointerToPath(pointer: string): PathKey[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}

/**
 * Whether the target version's API has every field on the way to `pointer`: the validators are
 * of one version, and a value under a field the target lacks is schema/unknown-field's to report.
 */
function inTargetApi(schema: VersionSchema, rootType: string, pointer: string): boolean {
  let type: string | null = rootType;
  for (const key of pointerToPath(pointer)) {
    if (type === null) return true;
    if (typeof key === 'number') continue;
    const child: string | undefined = schema.fields[type]?.[key];
    if (child === undefined) return schema.fields[type] === undefined;
    type = child === '' ? null : child.replace(/^\[\]/, '');
  }
  return true;
}

/**
 * The validator's errors, grouped by the value they are about; requiredness is the target
 * version's (schema/required-field reads it from there), so `required` errors are left out.
 */
export function schemaErrorGroups(ctx: RuleContext): Map<string, SchemaError[]> {
  return ctx.memo('schema-errors', () => {
    const groups = new Map<string, SchemaError[]>();
    const schema = schemaFor(ctx.version);
    const rootType = ROOT_TYPES[ctx.kind];
    for (const error of schemaErrors(ctx.kind, ctx.root)) {
      if (error.keyword === 'required') continue;
      if (rootType && !inTargetApi(schema, rootType, error.instancePath)) continue;
      const list = groups.get(error.instancePath) ?? [];
      list.push(error);
      groups.set(error.instancePath, list);
    }
    return groups;
  });
}

/** The JSON pointer of a document path, as the validators write `instancePath`. */
export function pointerOf(path: readonly PathKey[]): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
