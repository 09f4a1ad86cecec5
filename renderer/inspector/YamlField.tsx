import { visibleText, type EditTarget, type FieldPath } from '../../shared';
import { useId, useMemo, useState } from 'react';
import { fieldText, parseYamlValue, yamlText } from '../../shared/inspect';
import { READ_AT_ONCE_CHARS } from '../store/reading';
import { describedBy, FieldShell, useDroppedDraftNotice } from './field-shell';
import { useCommit } from './use-commit';
import { useFormDocument } from './form-document';

/**
 * A small YAML editor over the manifest's own text of a subtree (affinity, tolerations, a
 * reference): it shows that text as written, comments and quoting included, and writes what was
 * typed in its place as typed (blur or Ctrl/Cmd+Enter), so that nothing the user did not change
 * moves. Escape reverts. Text that does not parse, or has not the expected shape, is never
 * written; emptied, the field is removed (or set to `empty`).
 */
export function YamlField({
  label,
  shortLabel,
  target,
  path,
  value,
  expect,
  empty = '',
  hint,
  rows = 4,
}: {
  label: string;
  shortLabel?: string;
  /** Where the subtree is, as a `setField` edit names it. */
  target: EditTarget;
  path: FieldPath;
  /** Its plain value, shown printed where the text has none of its own (an alias, a merge). */
  value: unknown;
  expect?: 'map' | 'list';
  /** The text an emptied field writes, for a field that must stay (a projected volume's sources). */
  empty?: string;
  hint?: string;
  rows?: number;
}) {
  const id = useId();
  const commitEdit = useCommit();
  const doc = useFormDocument();
  const [focused, setFocused] = useState(false);
  const written = useMemo(() => {
    const document = doc.chosen ?? doc.parsed.selected;
    // The manifest's own text of the field takes the text's parse. A long text typed in the
    // editor is read in a worker: parsed here at every reading (some 100 ms for a 5,000-line
    // Pod) it would hold up the page, so its value is printed until the field is focused (or
    // this thread has read the text, as it does an edit's).
    const parse = doc.text.length <= READ_AT_ONCE_CHARS || focused;
    const own =
      document === null || value === undefined
        ? null
        : fieldText(doc.text, document, target, path, parse);
    return own ?? yamlText(value);
  }, [doc, target, path, value, focused]);
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = draft ?? written;
  const parsed = draft === null ? null : parseYamlValue(draft, expect);
  const problem = parsed && !parsed.ok ? parsed.error : failure;
  useDroppedDraftNotice(label, draft, problem);
  const help = hint ?? 'YAML, applied when you leave the field or press Ctrl+Enter';

  function commit() {
    if (draft === null || !parsed) return;
    if (draft === written) {
      setDraft(null);
      return;
    }
    if (!parsed.ok) return;
    const text = draft.trim() === '' ? empty : draft;
    const error = commitEdit({ type: 'setFieldText', target, path, text });
    setFailure(error);
    if (!error) setDraft(null);
  }

  return (
    <FieldShell id={id} label={label} shortLabel={shortLabel} problem={problem} hint={help}>
      <textarea
        id={id}
        aria-label={shortLabel ? visibleText(label) : undefined}
        className="field__input field__input--mono field__yaml"
        rows={Math.max(rows, Math.min(shown.split('\n').length + 1, 14))}
        spellCheck={false}
        value={shown}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem, help)}
        // All its text is in the manifest: Ctrl+Z here undoes the Pod's last change.
        data-committed={draft === null ? '' : undefined}
        onChange={(event) => {
          // Typed back to what the manifest holds, the field has nothing of its own again.
          setDraft(event.target.value === written ? null : event.target.value);
          setFailure(null);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && draft !== null) {
            event.stopPropagation();
            setDraft(null);
            setFailure(null);
          }
        }}
      />
    </FieldShell>
  );
}
