import { isMap, isNode, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { deref, keyText } from '../../manifest/nodes';
import type { PathKey } from '../../manifest/nodes';
import type { Report, Rule } from '../context';
import { isMergePair } from '../locate';
import { fieldName } from './field-name';
import { KNOWN_FIELDS, ROOT_TYPES } from './known-fields';

/** The closest known field, for a misspelt one (case or a letter or two off). */
function suggestion(key: string, known: readonly string[]): string | null {
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

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below it. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}

/**
 * Moving a misspelt field's value under the key it was meant to have, when that is safe: the
 * field is written in this mapping itself (not merged in from an anchor), and the right key is
 * not there already.
 */
function renameFix(
  node: YAMLMap,
  pair: Pair,
  path: readonly PathKey[],
  key: string,
  guess: string,
  doc: Document,
): Report['fix'] {
  if (node.items.some((p) => keyText(p) === guess)) return undefined;
  const value = isNode(pair.value) ? pair.value.toJS(doc) : pair.value;
  return {
    title: `Rename it ${guess}`,
    edits: [
      { type: 'setField', target: { document: true }, path: [...path, guess], value },
      { type: 'setField', target: { document: true }, path: [...path, key], value: undefined },
    ],
  };
}

function checkUnknownFields(
  node: Node | null,
  type: string,
  path: PathKey[],
  doc: Document,
  report: (report: Report) => void,
  depth = 0,
  merged = false,
): void {
  const fields = KNOWN_FIELDS[type];
  if (!fields || !isMap(node) || depth > 64) return;
  for (const pair of node.items) {
    const key = keyText(pair);
    if (key == null) continue;
    if (isMergePair(pair)) {
      // Merged mappings supply fields of this same object.
      const sources = deref(pair.value, doc);
      const list = isSeq(sources) ? sources.items.map((s) => deref(s, doc)) : [sources];
      for (const source of list) {
        checkUnknownFields(source, type, path, doc, report, depth + 1, true);
      }
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(fields, key)) {
      const known = Object.keys(fields);
      const guess = suggestion(key, known);
      const where = fieldName(path);
      const fix = guess && !merged ? renameFix(node, pair, path, key, guess, doc) : undefined;
      report({
        path: [...path, key],
        at: 'key',
        message: `Unknown field \`${key}\` in \`${where}\`${guess ? `: did you mean \`${guess}\`?` : '.'}`,
        ...(fix && { fix }),
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
      const itemType = child.slice(2);
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
