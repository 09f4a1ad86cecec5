import { visibleText } from '../../shared';
import { useId, useState } from 'react';
import { parseYamlValue, yamlText } from '../../shared/inspect';
import { describedBy, FieldShell } from './field-shell';

/**
 * A small YAML editor for a subtree (affinity, tolerations, a reference): parsed on commit
 * (blur or Ctrl/Cmd+Enter), Escape reverts. Text that does not parse is never written.
 */
export function YamlField({
  label,
  shortLabel,
  value,
  expect,
  onCommit,
  hint,
  rows = 4,
}: {
  label: string;
  shortLabel?: string;
  value: unknown;
  expect?: 'map' | 'list';
  onCommit(value: unknown): string | null;
  hint?: string;
  rows?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = draft ?? yamlText(value);
  const parsed = draft === null ? null : parseYamlValue(draft, expect);
  const problem = parsed && !parsed.ok ? parsed.error : failure;
  const help = hint ?? 'YAML, applied when you leave the field or press Ctrl+Enter';

  function commit() {
    if (draft === null || !parsed) return;
    if (draft === yamlText(value)) {
      setDraft(null);
      return;
    }
    if (!parsed.ok) return;
    const error = onCommit(parsed.value);
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
          setDraft(event.target.value === yamlText(value) ? null : event.target.value);
          setFailure(null);
        }}
        onBlur={commit}
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
