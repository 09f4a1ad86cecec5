import type { TrackedResult } from '../../edits/apply-edit';
import { EditError, TextEditor } from '../../edits/text-editor';
import type { PathKey } from '../nodes';
import type { ClusterRecord, Removal } from './find';

/** Later in the document first, so that removing a list item leaves earlier indices as they were. */
function compareDescending(a: readonly PathKey[], b: readonly PathKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

function within(path: readonly PathKey[], parent: readonly PathKey[]): boolean {
  return parent.length < path.length && parent.every((k, i) => path[i] === k);
}

/** The removals the clean-up makes: all but the optional ones, unless those are asked for too. */
export function chosenRemovals(record: ClusterRecord, withOptional: boolean): Removal[] {
  return record.removals.filter((r) => withOptional || !r.optional);
}

/**
 * Removes the chosen fields from the record's document, each as the edits remove a field: only
 * its lines go (with the comment lines directly above it), the document is read back after each
 * and must mean exactly what was left, and the other documents of the file stay byte for byte.
 */
export function cleanUpClusterRecord(
  text: string,
  record: ClusterRecord,
  withOptional = false,
): TrackedResult {
  const removals = chosenRemovals(record, withOptional);
  if (removals.length === 0) return { ok: false, error: 'There is nothing to remove.' };
  const paths = removals.map((r) => r.path);
  const ordered = [...removals]
    .filter((r) => !paths.some((p) => within(r.path, p)))
    .sort((a, b) => compareDescending(a.path, b.path));
  try {
    const editor = new TextEditor(text, record.document);
    for (const removal of ordered) editor.delete(removal.path, removal.keep);
    editor.verify();
    return { ok: true, text: editor.text, splices: editor.splices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error:
        error instanceof EditError
          ? `The clean-up could not be made: ${message}`
          : `The clean-up failed unexpectedly: ${message}`,
    };
  }
}
