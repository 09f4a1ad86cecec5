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
