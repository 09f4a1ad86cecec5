import { visibleText } from '../../shared';
import type { Refusal } from '../../shared';
import { Dialog } from './Dialog';

/** An error found in the manifest: a problem or a syntax error, and who refuses it. */
export interface Blocker {
  line: number;
  col: number;
  message: string;
  refusedBy: Refusal;
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
