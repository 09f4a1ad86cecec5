import { listedDocumentsOf, sameDocuments, usePod, usePodStoreApi } from '../store/pod-store';
import { useDocumentErrors } from '../store/problems';
import { offsetIn } from '../store/text-patch';
import { visibleText, type DocumentSummary } from '../../shared';

type Listed = ReturnType<typeof listedDocumentsOf>['documents'][number];

/** "2 errors": how many errors a document holds, said beside its name. */
export function errorCount(count: number): string {
  return `${count} error${count === 1 ? '' : 's'}`;
}

/**
 * How a document is named where the user is told what it holds, e.g. "Pod web (document 2)",
 * "document 3" (no kind): by its kind and name, and its number in the Document picker.
 */
export function documentName(d: DocumentSummary): string {
  const number = `document ${d.index + 1}`;
  return d.kind ? `${d.kind} ${visibleText(d.name ?? '')}`.trimEnd() + ` (${number})` : number;
}

/**
 * How a document is named in the list, e.g. "2. Pod web", "3. empty", "4. no kind", with its
 * errors: "2. Pod web — 2 errors", or "2. Pod web — does not parse" (its YAML is broken: the
 * others are shown and edited as they are).
 */
const labelOf = (d: Listed, errors: number) =>
  `${d.index + 1}. ${d.empty ? 'empty' : (d.kind ?? 'no kind')} ${visibleText(d.name ?? '')}`.trimEnd() +
  (d.broken
    ? ' — does not parse'
    : (d.editable ? '' : ' (not editable here)') + (errors > 0 ? ` — ${errorCount(errors)}` : ''));

/**
 * In a file of several documents, which one the canvas edits. Documents that hold no Pod (a
 * Service, a ConfigMap) are listed, not editable; their text is kept as it is. While the text
 * does not parse, the list is the one the canvas's Pod was read with, unless the text's own
 * documents are others (see listedDocumentsOf).
 *
 * Each Pod says how many errors it has, and a document whose YAML does not parse says so: the
 * Problems panel lists those of the document shown only, and an export writes every document.
 */
export function DocumentPicker() {
  const store = usePodStoreApi();
  const { documents, selected, chooseDocument, jumpTo } = usePod((s) => ({
    documents: listedDocumentsOf(s).documents,
    selected: listedDocumentsOf(s).selected,
    chooseDocument: s.chooseDocument,
    jumpTo: s.jumpTo,
  }));
  const counted = useDocumentErrors();
  if (documents.length < 2) return null;
  // Counted in the text last checked, which follows the listed one a moment later (or stays the
  // last good text while the listed one does not parse): while it names the same documents.
  const errorsOf = (d: Listed) =>
    counted && sameDocuments(counted.documents, documents) ? (counted.errors[d.index] ?? 0) : 0;
  const chosen = documents.find((d) => d.index === selected);
  return (
    <label className="document-picker">
      Document
      {/* A narrow pane cuts the chosen label short: the title shows the whole of it. */}
      <select
        value={selected ?? ''}
        title={chosen ? labelOf(chosen, errorsOf(chosen)) : undefined}
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
            {labelOf(d, errorsOf(d))}
          </option>
        ))}
      </select>
    </label>
  );
}
