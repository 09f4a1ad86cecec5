import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Check } from '../../shared/inspect';
import { hasHiddenCharacters, visibleText } from '../../shared';
import { useFieldHint } from '../editor/field-hints';
import { describedBy, FieldShell, useDroppedDraftNotice } from './field-shell';
import { UserText } from '../ui/UserText';

export interface TextFieldProps {
  label: string;
  shortLabel?: string;
  /** The value in the manifest, as it is written there. */
  value: string;
  /**
   * Why kubectl reads the stored value as something other than the text shown (`1.10` unquoted
   * is the number 1.1: see storedText). The field says so; Enter writes the text, quoted.
   */
  notText?: string | null;
  /**
   * False when `value` may not be what the manifest writes (see StoredText.asWritten): Enter
   * then does not write it back quoted.
   */
  asWritten?: boolean;
  /** Writes the value; returns why it could not, or null. */
  onCommit(value: string): string | null;
  check?: Check;
  placeholder?: string;
  hint?: string;
  mono?: boolean;
  numeric?: boolean;
  className?: string;
}

/** What a field of several lines says of its keys, after its own hint. */
const LINES_HINT = 'Enter starts a new line; Ctrl+Enter, or leaving the field, applies it.';

/** The same for the fields of an "add" row, which add when Enter would. */
const ADD_LINES_HINT = 'Enter starts a new line; Ctrl+Enter adds it.';

/** Lines a field of several lines shows before it scrolls. */
const MAX_ROWS = 14;

/**
 * Lines pasted into a one-line input: the browser would take their line breaks out (an input
 * holds one line), and a pasted script or certificate would be written run together. The
 * pasted text goes into the value as it is instead, and the field, which shows a value of
 * several lines in a text area, gives that text area the focus, the caret after the paste.
 */
