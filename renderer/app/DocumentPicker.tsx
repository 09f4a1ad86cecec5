import { listedDocumentsOf, usePod, usePodStoreApi } from '../store/pod-store';
import { offsetIn } from '../store/text-patch';
import { visibleText } from '../../shared';

type Listed = ReturnType<typeof listedDocumentsOf>['documents'][number];

/** How a document is named in the list, e.g. "2. Pod web", "3. empty", "4. no kind". */
const labelOf = (d: Listed) =>
  `${d.index + 1}. ${d.empty ? 'empty' : (d.kind ?? 'no kind')} ${visibleText(d.name ?? '')}`.trimEnd() +
  (d.editable ? '' : ' (not editable here)');

/**
 * In a file of several documents, which one the canvas edits. Documents that hold no Pod (a
 * Service, a ConfigMap) are listed, not editable; their text is kept as it is. While the text
 * does not parse, the list is the one the canvas's Pod was read with (see listedDocumentsOf).
 */
export function DocumentPicker() {
  const store = usePodStoreApi();
  const { documents, selected, chooseDocument, jumpTo } = usePod((s) => ({
    documents: listedDocumentsOf(s).documents,
    selected: listedDocumentsOf(s).selected,
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
          const listedIn = listedDocumentsOf(store.getState()).text;
          chooseDocument(index);
          // The editor shows the document's first line; the focus stays on the picker. A list
          // of the last good text has its places in that text: the editor's may differ.
          const chosen = documents.find((d) => d.index === index);
          if (chosen) jumpTo(offsetIn(listedIn, store.getState().text, chosen.range.from), false);
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
