import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLINK_FOR_MS, BLINK_MS, cursorBlink } from '../../../renderer/editor/cursor-blink';
// The rectangles CodeMirror measures to draw its cursor, which jsdom does not lay out.
import './helpers';

const views: EditorView[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  // jsdom's window never has the system's focus; the editor's cursor blinks only where it does.
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
});
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const extensions = [cursorBlink()];

function open(): EditorView {
  const view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc: 'image: nginx\n', extensions }),
  });
  views.push(view);
  return view;
}

/** Gives the editor the focus, and lets CodeMirror take note of it (in a task of its own). */
function focus(view: EditorView) {
  view.focus();
  vi.advanceTimersByTime(20);
}

/** Whether the cursor is drawn: its layer is hidden in the off half of a blink. */
const cursorShown = (view: EditorView) => !view.dom.classList.contains('cm-cursorBlinkOff');

/** Shown or not at each half blink from now, `halves` times. */
function halves(view: EditorView, count: number): boolean[] {
  const seen: boolean[] = [];
  for (let i = 0; i < count; i++) {
    vi.advanceTimersByTime(BLINK_MS / 2);
    seen.push(cursorShown(view));
  }
  return seen;
}

describe("the editor's cursor", () => {
  it('blinks while the editor has the focus, by half a blink hidden and half shown', () => {
    const view = open();
    focus(view);
    expect(cursorShown(view)).toBe(true);
    expect(halves(view, 4)).toEqual([false, true, false, true]);
  });

  it('shows at once when a key changes the text, and blinks again from there', () => {
    const view = open();
    focus(view);
    vi.advanceTimersByTime(BLINK_MS / 2);
    expect(cursorShown(view)).toBe(false);
    view.dispatch({ changes: { from: 12, insert: '1' }, selection: { anchor: 13 } });
    expect(cursorShown(view)).toBe(true);
    vi.advanceTimersByTime(BLINK_MS / 2 - 1);
    expect(cursorShown(view)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(cursorShown(view)).toBe(false);
  });

  it('shows at a key after a long file was put in as a new state, in the hidden half', () => {
    const view = open();
    focus(view);
    vi.advanceTimersByTime(BLINK_MS / 2);
    expect(cursorShown(view)).toBe(false);
    view.setState(EditorState.create({ doc: 'image: redis\n', extensions }));
    view.focus();
    view.dispatch({ changes: { from: 12, insert: '7' }, selection: { anchor: 13 } });
    expect(cursorShown(view)).toBe(true);
  });

  it('stays shown once it has blinked for a while after the last key', () => {
    const view = open();
    focus(view);
    vi.advanceTimersByTime(BLINK_FOR_MS + BLINK_MS);
    expect(halves(view, 6)).toEqual(Array(6).fill(true));
  });

  it('does not blink where the system asks for reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('prefers-reduced-motion: reduce'),
      addListener: () => undefined,
      removeListener: () => undefined,
    }));
    const view = open();
    focus(view);
    expect(halves(view, 4)).toEqual([true, true, true, true]);
  });

  it('stops blinking, shown, when the editor loses the focus', () => {
    const view = open();
    focus(view);
    vi.advanceTimersByTime(BLINK_MS / 2);
    view.contentDOM.blur();
    // CodeMirror reads the focus change in a task of its own.
    vi.advanceTimersByTime(20);
    expect(cursorShown(view)).toBe(true);
    expect(halves(view, 4)).toEqual([true, true, true, true]);
  });
});
