import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useReturnFocus } from '../ui/use-return-focus';

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The controls of `dialog` Tab stops at, in order: enabled, shown, not taken out of the order. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      (element.checkVisibility?.() ?? true),
  );
}

/**
 * Tab past the dialog's last control comes back to its first, and Shift+Tab past the first to
 * the last: a modal `<dialog>` would otherwise hand the focus to the window itself once a round,
 * where nothing shows it.
 */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab' || event.defaultPrevented) return;
  const stops = tabStops(event.currentTarget);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const leaving = event.shiftKey
    ? document.activeElement === first || !event.currentTarget.contains(document.activeElement)
    : document.activeElement === last;
  if (!leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

/**
 * A modal dialog (the platform's `<dialog>`: focus kept inside, Escape closes). When it goes,
 * the focus goes back to what had it before (the button that opened it).
 */
export function Dialog({
  title,
  role = 'dialog',
  onClose,
  children,
  actions,
}: {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const returnFocus = useReturnFocus();
  // A body that scrolls is a Tab stop of its own, so that the keys can scroll it.
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = body.current;
    if (element) setScrolls(element.scrollHeight > element.clientHeight);
  }, [children]);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The browser focuses the first focusable element, which can be the scrolling body (a
    // region with no name): start on the first control instead.
    if (!document.activeElement?.matches('input, select, textarea, button')) {
      element?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    return () => {
      element?.close();
      returnFocus();
    };
  }, [returnFocus]);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      role={role}
      aria-label={title}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="dialog__title">{title}</h2>
      <div className="dialog__body" ref={body} tabIndex={scrolls ? 0 : undefined}>
        {children}
      </div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
