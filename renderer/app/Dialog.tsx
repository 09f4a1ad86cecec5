import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from './use-return-focus';

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
