import { act, render } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { YamlEditor } from '../../../renderer/editor/YamlEditor';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { applyPatches } from '../../../renderer/store/text-patch';
import { template } from '../../support/templates';

// jsdom lays nothing out: CodeMirror measures no rectangles.
Range.prototype.getClientRects ??= function () {
  return [] as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect ??= function () {
  return new DOMRect();
};

const lesson = template('pod-anatomy.yaml');

describe('a key typed in the editor', () => {
  it('reaches the store with its own changes, which the undo history keeps', async () => {
    const store = createPodStore({ text: lesson, fileName: 'pod.yaml' });
    const { container } = render(
      <PodStoreProvider store={store}>
        <YamlEditor />
      </PodStoreProvider>,
    );
    const view = EditorView.findFromDOM(container.querySelector<HTMLElement>('.cm-editor')!)!;
    const at = lesson.indexOf('my-api:v2');
    // One transaction that changes two places, as an indent of a selection does.
    await act(async () => {
      view.dispatch({
        changes: [
          { from: 0, insert: '#' },
          { from: at, to: at + 2, insert: 'our' },
        ],
        userEvent: 'input',
      });
      await Promise.resolve();
    });
    const typed = view.state.doc.toString();
    expect(store.getState().text).toBe(typed);
    const { lastEdit } = store.getState();
    expect(lastEdit?.before).toBe(lesson);
    expect(lastEdit?.after).toBe(typed);
    expect(applyPatches(lesson, lastEdit!.splices)).toBe(typed);
    expect(lastEdit!.splices.map((s) => s.insert)).toEqual(['our', '#']);
    act(() => store.getState().undo());
    expect(view.state.doc.toString()).toBe(lesson);
  });
});
