import { visibleText } from '../../shared';
import { Dialog } from './Dialog';

/** An error that keeps kubectl from taking the manifest: a problem or a syntax error. */
export interface Blocker {
  line: number;
  col: number;
  message: string;
}

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
      <p>kubectl apply will refuse this manifest:</p>
      <ul className="export-confirm__list">
        {errors.map((p, i) => (
          <li key={i}>
            <span className="export-confirm__where">
              line {p.line}, column {p.col}
            </span>{' '}
            {visibleText(p.message)}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
