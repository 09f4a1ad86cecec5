import { parsedOf, usePod } from '../store/pod-store';
import { visibleText } from '../../shared';

/**
 * In a file of several documents, which one the canvas edits. Documents that hold no Pod (a
 * Service, a ConfigMap) are listed, not editable; their text is kept as it is.
 */
export function DocumentPicker() {
  const { documents, selected, chooseDocument } = usePod((s) => ({
    documents: parsedOf(s).documents,
    selected: parsedOf(s).selected,
    chooseDocument: s.chooseDocument,
  }));
  if (documents.length < 2) return null;
  return (
    <label className="document-picker">
      Document
      <select
        value={selected ?? ''}
        onChange={(event) => chooseDocument(Number(event.target.value))}
      >
        {documents.map((d) => (
          <option key={d.index} value={d.index} disabled={!d.editable}>
            {d.index + 1}. {d.kind ?? 'unknown kind'} {visibleText(d.name ?? '')}
            {d.editable ? '' : ' (not editable here)'}
          </option>
        ))}
      </select>
    </label>
  );
}
