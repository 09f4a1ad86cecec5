import { podDocument, visibleText } from '../../shared';
import type { ProblemSettings, Refusal } from '../../shared';
import { Dialog } from './Dialog';

/** An error found in the manifest: a problem or a syntax error, and who refuses it. */
export interface Blocker {
  line: number;
  col: number;
  message: string;
  refusedBy: Refusal;
}

/**
 * What stops an export of `text` without asking: its syntax errors, else the errors of every
 * workload of the file, each checked as the document shown is (the export writes them all, not
 * only the one chosen in the picker). A problem of the whole text (a hidden character) is
 * listed once.
 */
export function exportBlockers(
  text: string,
  document: number | null,
  settings: ProblemSettings,
): Blocker[] {
  const { parsed } = podDocument(text, document);
  if (parsed.status === 'invalid-yaml') {
    return parsed.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ ...d, refusedBy: 'api-server' as const }));
  }
  const seen = new Set<string>();
  return parsed.documents
    .filter((d) => d.editable)
    .flatMap((d) => podDocument(text, d.index).problems(settings))
    .filter((p) => {
      const key = `${p.ruleId} ${p.line}:${p.col} ${p.message}`;
      if (p.severity !== 'error' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.col - b.col);
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
                    line {p.line}, column {p.col}
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
