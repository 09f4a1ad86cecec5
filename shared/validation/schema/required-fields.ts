import type { PathKey } from '../../manifest/nodes';
import type { RuleContext } from '../context';
import { ROOT_TYPES } from './known-fields';
import { schemaFor, type VersionSchema } from './versions';

/** A mapping that lacks a field its type requires in the target version. */
export interface MissingField {
  path: PathKey[];
  field: string;
}

function walk(
  schema: VersionSchema,
  value: unknown,
  type: string,
  path: PathKey[],
  out: MissingField[],
  depth: number,
): void {
  const fields = schema.fields[type];
  if (!fields || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  if (depth > 64) return;
  const object = value as Record<string, unknown>;
  for (const name of schema.required[type] ?? []) {
    if (!Object.prototype.hasOwnProperty.call(object, name))
      out.push({ path: [...path], field: name });
  }
  for (const [key, child] of Object.entries(object)) {
    const childType = fields[key];
    if (!childType) continue;
    path.push(key);
    if (!childType.startsWith('[]')) walk(schema, child, childType, path, out, depth + 1);
    else if (Array.isArray(child)) {
      const itemType = childType.slice(2);
      child.forEach((item, index) => {
        path.push(index);
        walk(schema, item, itemType, path, out, depth + 1);
        path.pop();
      });
    }
    path.pop();
  }
}

/**
 * The required fields the document lacks, by the target version's schema: the API's list of
 * required fields changes between versions (a StatefulSet's `serviceName` is required up to 1.32
 * and optional from 1.33 on), so the validators of one version cannot say.
 */
export function missingRequiredFields(ctx: RuleContext): MissingField[] {
  const type = ROOT_TYPES[ctx.kind];
  const out: MissingField[] = [];
  if (type) walk(schemaFor(ctx.version), ctx.root, type, [], out, 0);
  return out;
}
