import { isAlias, isMap, isSeq, visit } from 'yaml';
import type { Node } from 'yaml';
import { isMergeKey, keyText } from '../manifest/nodes';
import type { PathKey } from '../manifest/nodes';

/** One use of an anchor: `*name` as a value, or as a `<<:` merge source. */
export interface AliasUse {
  /** Path of the alias node; for a merge, of the mapping that merges it. */
  path: PathKey[];
  source: string;
  merge: boolean;
}

/** The anchors defined on `node` and, when `deep`, anywhere inside it. */
export function anchorsOf(node: Node | null, deep: boolean): Set<string> {
  const anchors = new Set<string>();
  if (!node) return anchors;
  const own = (node as { anchor?: string }).anchor;
  if (own) anchors.add(own);
  if (deep) {
    visit(node, (_, n) => {
      const anchor = (n as { anchor?: string } | null)?.anchor;
      if (anchor) anchors.add(anchor);
    });
  }
  return anchors;
}

/**
 * Every alias of one of `anchors` outside the text range `[from, to)`, with its path from the
 * document's root. Aliases are not followed: each use is reported where it is written.
 */
export function aliasUses(
  root: unknown,
  anchors: ReadonlySet<string>,
  from: number,
  to: number,
): AliasUse[] {
  const uses: AliasUse[] = [];
  if (anchors.size === 0) return uses;
  /** `merging`: the path of the mapping whose `<<` holds the node, else null. */
  const walk = (node: unknown, path: PathKey[], merging: PathKey[] | null): void => {
    if (isAlias(node)) {
      const at = node.range?.[0] ?? -1;
      if (anchors.has(node.source) && (at < from || at >= to)) {
        uses.push({ path: merging ?? path, source: node.source, merge: merging !== null });
      }
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const merge = isMergeKey(pair.key) ? path : null;
        walk(pair.value, [...path, keyText(pair) ?? ''], merge);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i], merging));
    }
  };
  walk(root, [], null);
  return uses;
}
