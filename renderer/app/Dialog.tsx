import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useReturnFocus } from '../ui/use-return-focus';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab past the dialog's last control comes back to its first, and Shift+Tab past the first to
 * the last: a modal `<dialog>` would otherwise hand the focus to the window itself once a round,
 * where nothing shows it.
 */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
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
  const returnFocus = useReturnFocus();
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
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
