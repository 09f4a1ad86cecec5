import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPodStore, type PodStore } from '../../../renderer/store/pod-store';
import type * as TextPatches from '../../../renderer/store/text-patch';
import { applyPatches, type TextPatch } from '../../../renderer/store/text-patch';
import { template } from '../../support/templates';

// A walk through two whole texts to find what changed between them: counted here.
// And a text patched whole to be compared with another.
const walks = vi.hoisted(() => ({ count: 0, patchedWhole: 0 }));
vi.mock('../../../renderer/store/text-patch', async (original) => {
  const real = await original<typeof TextPatches>();
  return {
    ...real,
    patchBetween: (a: string, b: string) => {
      walks.count++;
      return real.patchBetween(a, b);
    },
    applyPatches: (text: string, patches: readonly TextPatch[]) => {
      walks.patchedWhole++;
      return real.applyPatches(text, patches);
    },
  };
});

const notes = '# a note on the Pod, kept as written\n'.repeat(200);
const long = `${notes}${template('pod-anatomy.yaml')}`;

/**
 * A key as the editor reports it: its change, applied to the editor's text, and (`from`) the
 * text it was typed in, as the editor gives it when it has that text at hand.
 */
function key(store: PodStore, editor: { text: string }, splices: TextPatch[], from = false) {
  const before = editor.text;
  editor.text = applyPatches(editor.text, splices);
  const now = editor.text;
  store.getState().typed(() => now, now.length, splices, from ? before : null);
}

describe('typing, in the undo history', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the keys’ own changes: a burst is undone and redone exactly, with no walk', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const editor = { text: long };
    const at = long.indexOf('my-api:v2') + 'my-api:v2'.length;
    walks.count = 0;
    key(store, editor, [{ from: at, to: at, insert: '1' }]);
    vi.advanceTimersByTime(300);
    key(store, editor, [{ from: at + 1, to: at + 1, insert: '2' }]);
    vi.advanceTimersByTime(300);
    // One key that changes two places (an indent of two lines), the later one first.
    const second = editor.text.indexOf('\n', at) + 1;
    key(store, editor, [
      { from: second, to: second, insert: '  ' },
      { from: 0, to: 1, insert: '#!' },
    ]);
    vi.advanceTimersByTime(300);
    expect(store.getState().text).toBe(editor.text);
    const typed = editor.text;
    store.getState().undo();
    expect(store.getState().text).toBe(long);
    store.getState().redo();
    expect(store.getState().text).toBe(typed);
    expect(walks.count).toBe(0);
  });

  it('takes keys typed in its own text as their changes, with no text patched or walked whole', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const editor = { text: long };
    const at = long.indexOf('my-api:v2') + 'my-api:v2'.length;
    walks.count = 0;
    key(store, editor, [{ from: at, to: at, insert: '1' }], true);
    key(store, editor, [{ from: at + 1, to: at + 1, insert: '2' }], true);
    walks.patchedWhole = 0;
    vi.advanceTimersByTime(300);
    expect(store.getState().text).toBe(editor.text);
    expect(walks).toEqual({ count: 0, patchedWhole: 0 });
    store.getState().undo();
    expect(store.getState().text).toBe(long);
  });

  it('is undone exactly when the keys were typed in another text than its own', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    // The editor still shows the text before a change the store has made (say, on the canvas).
    const editor = { text: long.replace('api-server', 'api') };
    const at = editor.text.indexOf('my-api:v2') + 'my-api:v2'.length;
    key(store, editor, [{ from: at, to: at, insert: '1' }], true);
    vi.advanceTimersByTime(300);
    expect(store.getState().text).toBe(editor.text);
    store.getState().undo();
    expect(store.getState().text).toBe(long);
    store.getState().redo();
    expect(store.getState().text).toBe(editor.text);
  });

  it('is undone exactly when a key came without its change', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const at = long.indexOf('my-api:v2');
    const editor = { text: long };
    key(store, editor, [{ from: at, to: at + 2, insert: 'our' }]);
    vi.advanceTimersByTime(300);
    const typed = `${editor.text}# pasted\n`;
    store.getState().typed(() => typed, typed.length);
    vi.advanceTimersByTime(300);
    store.getState().undo();
    expect(store.getState().text).toBe(long);
    store.getState().redo();
    expect(store.getState().text).toBe(typed);
  });

  it('is undone exactly when the changes given do not lead to the text', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const typed = long.replace('my-api:v2', 'my-api:v3');
    // Not this key's change: the store finds the change itself.
    store.getState().typed(() => typed, typed.length, [{ from: 0, to: 0, insert: 'x' }]);
    vi.advanceTimersByTime(300);
    expect(store.getState().text).toBe(typed);
    store.getState().undo();
    expect(store.getState().text).toBe(long);
  });

  it('records a key taken while another change of the store is being set once', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    // A view that takes the typed text when the checks come in, as the editor's linter does.
    store.subscribe((state, previous) => {
      if (state.checkedText !== previous.checkedText) store.getState().settle();
    });
    const at = long.indexOf('my-api:v2') + 'my-api:v2'.length;
    const editor = { text: long };
    key(store, editor, [{ from: at, to: at, insert: 'a' }]);
    vi.advanceTimersByTime(300);
    key(store, editor, [{ from: at + 1, to: at + 1, insert: 'b' }]);
    // The checks come before the key is taken.
    store.setState({ checkedText: null });
    expect(store.getState().text).toBe(editor.text);
    store.getState().undo();
    expect(store.getState().text).toBe(long);
    store.getState().redo();
    expect(store.getState().text).toBe(editor.text);
  });

  it('records the same change again after an undo in the same task', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const edit = { type: 'addVolume', name: 'cache' } as const;
    expect(store.getState().edit(edit)).toBe(true);
    const after = store.getState().text;
    store.getState().undo();
    expect(store.getState().edit(edit)).toBe(true);
    expect(store.getState().text).toBe(after);
    store.getState().undo();
    expect(store.getState().text).toBe(long);
  });
  it('drops the steps undone when an edit joins the step before', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    expect(store.getState().edit({ type: 'addVolume', name: 'a' })).toBe(true);
    const a = store.getState().text;
    expect(store.getState().edit({ type: 'addVolume', name: 'b' })).toBe(true);
    store.getState().undo();
    expect(store.getState().text).toBe(a);
    // The text is the one the drop left: the edit joins that step...
    expect(store.getState().editJoined({ type: 'addVolume', name: 'c' }, a)).toBe(true);
    const c = store.getState().text;
    // ...and a redo has nothing left to redo.
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().text).toBe(c);
  });
});
