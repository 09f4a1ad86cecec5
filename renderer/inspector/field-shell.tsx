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

export function describedBy(id: string, problem: string | null, hint?: string): string | undefined {
  if (problem) return `${id}-message`;
  return hint ? `${id}-hint` : undefined;
}
