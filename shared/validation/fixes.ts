import { isAlias, isMap, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { findPair, isMergePair } from '../manifest/nodes';
import type { PathKey } from '../manifest/nodes';
import type { QuickFix } from './types';

/**
 * A fix that sets (or, with `undefined`, removes) the field at a document path. Rules find
 * problems by path, so a path is what they can name even when two containers share a name.
 */
export function setAt(path: readonly PathKey[], value: unknown, title: string): QuickFix {
  return {
    title,
    edits: [{ type: 'setField', target: { document: true }, path: [...path], value }],
  };
}

/**
 * Whether the field at `path` is shared with other places of the document: reached through an
 * alias, or supplied by a `<<` merge key. An edit there would change the other places too, so
 * the editor refuses it, and a fix that needs it is not offered.
 */
export function isShared(doc: Document, path: readonly PathKey[]): boolean {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isAlias(node)) return true;
    if (typeof key === 'number') {
      if (!isSeq(node)) return false;
      node = node.items[key];
    } else {
      if (!isMap(node)) return false;
      const pair = findPair(node, key);
      if (!pair) return node.items.some((p) => isMergePair(p));
      node = pair.value;
    }
  }
  return isAlias(node);
}

/** A fix whose every path-addressed edit leaves shared parts of the document alone. */
export function appliesAlone(doc: Document, fix: QuickFix): boolean {
  return fix.edits.every((edit) => {
    if (edit.type !== 'setField' && edit.type !== 'renameKey') return true;
    if (!('document' in edit.target)) return true;
    if (isShared(doc, edit.path)) return false;
    // A key renamed to one a `<<` merge key supplies would clash with it.
    return edit.type !== 'renameKey' || !isShared(doc, [...edit.path.slice(0, -1), edit.newKey]);
  });
}

/** The edits that find a container by `name` (a rename only needs one of that name to exist). */
const BY_NAME: ReadonlySet<string> = new Set([
  'moveContainer',
  'setMainContainer',
  'reorderInitContainer',
  'removeContainer',
]);

/**
 * A fix whose edits that name a container (`target: { container }`, `container`, or the `name`
 * of an edit that finds a container by it) each name one: while two containers share the name, such an edit is refused until one is renamed, so the
 * fix is not offered. (The duplicate name's own fix renames one; the others come back then.)
 */
export function namesOne(containerNames: readonly string[], fix: QuickFix): boolean {
  const count = (name: string) => containerNames.filter((n) => n === name).length;
  return fix.edits.every((edit) => {
    const target = 'target' in edit ? edit.target : undefined;
    const named = [
      target && 'container' in target ? target.container : undefined,
      'container' in edit ? edit.container : undefined,
      BY_NAME.has(edit.type) && 'name' in edit ? edit.name : undefined,
    ];
    return named.every((name) => typeof name !== 'string' || count(name) <= 1);
  });
}
