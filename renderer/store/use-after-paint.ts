import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './after-paint';

/**
 * `value` once the frame that follows its change has been painted: for a view that may follow a
 * moment after the others (the inspector's form after the canvas). React's useDeferredValue
 * starts its render as soon as the page is free, which can be before the browser paints the
 * frame waiting for it; on a large Pod, that put the canvas a frame later. This one starts only
 * after the paint, as a transition that a key typed meanwhile interrupts.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}
