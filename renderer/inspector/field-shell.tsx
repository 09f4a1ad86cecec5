import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { visibleText } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';

/** Where the fields of a row put their problems: under the whole row (none outside a row). */
const RowMessages = createContext<HTMLElement | null>(null);

/**
 * Fields side by side (a port's number, name and protocol), with their problems under the whole
 * row, as wide as it is. Under its own field, a problem took that field's width (a port number's
 * 76 px held a message in six lines) and its height pushed the other fields out of line.
 */
export function FieldRow({
  as: Tag = 'div',
  className,
  children,
}: {
  /** `li` for a row of a list. */
  as?: 'div' | 'li';
  className?: string;
  children: ReactNode;
}) {
  // Made with the row, so that a field has it in its first render (a value read with a problem
  // shows it at once, with no render to wait for); put in the page under the fields.
  const [messages] = useState(() => {
    const element = document.createElement('div');
    element.className = 'inspector-row__messages';
    return element;
  });
  const place = useCallback(
    (slot: HTMLDivElement | null) => {
      if (slot && messages.parentNode !== slot) slot.appendChild(messages);
    },
    [messages],
  );
  return (
    <Tag className="inspector-row-group">
      <div className={`inspector-row${className ? ` ${className}` : ''}`}>
        <RowMessages.Provider value={messages}>{children}</RowMessages.Provider>
      </div>
      <div ref={place} className="inspector-row__slot" />
    </Tag>
  );
}

/**
 * A label, its control, and the message that belongs to it: under the control, or under the
 * row when the field is one of a row (`FieldRow`).
 */
export function FieldShell({
  id,
  label,
  shortLabel,
  problem,
  hint,
  value,
  className,
  children,
}: {
  id: string;
  label: string;
  /** What the label shows when the row around it says the rest (the control gets `label`). */
  shortLabel?: string;
  problem: string | null;
  hint?: string;
  /** The text in the control: a problem that starts with it is shown as it was written. */
  value?: string;
  className?: string;
  children: ReactNode;
}) {
  const row = useContext(RowMessages);
  return (
    <div className={`field${problem ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {visibleText(shortLabel ?? label)}
      </label>
      {children}
      {row && problem ? (
        createPortal(<FieldNote id={id} problem={problem} value={value} />, row)
      ) : (
        <FieldNote id={id} problem={problem} hint={hint} value={value} />
      )}
    </div>
  );
}

/**
 * A check's message as a field shows it: a sentence, with a capital. The checks (shared/inspect)
 * write theirs in lower case, as they are also said inside sentences ("Pod name: a name cannot
 * be empty.", and "… was not applied (an empty value is not a port number…)."). Only the app's
 * own first word is capitalised: a message that starts with the value or a name ("abc is not a
 * port number", "api-server already binds 8080") keeps it as it is written.
 */
export function asSentence(message: string, value?: string): string {
  const typed = value?.trim();
  if (typed && message.startsWith(typed)) return message;
  return /^(a|an|the) /.test(message) ? message[0]!.toUpperCase() + message.slice(1) : message;
}

/** Under a control: its problem if it has one, else its hint (ids as `describedBy` names them). */
export function FieldNote({
  id,
  problem,
  hint,
  value,
}: {
  id: string;
  problem: string | null;
  hint?: string;
  /** The text in the control (see `asSentence`). */
  value?: string;
}) {
  if (problem)
    return (
      // An alert: a screen reader hears the problem as it appears, not only an "invalid" state.
      <p className="field__message" id={`${id}-message`} role="alert">
        {/* A message may quote the value: its hidden characters are shown, not obeyed. */}
        {visibleText(asSentence(problem, value))}
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
