import { createContext, useContext } from 'react';
import type { EditTarget, FieldPath, PodDocument } from '../../shared';
import { plainScalarText, storedText, type StoredText } from '../../shared/inspect';
import { podDocumentOf, usePod } from '../store/pod-store';
import { READ_AT_ONCE_CHARS } from '../store/reading';
import { useAfterPaint } from '../store/use-after-paint';

const FormDocument = createContext<PodDocument | null>(null);

/**
 * The document the inspector's form shows, for its fields to read: one value, changed once per
 * text, so that a field follows in the form's own render and its own rhythm (see Inspector).
 */
export const FormDocumentScope = FormDocument.Provider;

/**
 * The Pod document the form around a field shows: the inspector's (FormDocumentScope). A form
 * shown on its own reads the store in the same rhythm: a text changed elsewhere once the frame
 * that follows it is painted, an edit of the inspector's own at once, so that a committed field
 * never shows its old text for a frame. Each field reading the store itself would render the
 * whole form in the key's own task, every key, and again once per field after the paint.
 */
export function useFormDocument(): PodDocument {
  const given = useContext(FormDocument);
  const shown = usePod((s) => (given ? null : podDocumentOf(s)));
  const ownEdit = usePod((s) => !given && s.textOrigin === 'inspector');
  const later = useAfterPaint(shown);
  return given ?? (ownEdit ? shown : later)!;
}

/** What a field that takes text shows of the value at a path below the form's target. */
export type TextOf = (path: FieldPath, value: unknown) => StoredText;

/**
 * `storedText` for the fields of one target: each value as the manifest writes it (`1.10`, not
 * the 1.1 it is read as), and why kubectl would not read it as text. The text's parse is read
 * only for a value kubectl may read otherwise (see storedText): in a field of text, which no
 * valid manifest has; in a quantity's, a number (`cpu: 1`). Not of a long text (read in the
 * worker): each field reads the whole text's layout, and a large Pod parsed here would hold up
 * the page at each key. There such a value is printed (see StoredText.asWritten): `1.10` shows
 * as 1.1, and in a field of text the Problems panel says how kubectl reads it.
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
