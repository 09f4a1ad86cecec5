import { useCallback, useState } from 'react';

/** A number kept in localStorage (pane sizes): a preference of this machine, not of the file. */
export function useStoredNumber(key: string, initial: number): [number, (value: number) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = Number(window.localStorage.getItem(key));
      return Number.isFinite(stored) && stored > 0 ? stored : initial;
    } catch {
      return initial;
    }
  });
  const store = useCallback(
    (next: number) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Storage may be unavailable (private mode, quota): the size then lasts for the session.
      }
    },
    [key],
  );
  return [value, store];
}
