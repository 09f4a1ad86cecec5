import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { parseYamlValue, yamlText, type Check } from '../../shared/inspect';

/** A label, its control, and the message that belongs to it. */
function FieldShell({
  id,
  label,
  shortLabel,
  problem,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  /** What the label shows when the row around it says the rest (the control gets `label`). */
  shortLabel?: string;
  problem: string | null;
  hint?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${problem ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {shortLabel ?? label}
      </label>
      {children}
      {problem ? (
        <p className="field__message" id={`${id}-message`}>
          {problem}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, problem: string | null, hint?: string): string | undefined {
  if (problem) return `${id}-message`;
  return hint ? `${id}-hint` : undefined;
}

export interface TextFieldProps {
  label: string;
  shortLabel?: string;
  /** The value in the manifest. */
  value: string;
  /** Writes the value; returns why it could not, or null. */
  onCommit(value: string): string | null;
  check?: Check;
  placeholder?: string;
  hint?: string;
  mono?: boolean;
  numeric?: boolean;
  className?: string;
}

/**
 * A text input that commits on blur and Enter and reverts on Escape. What is typed is checked
 * as it is typed; a value with a problem stays in the field, with the message, uncommitted.
 */
export function TextField(props: TextFieldProps) {
  const { label, shortLabel, value, onCommit, check, placeholder, hint, mono, numeric, className } =
    props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = draft === null ? null : (check?.(draft) ?? failure);

  function commit() {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    if (check?.(draft)) return;
    const error = onCommit(draft);
    setFailure(error);
    if (!error) setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      setDraft(null);
      setFailure(null);
    }
  }

  return (
    <FieldShell
      id={id}
      label={label}
      shortLabel={shortLabel}
      problem={problem}
      hint={hint}
      className={className}
    >
      <input
        id={id}
        aria-label={shortLabel ? label : undefined}
        className={`field__input${mono ? ' field__input--mono' : ''}`}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={draft ?? value}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem, hint)}
        onChange={(event) => {
          setDraft(event.target.value);
          setFailure(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldShell>
  );
}

/** A text input whose value the parent holds (the fields of an "add" row). */
export function DraftInput({
  label,
  shortLabel,
  value,
  onChange,
  onEnter,
  check,
  placeholder,
  mono,
  numeric,
  className,
}: {
  label: string;
  shortLabel?: string;
  value: string;
  onChange(value: string): void;
  onEnter(): void;
  check?: Check;
  placeholder?: string;
  mono?: boolean;
  numeric?: boolean;
  className?: string;
}) {
  const id = useId();
  const problem = value === '' ? null : (check?.(value) ?? null);
  return (
    <FieldShell
      id={id}
      label={label}
      shortLabel={shortLabel}
      problem={problem}
      className={className}
    >
      <input
        id={id}
        aria-label={shortLabel ? label : undefined}
        className={`field__input${mono ? ' field__input--mono' : ''}`}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem)}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onEnter();
          }
        }}
      />
    </FieldShell>
  );
}

/** A checkbox that commits when it changes. */
export function CheckboxField({
  label,
  checked,
  onCommit,
  hint,
}: {
  label: string;
  checked: boolean;
  onCommit(checked: boolean): string | null;
  hint?: string;
}) {
  const id = useId();
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
      {failure ? (
        <p className="field__message" id={`${id}-message`}>
          {failure}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A select that commits when it changes. */
export function SelectField({
  label,
  shortLabel,
  value,
  options,
  onCommit,
  hint,
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
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <FieldShell
      id={id}
      label={label}
      shortLabel={shortLabel}
      problem={failure}
      hint={hint}
      className={className}
    >
      <select
        id={id}
        aria-label={shortLabel ? label : undefined}
        className="field__input"
        value={value}
        aria-describedby={describedBy(id, failure, hint)}
        onChange={(event) => setFailure(onCommit(event.target.value))}
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
        aria-label={shortLabel ? label : undefined}
        className="field__input field__input--mono field__yaml"
        rows={Math.max(rows, Math.min(shown.split('\n').length + 1, 14))}
        spellCheck={false}
        value={shown}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem, help)}
        onChange={(event) => {
          setDraft(event.target.value);
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

/**
 * A collapsible part of a form, named by its heading. `open` is where it starts; afterwards the
 * user's choice stands.
 */
export function Section({
  title,
  children,
  open = true,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
}) {
  const [initiallyOpen] = useState(open);
  return (
    <details className="inspector-section" open={initiallyOpen}>
      <summary className="inspector-section__summary">
        <h3 className="inspector-section__title">{title}</h3>
      </summary>
      <div className="inspector-section__body">{children}</div>
    </details>
  );
}

/** A small button that removes a row, named for what it removes. */
export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button
      type="button"
      className="inspector-remove"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      ×
    </button>
  );
}

/** The message under a group (an add row, a list) when an edit failed. */
export function GroupMessage({ message }: { message: string | null }) {
  return message ? (
    <p className="field__message" role="alert">
      {message}
    </p>
  ) : null;
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
        aria-label={shortLabel ? label : undefined}
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
