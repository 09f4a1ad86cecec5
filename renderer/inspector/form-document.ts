import type { EditTarget, FieldPath, PodDocument } from '../../shared';
import { plainScalarText, storedText, type StoredText } from '../../shared/inspect';
import { podDocumentOf, usePod } from '../store/pod-store';
import { READ_AT_ONCE_CHARS } from '../store/reading';
import { useAfterPaint } from '../store/use-after-paint';

/**
 * The Pod document the form around a field shows, read in the same rhythm (see Inspector): a
 * text changed elsewhere once the frame that follows it is painted, an edit of the inspector's
 * own at once, so that a committed field never shows its old text for a frame.
 */
export function useFormDocument(): PodDocument {
  const shown = usePod(podDocumentOf);
  const ownEdit = usePod((s) => s.textOrigin === 'inspector');
  const later = useAfterPaint(shown);
  return ownEdit ? shown : later;
}

/** What a field that takes text shows of the value at a path below the form's target. */
export type TextOf = (path: FieldPath, value: unknown) => StoredText;

/**
 * `storedText` for the fields of one target: each value as the manifest writes it (`1.10`, not
 * the 1.1 it is read as), and why kubectl would not read it as text. The text's parse is read
 * only for a value kubectl may read otherwise (see storedText), which no valid manifest has; not
 * of a long text (read in the worker): each field reads the whole text's layout, and a large Pod
 * parsed here would hold up the page at each key. There such a value is printed (see
 * StoredText.asWritten), and the Problems panel says how kubectl reads it.
 */
export function useTextOf(target: EditTarget): TextOf {
  const doc = useFormDocument();
  return (path, value) =>
    storedText(value, () => {
      const document = doc.chosen ?? doc.parsed.selected;
      if (document === null || doc.text.length > READ_AT_ONCE_CHARS) return null;
      return plainScalarText(doc.text, document, target, path);
    });
}
