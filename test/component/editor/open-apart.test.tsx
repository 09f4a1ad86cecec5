import { act } from '@testing-library/react';
import { diagnosticCount } from '@codemirror/lint';
import { describe, expect, it, vi } from 'vitest';
import { template } from '../../support/templates';
import { renderEditor as renderLessonEditor } from './helpers';

vi.setConfig({ testTimeout: 20_000 });

const lesson = template('pod-anatomy.yaml');
// Over 100,000 characters, long enough to be put in the editor in a task of its own: the
// lesson's Pod with 3,000 annotations more.
const notes = Array.from({ length: 3_000 }, (_, i) => `    note-${i}: "about the Pod, ${i}"`);
const long = lesson.replace(
  '    kubectl.kubernetes.io/default-container: api-server\n',
  (line) => `${line}${notes.join('\n')}\n`,
);

const renderEditor = () => renderLessonEditor(lesson);

/** Lets the page run the tasks queued so far. */
const nextTasks = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('opening a long file in the editor', () => {
  it('puts its text in the editor in a task of its own, at its first line', async () => {
    expect(long.length).toBeGreaterThan(100_000);
    const { store, view, text } = renderEditor();
    view.dispatch({ selection: { anchor: 200 } });
    act(() => store.getState().loadFile({ name: 'large.yaml', path: null, text: long }));
    expect(text()).toBe(lesson);
    await nextTasks();
    expect(text()).toBe(long);
    expect(view.state.selection.main.head).toBe(0);
    expect(store.getState().text).toBe(long);
  });

  it("shows the opened file's markers once its text is in", async () => {
    const { store, view, text } = renderEditor();
    act(() => store.getState().loadFile({ name: 'large.yaml', path: null, text: long }));
    await nextTasks();
    expect(text()).toBe(long);
    // The lesson's Pod has warnings and suggestions (images without a digest…).
    expect(diagnosticCount(view.state)).toBeGreaterThan(0);
  });

  it('puts a short file in at once', () => {
    const { store, text } = renderEditor();
    const short = lesson.replace('api-server', 'web');
    act(() => store.getState().loadFile({ name: 'short.yaml', path: null, text: short }));
    expect(text()).toBe(short);
  });

  it('keeps the opened file when a key is typed before its text is in the editor', async () => {
    const { store, view, text } = renderEditor();
    act(() => store.getState().loadFile({ name: 'large.yaml', path: null, text: long }));
    act(() => view.dispatch({ changes: { from: 0, insert: 'x' }, userEvent: 'input.type' }));
    await nextTasks();
    expect(store.getState().text).toBe(long);
    expect(text()).toBe(long);
  });

  it('puts the text in first when the cursor is sent to a place in it', () => {
    const { store, view, text } = renderEditor();
    act(() => store.getState().loadFile({ name: 'large.yaml', path: null, text: long }));
    const at = long.indexOf('note-2400');
    act(() => store.getState().jumpTo(at));
    expect(text()).toBe(long);
    expect(view.state.selection.main.head).toBe(at);
  });
});
