import type { PathKey } from '../../manifest/nodes';
import type { RuleContext } from '../context';
import { schemaErrors } from './models';
import type { SchemaError } from './models';

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

/** The validator's errors, grouped by the value they are about. */
export function schemaErrorGroups(ctx: RuleContext): Map<string, SchemaError[]> {
  return ctx.memo('schema-errors', () => {
    const groups = new Map<string, SchemaError[]>();
    for (const error of schemaErrors(ctx.kind, ctx.root)) {
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
