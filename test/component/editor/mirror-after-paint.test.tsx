import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { template } from '../../support/templates';
import { renderEditor, type } from './helpers';

vi.setConfig({ testTimeout: 20_000 });

// Long enough for a change made elsewhere to reach the editor after the canvas is painted.
const notes = '# a note on the Pod, kept as written\n'.repeat(200);
const long = `${notes}${template('pod-anatomy.yaml')}`;

const addSidecar = (store: ReturnType<typeof renderEditor>['store']) =>
  act(() => void store.getState().edit({ type: 'addContainer', role: 'sidecar' }));

describe('a canvas edit of a long text, in the editor', () => {
  it('is put in once the canvas showing it is painted', async () => {
    const { store, text } = renderEditor(long);
    addSidecar(store);
    const edited = store.getState().text;
    expect(edited).not.toBe(long);
    expect(text()).toBe(long);
    await waitFor(() => expect(text()).toBe(edited));
  });

  it('is put in before a key typed meanwhile, which goes into the edited text', async () => {
    const { store, view, text } = renderEditor(long);
    addSidecar(store);
    const edited = store.getState().text;
    act(() => view.dispatch({ selection: { anchor: 0 } }));
    type(view, 'x');
    expect(text()).toBe(`x${edited}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    store.getState().settle();
    expect(store.getState().text).toBe(`x${edited}`);
  });

  it('is put in before a key pressed elsewhere acts', async () => {
    const { store, text } = renderEditor(long);
    addSidecar(store);
    const edited = store.getState().text;
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true })));
    expect(text()).toBe(edited);
    act(() => store.getState().undo());
    await waitFor(() => expect(text()).toBe(long));
  });

  it('is put in first when the cursor is sent to a place in it', () => {
    const { store, view, text } = renderEditor(long);
    addSidecar(store);
    const edited = store.getState().text;
    const at = edited.lastIndexOf('- name:');
    act(() => store.getState().jumpTo(at));
    expect(text()).toBe(edited);
    expect(view.state.selection.main.head).toBe(at);
  });

  it('is put in at once in a short text', () => {
    const { store, text } = renderEditor(template('pod-anatomy.yaml'));
    addSidecar(store);
    expect(text()).toBe(store.getState().text);
  });
});
