import { useEffect, useRef, type ReactNode } from 'react';
import { visibleText } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';

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

/**
 * Says so when a field goes (another node selected, the form closed) with text typed in it that
 * was not applied, because it had a problem: the text goes with the field, and nothing else would
 * tell the user that the manifest did not take it.
 */
export function useDroppedDraftNotice(label: string, draft: string | null, problem: string | null) {
  const store = usePodStoreApi();
  const pending = useRef({ label, draft, problem });
  useEffect(() => {
    pending.current = { label, draft, problem };
  }, [label, draft, problem]);
  useEffect(
    () => () => {
      const { label, draft, problem } = pending.current;
      if (draft === null) return;
      const why = problem ? ` (${problem.replace(/\.$/, '')})` : '';
      store.getState().notify({
        kind: 'error',
        message: `${visibleText(label)} was left as it was: what you typed there was not applied${why}.`,
      });
    },
    [store],
  );
}
