import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Check } from '../../shared/inspect';
import { hasHiddenCharacters, visibleText } from '../../shared';
import { useFieldHint } from '../editor/field-hints';
import { describedBy, FieldShell } from './field-shell';
import { UserText } from '../ui/UserText';

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
  const { label, shortLabel, value, onCommit, check, placeholder, mono, numeric, className } =
    props;
  const hint = useFieldHint(label, props.hint);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // A stored value is checked too, so the field says what the Problems panel says of it.
  const problem =
    draft === null ? (value === '' ? null : (check?.(value) ?? null)) : (check?.(draft) ?? failure);

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
        aria-label={shortLabel ? visibleText(label) : undefined}
        className={`field__input${mono ? ' field__input--mono' : ''}`}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={draft ?? value}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem, hint)}
        // All its text is in the manifest: Ctrl+Z here undoes the Pod's last change.
        data-committed={draft === null ? '' : undefined}
        onChange={(event) => {
          // Typed back to what the manifest holds, the field has nothing of its own again.
          setDraft(event.target.value === value ? null : event.target.value);
          setFailure(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {/* An input cannot show what its hidden characters do: the line under it spells them. */}
      {hasHiddenCharacters(draft ?? value) && (
        <p className="field__hidden">
          With its hidden characters: <UserText text={draft ?? value} />
        </p>
      )}
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
        aria-label={shortLabel ? visibleText(label) : undefined}
        className={`field__input${mono ? ' field__input--mono' : ''}`}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem)}
        // Empty, it holds no typing: Ctrl+Z undoes the Pod's last change (the row just added).
        data-committed={value === '' ? '' : undefined}
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
      aria-label={visibleText(label)}
      title={visibleText(label)}
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
