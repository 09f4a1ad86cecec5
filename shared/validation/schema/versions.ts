import { parseKubeVersion, type KubeVersion } from '../version';
import { API_FIELDS, SCHEMA_VERSIONS } from './known-fields';

/** The API of one Kubernetes version, as validation and the editor read it. */
export interface VersionSchema {
  /** The version whose OpenAPI schema this is. */
  version: string;
  /**
   * For each object type, its fields, each with its own object type ('' for scalars and
   * free-form maps; '[]' first for a list of it).
   */
  fields: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** For each object type, the fields the API requires. */
  required: Readonly<Record<string, readonly string[]>>;
}

const minorOf = (version: string) => parseKubeVersion(version).minor;

/**
 * The schema a target version is checked against: its own, or for a version with none (1.31,
 * 1.35) the next newer one, so that no field it has is called unknown; the newest for any
 * version past it, the oldest for any before.
 */
export function schemaVersionFor(target: KubeVersion): string {
  if (target.major !== 1) return SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
  return (
    SCHEMA_VERSIONS.find((v) => minorOf(v) >= target.minor) ??
    SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!
  );
}

/** Whether `minor` lies in `from-to` (either end may be empty: open). */
function within(range: string, minor: number): boolean {
  const [from, to] = range.split('-') as [string, string];
  return (from === '' || minor >= minorOf(from)) && (to === '' || minor <= minorOf(to));
}

/**
 * One variant of a generated field, `child@from-to!from-to`, at `minor`: its object type and
 * whether it is required, or null when the version does not have it.
 */
function variantAt(variant: string, minor: number): { child: string; required: boolean } | null {
  const bang = variant.indexOf('!');
  const head = bang < 0 ? variant : variant.slice(0, bang);
  const at = head.indexOf('@');
  if (at >= 0 && !within(head.slice(at + 1), minor)) return null;
  const requiredIn = bang < 0 ? null : variant.slice(bang + 1);
  return {
    child: at < 0 ? head : head.slice(0, at),
    required: requiredIn !== null && (requiredIn === '' || within(requiredIn, minor)),
  };
}

function build(version: string): VersionSchema {
  const minor = minorOf(version);
  const fields: Record<string, Record<string, string>> = {};
  const required: Record<string, string[]> = {};
  for (const [type, encoded] of Object.entries(API_FIELDS)) {
    const own: Record<string, string> = {};
    const needed: string[] = [];
    for (const [name, variants] of Object.entries(encoded)) {
      for (const variant of variants.split(';')) {
        const found = variantAt(variant, minor);
        if (!found) continue;
        own[name] = found.child;
        if (found.required) needed.push(name);
        break;
      }
    }
    if (Object.keys(own).length === 0) continue;
    fields[type] = own;
    if (needed.length > 0) required[type] = needed;
  }
  return { version, fields, required };
}

const schemas = new Map<string, VersionSchema>();

/** The fields of every object type in the target version (built once per version). */
export function schemaFor(target: KubeVersion | string | undefined): VersionSchema {
  const parsed = typeof target === 'object' ? target : parseKubeVersion(target);
  const version = schemaVersionFor(parsed);
  let schema = schemas.get(version);
  if (!schema) {
    schema = build(version);
    schemas.set(version, schema);
  }
  return schema;
}
