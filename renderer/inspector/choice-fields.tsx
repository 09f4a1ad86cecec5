import { visibleText } from '../../shared';
import { useId, useState } from 'react';
import { useFieldHint } from '../editor/field-hints';
import { describedBy, FieldNote, FieldShell } from './field-shell';

/** A checkbox that commits when it changes. */
export function CheckboxField({
  label,
  checked,
  onCommit,
  hint: own,
}: {
  label: string;
  checked: boolean;
  onCommit(checked: boolean): string | null;
  hint?: string;
}) {
  const id = useId();
  const hint = useFieldHint(label, own);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className={`field field--check${failure ? ' field--invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="field__checkbox"
        checked={checked}
        aria-describedby={describedBy(id, failure, hint)}
        onChange={(event) => setFailure(onCommit(event.target.checked))}
      />
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldNote id={id} problem={failure} hint={hint} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A select that commits when it changes. A value the YAML holds that is none of the choices
 * (`imagePullPolicy: always`) is shown as it is, marked as a problem, rather than passed off as
 * the first choice.
 */
export function SelectField({
  label,
  shortLabel,
  value,
  options,
  onCommit,
  hint: own,
  className,
}: {
  label: string;
  shortLabel?: string;
  value: string;
  options: readonly Option[];
  onCommit(value: string): string | null;
  hint?: string;
  className?: string;
}) {
  const id = useId();
  const hint = useFieldHint(label, own);
  const [failure, setFailure] = useState<string | null>(null);
  const unknown = options.some((option) => option.value === value) ? null : value;
  const problem =
    failure ?? (unknown === null ? null : `"${unknown}" is not one of the choices: pick one.`);
  return (
    <FieldShell
      id={id}
      label={label}
      shortLabel={shortLabel}
      problem={problem}
      hint={hint}
      className={className}
    >
      <select
        id={id}
        aria-label={shortLabel ? visibleText(label) : undefined}
        className="field__input"
        value={value}
        aria-describedby={describedBy(id, problem, hint)}
        onChange={(event) => setFailure(onCommit(event.target.value))}
      >
        {unknown !== null && (
          <option value={unknown} disabled>
            {unknown} (not valid)
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A select whose value the parent holds (a choice in an "add" row): nothing is written. */
export function DraftSelect({
  label,
  shortLabel,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  shortLabel?: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  className?: string;
}) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} shortLabel={shortLabel} problem={null} className={className}>
      <select
        id={id}
        aria-label={shortLabel ? visibleText(label) : undefined}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
