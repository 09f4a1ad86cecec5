import { parsedOf, usePod } from '../store/pod-store';
import { visibleText } from '../../shared';

type Listed = ReturnType<typeof parsedOf>['documents'][number];

/** How a document is named in the list, e.g. "2. Pod web", "3. empty", "4. no kind". */
const labelOf = (d: Listed) =>
  `${d.index + 1}. ${d.empty ? 'empty' : (d.kind ?? 'no kind')} ${visibleText(d.name ?? '')}`.trimEnd() +
  (d.editable ? '' : ' (not editable here)');

/**
 * In a file of several documents, which one the canvas edits. Documents that hold no Pod (a
 * Service, a ConfigMap) are listed, not editable; their text is kept as it is.
 */
export function DocumentPicker() {
  const { documents, selected, chooseDocument, jumpTo } = usePod((s) => ({
    documents: parsedOf(s).documents,
    selected: parsedOf(s).selected,
    chooseDocument: s.chooseDocument,
    jumpTo: s.jumpTo,
  }));
  if (documents.length < 2) return null;
  const chosen = documents.find((d) => d.index === selected);
  return (
    <label className="document-picker">
      Document
      {/* A narrow pane cuts the chosen label short: the title shows the whole of it. */}
      <select
        value={selected ?? ''}
        title={chosen ? labelOf(chosen) : undefined}
        onChange={(event) => {
          const index = Number(event.target.value);
          chooseDocument(index);
          // The editor shows the document's first line; the focus stays on the picker.
          const chosen = documents.find((d) => d.index === index);
          if (chosen) jumpTo(chosen.range.from, false);
        }}
      >
        {documents.map((d) => (
          <option key={d.index} value={d.index} disabled={!d.editable}>
            {labelOf(d)}
          </option>
        ))}
      </select>
    </label>
  );
}
