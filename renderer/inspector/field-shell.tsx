import { visibleText } from '../../shared';
import type { ReactNode } from 'react';

/** A label, its control, and the message that belongs to it. */
export function FieldShell({
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
        {visibleText(shortLabel ?? label)}
      </label>
      {children}
      <FieldNote id={id} problem={problem} hint={hint} />
    </div>
  );
}

/** Under a control: its problem if it has one, else its hint (ids as `describedBy` names them). */
export function FieldNote({
  id,
  problem,
  hint,
}: {
  id: string;
  problem: string | null;
  hint?: string;
}) {
  if (problem)
    return (
      // An alert: a screen reader hears the problem as it appears, not only an "invalid" state.
      <p className="field__message" id={`${id}-message`} role="alert">
        {/* A message may quote the value: its hidden characters are shown, not obeyed. */}
        {visibleText(problem)}
      </p>
    );
  if (hint)
    return (
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    );
  return null;
}

export function describedBy(id: string, problem: string | null, hint?: string): string | undefined {
  if (problem) return `${id}-message`;
  return hint ? `${id}-hint` : undefined;
}
