import { useEffect } from 'react';

export interface Shortcut {
  /** `Mod` is Ctrl, or Cmd on macOS. */
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  run: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
  );
}

/**
 * Window-wide shortcuts. A key the YAML editor already handled (it prevents the default) and
 * keys typed into form fields are left alone, so that each keystroke acts once.
 */
export function useShortcuts(shortcuts: readonly Shortcut[]) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const shortcut = shortcuts.find(
        (s) =>
          // With Alt (Option on macOS) held, `key` is another character (⌥B is ∫): match the key.
          (s.alt
            ? event.code === `Key${s.key.toUpperCase()}`
            : s.key.toLowerCase() === event.key.toLowerCase()) &&
          Boolean(s.mod) === mod &&
          Boolean(s.shift) === event.shiftKey &&
          Boolean(s.alt) === event.altKey,
      );
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}
