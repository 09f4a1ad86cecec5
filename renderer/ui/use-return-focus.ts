import { useCallback, useState, type RefObject } from 'react';

/**
 * Gives the focus back to the element that had it when a menu or dialog opened. Closing one
 * removes the element that has the focus, and the browser then leaves the focus on the page's
 * body: a keyboard user would have to start again from the top of the window.
 *
 * `opener` names the element explicitly (a menu button); without it, the element focused while
 * the caller first rendered is taken: a node right-clicked or reached with the keyboard, the
 * button that opened a dialog. An opener that is gone by then (a deleted node) is left alone, so
 * whoever removed it decides where the focus goes.
 */
export function useReturnFocus(opener?: RefObject<HTMLElement | null>): () => void {
  const [focused] = useState(() => document.activeElement);
  return useCallback(() => {
    const target = (opener ? opener.current : null) ?? focused;
    if (target instanceof HTMLElement && target !== document.body && target.isConnected) {
      target.focus();
    }
  }, [opener, focused]);
}
