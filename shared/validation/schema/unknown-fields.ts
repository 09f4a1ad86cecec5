import { isMap, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { deref, isMergePair, keyText } from '../../manifest/nodes';
import type { PathKey } from '../../manifest/nodes';
import type { Report, Rule } from '../context';
import { pointerOf } from './errors';
import { fieldName } from './field-name';
import { parseKubeVersion } from '../version';
import { ROOT_TYPES, SCHEMA_VERSIONS } from './known-fields';
import { schemaFor, type VersionSchema } from './versions';
import { suggestion } from '../../text/suggest';

const itemTypes = new Map<string, string>();

/**
 * `v1/Container` for `[]v1/Container`, the same string every time: a string sliced afresh is
 * hashed afresh when it looks up its fields, once per list on every keystroke.
 */
function itemTypeOf(listType: string): string {
  let type = itemTypes.get(listType);
  if (type === undefined) {
    type = listType.slice(2);
    itemTypes.set(listType, type);
  }
  return type;
}

/** What one walk over a document reads: the target's schema, the document, where to report. */
interface Walk {
  schema: VersionSchema;
  doc: Document;
  report: (report: Report) => void;
  /** Fields another rule explains better (JSON pointers): a native sidecar's restartPolicy. */
  explained: ReadonlySet<string>;
}

/**
 * "Kubernetes 1.34 and later have it", for a field that the target version lacks and another
 * version has: the fix is then the target version (or the field's removal), not a rename.
 */
function otherVersions(type: string, key: string, target: string): string | null {
  const having = SCHEMA_VERSIONS.filter((v) => schemaFor(v).fields[type]?.[key] !== undefined);
  if (having.length === 0) return null;
  const newer = having.filter((v) => parseKubeVersion(v).minor > parseKubeVersion(target).minor);
  const range =
    newer.length > 0 ? `${newer[0]} and later have it` : `up to ${having.at(-1)} had it`;
  return `Kubernetes ${range}; the target version (in Settings) is ${target}.`;
}

function reportUnknown(
  walk: Walk,
  node: YAMLMap,
  pair: Pair,
  key: string,
  type: string,
  path: PathKey[],
) {
  const { schema } = walk;
  const where = fieldName(path);
  const elsewhere = otherVersions(type, key, schema.version);
  if (elsewhere && walk.explained.has(pointerOf([...path, key]))) return;
  if (elsewhere) {
    walk.report({
      path: [...path, key],
      at: 'key',
      message: `\`${key}\` in \`${where}\` is not a field of the Kubernetes ${schema.version} API: ${elsewhere}`,
    });
    return;
  }
  const guess = suggestion(key, Object.keys(schema.fields[type]!));
  // Renamed where it stands (its value and comments stay), unless that key is there already.
  const free = guess !== null && !node.items.some((p) => keyText(p) === guess);
  walk.report({
    path: [...path, key],
    at: 'key',
    message: `Unknown field \`${key}\` in \`${where}\`${guess ? `: did you mean \`${guess}\`?` : '.'}`,
    fix: free
      ? {
          title: `Rename to ${guess}`,
          edits: [
            { type: 'renameKey', target: { document: true }, path: [...path, key], newKey: guess },
          ],
        }
      : undefined,
  });
}

function checkUnknownFields(
  walk: Walk,
  node: Node | null,
  type: string,
  path: PathKey[],
  depth = 0,
) {
  const { doc } = walk;
  const fields = walk.schema.fields[type];
  if (!fields || !isMap(node) || depth > 64) return;
  for (const pair of node.items) {
    const key = keyText(pair);
    if (key == null) continue;
    if (!Object.prototype.hasOwnProperty.call(fields, key)) {
      // No field is named `<<`: a merge key is looked for among the unknown keys only.
      if (isMergePair(pair)) {
        // Merged mappings supply fields of this same object.
        const sources = deref(pair.value, doc);
        const list = isSeq(sources) ? sources.items.map((s) => deref(s, doc)) : [sources];
        for (const source of list) checkUnknownFields(walk, source, type, path, depth + 1);
        continue;
      }
      reportUnknown(walk, node, pair as Pair, key, type, path);
      continue;
    }
    const child = fields[key]!;
    if (!child) continue;
    const value = deref(pair.value, doc);
    // `path` is the walk's own stack (a report copies it): no new array for every field.
    path.push(key);
    if (!child.startsWith('[]')) {
      checkUnknownFields(walk, value, child, path, depth + 1);
    } else if (isSeq(value)) {
      const itemType = itemTypeOf(child);
      value.items.forEach((item, index) => {
        path.push(index);
        checkUnknownFields(walk, deref(item, doc), itemType, path, depth + 1);
        path.pop();
      });
    }
    path.pop();
  }
}

export const unknownField: Rule = {
  id: 'schema/unknown-field',
  severity: 'error',
  title: 'Unknown field',
  explanation:
    '`kubectl apply` validates strictly: a field the API does not know, often a typo or a wrong indentation (`volumemounts`, `port` instead of `containerPort`, a field one level too deep), is an error rather than silently dropped.',
  check(ctx, report) {
    const type = ROOT_TYPES[ctx.kind];
    if (!type) return;
    const root = deref(ctx.doc.contents, ctx.doc);
    // Before 1.28, lint/native-sidecar-version says what a native sidecar needs, with a fix.
    const explained = new Set(
      ctx.containers
        .filter((c) => c.role === 'native-sidecar')
        .map((c) => pointerOf([...c.path, 'restartPolicy'])),
    );
    const walk = { schema: schemaFor(ctx.version), doc: ctx.doc, report, explained };
    checkUnknownFields(walk, root, type, []);
  },
};
