import { isMap, isNode, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { deref, isMergePair, keyText } from '../../manifest/nodes';
import type { PathKey } from '../../manifest/nodes';
import { MAX_ALIAS_COUNT } from '../../manifest/load';
import type { Report, Rule } from '../context';
import { setAt } from '../fixes';
import { fieldName } from './field-name';
import { KNOWN_FIELDS, ROOT_TYPES } from './known-fields';

/** The closest known field, for a misspelt one (case or a letter or two off). */
export function suggestion(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edit distance in which two neighbouring letters swapped count as one edit, as they are one
 * slip of the fingers (`nmae` is one from `name`, where plain Levenshtein makes it two, as far
 * as `image`); gives up (returning `limit`) once it cannot be below it.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}

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

function plainValue(value: unknown, doc: Document): unknown {
  const node = deref(value as Node | null, doc);
  return isNode(node) ? node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : (node ?? null);
}

function checkUnknownFields(
  node: Node | null,
  type: string,
  path: PathKey[],
  doc: Document,
  report: (report: Report) => void,
  depth = 0,
): void {
  const fields = KNOWN_FIELDS[type];
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
        for (const source of list) checkUnknownFields(source, type, path, doc, report, depth + 1);
        continue;
      }
      const known = Object.keys(fields);
      const guess = suggestion(key, known);
      const where = fieldName(path);
      // Renaming moves the value under the right key, unless that key is there already.
      const free = guess !== null && !node.items.some((p) => keyText(p) === guess);
      report({
        path: [...path, key],
        at: 'key',
        message: `Unknown field \`${key}\` in \`${where}\`${guess ? `: did you mean \`${guess}\`?` : '.'}`,
        fix: free
          ? {
              title: `Rename to ${guess}`,
              edits: [
                ...setAt([...path, guess], plainValue(pair.value, doc), '').edits,
                ...setAt([...path, key], undefined, '').edits,
              ],
            }
          : undefined,
      });
      continue;
    }
    const child = fields[key]!;
    if (!child) continue;
    const value = deref(pair.value, doc);
    // `path` is the walk's own stack (a report copies it): no new array for every field.
    path.push(key);
    if (!child.startsWith('[]')) {
      checkUnknownFields(value, child, path, doc, report, depth + 1);
    } else if (isSeq(value)) {
      const itemType = itemTypeOf(child);
      value.items.forEach((item, index) => {
        path.push(index);
        checkUnknownFields(deref(item, doc), itemType, path, doc, report, depth + 1);
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
    checkUnknownFields(root, type, [], ctx.doc, report);
  },
};
