import { useCallback, useState, type ReactNode } from 'react';
import { documentAt, podDocument, visibleText } from '../../shared';
import type { DocumentSummary, Host, ProblemSettings, Refusal, TextRange } from '../../shared';
import { useSettings } from '../settings/settings-store';
import { goodModelOf, listedDocumentsOf, type PodStore } from '../store/pod-store';
import { Dialog } from './Dialog';
import { documentName } from './DocumentPicker';

/** An error found in the manifest: a problem or a syntax error, and who refuses it. */
export interface Blocker {
  line: number;
  col: number;
  message: string;
  refusedBy: Refusal;
  /** In a file of several documents, the one that holds it ("Pod one (document 2)"). */
  document?: string;
}

/** True for a file of several objects (a `---` left at its end starts no other). */
function holdsSeveral(documents: readonly DocumentSummary[]): boolean {
  return documents.filter((d) => !d.empty).length > 1;
}

/**
 * What stops an export of `text` without asking: its syntax errors, else the errors of every
 * workload of the file, each checked as the document shown is (the export writes them all, not
 * only the one chosen in the picker), each with the document that holds it when there are
 * several. A problem of the whole text (a hidden character) is listed once.
 */
export function exportBlockers(
  text: string,
  document: number | null,
  settings: ProblemSettings,
): Blocker[] {
  const { parsed } = podDocument(text, document);
  const { documents } = parsed;
  const several = holdsSeveral(documents);
  const blocker = (
    found: { line: number; col: number; message: string; range: TextRange },
    refusedBy: Refusal,
  ): Blocker => {
    const { line, col, message } = found;
    const holder = several ? documentAt(documents, found.range.from) : undefined;
    return { line, col, message, refusedBy, ...(holder && { document: documentName(holder) }) };
  };
  if (parsed.status === 'invalid-yaml') {
    return parsed.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => blocker(d, 'api-server'));
  }
  const seen = new Set<string>();
  const problems = documents
    .filter((d) => d.editable)
    .flatMap((d) => podDocument(text, d.index).problems(settings))
    .filter((p) => {
      const key = `${p.ruleId} ${p.line}:${p.col} ${p.message}`;
      if (p.severity !== 'error' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p) => blocker(p, p.refusedBy));
  // A document of no workload has no checks but its own (a kind mistyped, a ConfigMap's number).
  const refused = documents.flatMap((d) => (d.errors ?? []).map((e) => blocker(e, 'api-server')));
  return [...problems, ...refused].sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * The name an export of `text` suggests. A file of one Pod is named after the Pod (`web.yaml`).
 * A file of several documents is exported whole, whichever the canvas shows: named after the
 * Pod shown, `kubectl apply -f` would apply the others unlooked-for; it is named after the file.
 * (While the text does not parse, its documents are those of the last text that did.)
 */
export function exportName(
  text: string,
  document: number | null,
  file: { fileName: string; listed: readonly DocumentSummary[]; podName: string | null },
): string {
  const { parsed } = podDocument(text, document);
  const documents = parsed.status === 'invalid-yaml' ? file.listed : parsed.documents;
  // A file name is user text too: its hidden characters are spelled out, not obeyed.
  return visibleText(holdsSeveral(documents) ? file.fileName : `${file.podName ?? 'pod'}.yaml`);
}

/**
 * Exporting the manifest: `start` exports it, or first asks, when kubectl would refuse it (see
 * exportBlockers), in `dialog`; warnings do not ask.
 */
export function useManifestExport(
  host: Host,
  store: PodStore,
): { start: () => void; dialog: ReactNode } {
  const [blockers, setBlockers] = useState<Blocker[] | null>(null);
  const write = useCallback(async () => {
    setBlockers(null);
    const state = store.getState();
    const { text, document, notify } = state;
    const suggestedName = exportName(text, document, {
      fileName: state.fileName,
      listed: listedDocumentsOf(state).documents,
      podName: goodModelOf(state)?.view.name ?? null,
    });
    const result = await host.file.exportManifest({ suggestedName, text });
    if (!result.ok) notify({ kind: 'error', message: `Export failed: ${result.error}` });
    else if (result.value) notify({ kind: 'info', message: `Exported ${result.value.name}` });
  }, [host, store]);

  const start = useCallback(() => {
    const { text, document } = store.getState();
    const errors = exportBlockers(text, document, useSettings.getState());
    if (errors.length > 0) setBlockers(errors);
    else void write();
  }, [store, write]);

  const dialog = blockers && (
    <ExportConfirm
      errors={blockers}
      onExport={() => void write()}
      onCancel={() => setBlockers(null)}
    />
  );
  return { start, dialog };
}

/** Who refuses each group, said only of the errors that are really theirs. */
const GROUPS: { refusedBy: Refusal; lead: string }[] = [
  { refusedBy: 'api-server', lead: 'kubectl apply will refuse this manifest:' },
  {
    refusedBy: 'pod-security',
    lead: "The namespace's Pod Security admission, at the level set in Settings, will refuse it:",
  },
  {
    refusedBy: null,
    lead: 'The API server accepts these, but the Pod will not work as written:',
  },
];

/** Exporting a manifest with errors asks first and lists them; warnings do not ask. */
export function ExportConfirm({
  errors,
  onExport,
  onCancel,
}: {
  errors: readonly Blocker[];
  onExport: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      title={`Export with ${errors.length} error${errors.length === 1 ? '' : 's'}?`}
      role="alertdialog"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={onExport}>
            Export anyway
          </button>
        </>
      }
    >
      {GROUPS.map(({ refusedBy, lead }) => {
        const group = errors.filter((p) => p.refusedBy === refusedBy);
        if (group.length === 0) return null;
        return (
          <section key={String(refusedBy)} className="export-confirm__group">
            <p>{lead}</p>
            <ul className="export-confirm__list">
              {group.map((p, i) => (
                <li key={i}>
                  <span className="export-confirm__where">
                    {p.document && `${p.document}, `}line {p.line}, column {p.col}
                  </span>{' '}
                  {visibleText(p.message)}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Dialog>
  );
}