function usePastedLines(
  area: RefObject<HTMLTextAreaElement | null>,
  change: (value: string) => void,
) {
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caret.current === null || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  return (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    // A line copied with its line break (a triple click) is one line: the browser's way stands.
    if (!/[\r\n]/.test(pasted.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const { value, selectionStart, selectionEnd } = event.currentTarget;
    const start = selectionStart ?? value.length;
    const lines = pasted.replace(/\r\n?/g, '\n');
    caret.current = start + lines.length;
    change(value.slice(0, start) + lines + value.slice(selectionEnd ?? start));
  };
}

/**
 * A text input that commits on blur and Enter and reverts on Escape. What is typed is checked
 * as it is typed; a value with a problem stays in the field, with the message, uncommitted.
 *
 * A value that holds line breaks (a script in `args`, a certificate in an annotation) is edited
 * in a text area instead: an input would drop its line breaks, and the next commit would write
 * the lines run together. There Enter starts a new line, and Ctrl/Cmd+Enter commits.
 */
export function TextField(props: TextFieldProps) {
  const { label, shortLabel, value, notText, onCommit, check, placeholder, mono, numeric } = props;
  // A value kubectl reads otherwise, shown as it is written: Enter writes it as text, quoted.
  const quotable = notText && props.asWritten !== false ? notText : null;
  const ownHint = useFieldHint(label, props.hint);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Once a text area, the field stays one until it is left: turning into an input as the last
  // line break is deleted would take the focus away mid-edit.
  const [keepArea, setKeepArea] = useState(false);
  const shown = draft ?? value;
  const lines = keepArea || value.includes('\n') || shown.includes('\n');
  const hint = lines ? (ownHint ? `${ownHint} ${LINES_HINT}` : LINES_HINT) : ownHint;
  // A stored value is checked too, so the field says what the Problems panel says of it.
  const quote = quotable ? `${quotable}: Enter quotes it` : (notText ?? null);
  const stored = value === '' ? null : (check?.(value) ?? quote);
  // (Its failure is that of Enter on a value kubectl reads otherwise, while it is so.)
  const problem = draft === null ? ((quote && failure) ?? stored) : (check?.(draft) ?? failure);
  useDroppedDraftNotice(label, draft, draft === null ? null : problem);

  /** Writes what was typed; on Enter, a value kubectl reads otherwise is written as its text. */
  function commit(enter = false) {
    const text = draft ?? (enter && quotable ? value : null);
    if (text === null) return;
    if (text === value && !quotable) {
      setDraft(null);
      return;
    }
    if (check?.(text)) return;
    const error = onCommit(text);
    setFailure(error);
    if (!error) setDraft(null);
  }

  function revert() {
    setDraft(null);
    setFailure(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const commits = lines ? event.ctrlKey || event.metaKey : true;
    if (event.key === 'Enter' && commits) {
      event.preventDefault();
      commit(true);
    } else if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      revert();
    }
  }

  const area = useRef<HTMLTextAreaElement>(null);
  const onPaste = usePastedLines(area, (next) => {
    setDraft(next);
    setFailure(null);
  });

  const common = {
    id,
    'aria-label': shortLabel ? visibleText(label) : undefined,
    spellCheck: false,
    value: shown,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy(id, problem, hint),
    // All its text is in the manifest: Ctrl+Z here undoes the Pod's last change.
    'data-committed': draft === null ? '' : undefined,
    onChange(event: { target: { value: string } }) {
      // Typed back to what the manifest holds, the field has nothing of its own again.
      setDraft(event.target.value === value ? null : event.target.value);
      setFailure(null);
    },
    onKeyDown,
  };

  return (
    <FieldShell
      id={id}
      label={label}
      shortLabel={shortLabel}
      problem={problem}
      hint={hint}
      value={shown}
      className={props.className}
    >
      {lines ? (
        <textarea
          {...common}
          ref={area}
          className={`field__input field__lines${mono ? ' field__input--mono' : ''}`}
          rows={Math.min(Math.max(shown.split('\n').length, 2), MAX_ROWS)}
          onFocus={() => setKeepArea(true)}
          onBlur={() => {
            setKeepArea(false);
            commit();
          }}
        />
      ) : (
        <input
          {...common}
          className={`field__input${mono ? ' field__input--mono' : ''}`}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          onBlur={() => commit()}
          onPaste={onPaste}
        />
      )}
      {/* An input cannot show what its hidden characters do: the line under it spells them. */}
      {hasHiddenCharacters(shown) && (
        <p className="field__hidden">
          With its hidden characters: <UserText text={shown} />
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
  const area = useRef<HTMLTextAreaElement>(null);
  const onPaste = usePastedLines(area, onChange);
  // Lines (pasted, as a script is) are kept in a text area, as TextField keeps them; once one,
  // it stays one until it is left: the row added clears it, and an input in its place would
  // take the focus away (to the page, where Backspace is the canvas's).
  const [keepArea, setKeepArea] = useState(false);
  const lines = keepArea || value.includes('\n');
  const common = {
    id,
    'aria-label': shortLabel ? visibleText(label) : undefined,
    spellCheck: false,
    value,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy(id, problem, lines ? ADD_LINES_HINT : undefined),
    // Empty, it holds no typing: Ctrl+Z undoes the Pod's last change (the row just added).
    'data-committed': value === '' ? '' : undefined,
    onChange(event: { target: { value: string } }) {
      onChange(event.target.value);
    },
    onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
      if (event.key === 'Enter' && (!lines || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        onEnter();
      }
    },
  };
  return (
    <FieldShell
      id={id}
      label={label}
      shortLabel={shortLabel}
      problem={problem}
      hint={lines ? ADD_LINES_HINT : undefined}
      value={value}
      className={className}
    >
      {lines ? (
        <textarea
          {...common}
          ref={area}
          className={`field__input field__lines${mono ? ' field__input--mono' : ''}`}
          rows={Math.min(Math.max(value.split('\n').length, 2), MAX_ROWS)}
          onFocus={() => setKeepArea(true)}
          onBlur={() => setKeepArea(false)}
        />
      ) : (
        <input
          {...common}
          className={`field__input${mono ? ' field__input--mono' : ''}`}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          onPaste={onPaste}
        />
      )}
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
