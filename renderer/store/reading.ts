import type { StoreApi } from 'zustand';
import { podDocument } from '../../shared';
import { useSettings } from '../settings/settings-store';
import { afterPaint } from './after-paint';

/** What the store holds of the text and its reading (see PodState). */
interface Reading {
  text: string;
  shownText: string;
  goodText: string | null;
  checkedText: string | null;
  document: number | null;
}

/** `text` when it holds a Pod in `document`, else the last text that did. */
function goodTextOf(text: string, document: number | null, previous: string | null): string | null {
  return podDocument(text, document).view ? text : previous;
}

/** Checks the problems of `text`, so that the views find them done. */
function check(text: string | null, document: number | null): string | null {
  if (text !== null) podDocument(text, document).problems(useSettings.getState());
  return text;
}

/**
 * The state of a file's text, read at once: shown, on the canvas if it holds a Pod, and to be
 * checked by the first view that shows its problems (a view that shows none costs no check).
 */
export function readNow(text: string, document: number | null) {
  const goodText = goodTextOf(text, document, null);
  return { shownText: text, goodText, checkedText: goodText };
}

/**
 * A text this short (a Pod of some 200 lines) reads in a few milliseconds: it is read in the
 * keystroke's own task, where the echo's frame has room for it, and the canvas is painted in that
 * frame too. (By size, not by timing the last reading: after Backspace the text before the key
 * is still read, and takes no time at all.)
 */
const READ_AT_ONCE_CHARS = 6_000;

/**
 * Keeps the views following the text, whoever changed it (an edit, typing, undo, a file); the
 * canvas keeps the last text that held a Pod. While `typing()`, a text longer than
 * READ_AT_ONCE_CHARS is read once the key's echo is painted (a burst of keys, once),
 * anything else at once. The problems of a new good text are checked once the canvas showing
 * it is painted.
 */
export function followText(store: StoreApi<Reading>, typing: () => boolean): void {
  const pending: { read?: () => void; check?: () => void } = {};

  const checkLater = () => {
    pending.check?.();
    pending.check = afterPaint(() => {
      pending.check = undefined;
      const { goodText, document } = store.getState();
      store.setState({ checkedText: check(goodText, document) });
    });
  };

  const read = () => {
    pending.read?.();
    pending.read = undefined;
    const { text, shownText, goodText, document } = store.getState();
    if (text === shownText) return;
    const good = goodTextOf(text, document, goodText);
    store.setState({ shownText: text, goodText: good });
    if (good !== goodText) checkLater();
  };

  store.subscribe((state, previous) => {
    if (state.text === previous.text || state.text === state.shownText) return;
    if (!typing() || state.text.length <= READ_AT_ONCE_CHARS) read();
    else pending.read ??= afterPaint(read);
  });
}
