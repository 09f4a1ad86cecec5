import { useEffect } from 'react';

export interface Shortcut {
  /** `Mod` is Ctrl, or Cmd on macOS. */
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Undo and redo: they run in a field whose text is all in the manifest (`keysAreTyping`). */
  history?: boolean;
  /**
   * A command on the file (New, Open, Save, Export): a text field has no such key of its own, so
   * it runs from one too, once the field is left, which applies what was typed in it.
   */
  file?: boolean;
  /**
   * A command that takes the keyboard elsewhere (Ctrl+Shift+M, to the Problems panel): it runs
   * from a text field too, once the field is left, and the keyboard stays where it took it.
   */
  takesFocus?: boolean;
  run: () => void;
}

/** Inputs whose keys edit text; a checkbox or a list has no Ctrl+Z or Ctrl+S of its own. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/**
 * Whether a shortcut pressed in `target` is the field's own: in a text input or a text area it
 * edits the field's text (Ctrl+Z undoes the field's typing). A field marked `data-committed` has
 * no typing of its own, all its text being in the manifest: there undo and redo (`history`) act
 * on the Pod's history, as everywhere else, and the field shows the text they bring back.
 */
export function keysAreTyping(target: EventTarget | null, history = false): boolean {
  const typing =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type));
  return typing && !(history && target.matches('[data-committed]'));
}

/**
 * Whether an Alt shortcut without Ctrl, pressed where text is typed, types a character there
 * instead: on a Mac, Option+N starts an ñ (its `key` is then not the letter). Elsewhere Alt and a
 * letter make no character, and `key` is the letter.
 */
function typesCharacter(event: KeyboardEvent, shortcut: Shortcut): boolean {
  if (!shortcut.alt || shortcut.mod || event.key.toLowerCase() === shortcut.key.toLowerCase()) {
    return false;
  }
  const target = event.target;
  return (
    keysAreTyping(target) ||
    (target instanceof Element &&
      target.closest('[contenteditable]:not([contenteditable="false"])') !== null)
  );
}

/**
 * Runs `shortcut` as pressing its key in `target` would; `event`, the key's, is taken (its
 * default prevented) when the shortcut runs. The native menu item that has the key as its
 * accelerator runs it this way too, with the focused element as `target`: the item and the key
 * do the same.
 */
export function runShortcut(shortcut: Shortcut, target: EventTarget | null, event?: Event): void {
  // A modal dialog (an export's question, the settings) holds the page: its answer first.
  if (document.querySelector('dialog[open]')) return;
  const field = keysAreTyping(target, shortcut.history) ? target : null;
  if (field && !shortcut.file && !shortcut.takesFocus) return;
  event?.preventDefault();
  if (field instanceof HTMLElement) {
    field.blur();
    shortcut.run();
    // Back where the user was typing, if the field is still there (Save keeps the page).
    const back = !shortcut.takesFocus && field.isConnected;
    if (back && !document.querySelector('dialog[open]')) field.focus();
    return;
  }
  shortcut.run();
}

/**
 * Window-wide shortcuts. A key the YAML editor already handled (it prevents the default) and
 * keys typed into text fields are left alone (see `keysAreTyping`), so that each keystroke acts
 * once.
 */
export function useShortcuts(shortcuts: readonly Shortcut[]) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const shortcut = shortcuts.find(
        (s) =>
          (s.key.toLowerCase() === event.key.toLowerCase() ||
            // With Alt (Option on macOS) held, `key` may be another character (⌥B is ∫): then
            // the key's place. A letter in `key` is the layout's (Dvorak's N is QWERTY's L).
            (Boolean(s.alt) &&
              !/^[a-z]$/i.test(event.key) &&
              event.code === `Key${s.key.toUpperCase()}`)) &&
          Boolean(s.mod) === mod &&
          Boolean(s.shift) === event.shiftKey &&
          Boolean(s.alt) === event.altKey,
      );
      if (!shortcut || typesCharacter(event, shortcut)) return;
      runShortcut(shortcut, event.target, event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}
