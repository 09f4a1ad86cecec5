import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from '../ui/use-return-focus';

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
