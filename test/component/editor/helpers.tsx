import { render } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { YamlEditor } from '../../../renderer/editor/YamlEditor';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';

// jsdom lays nothing out: CodeMirror, scrolling to a place, measures no rectangles.
Range.prototype.getClientRects ??= function () {
  return [] as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect ??= function () {
  return new DOMRect();
};

/** The YAML editor on a store holding `text`, and its CodeMirror view. */
export function renderEditor(text: string) {
  const store = createPodStore({ text, fileName: 'pod.yaml' });
  const { container } = render(
    <PodStoreProvider store={store}>
      <YamlEditor />
    </PodStoreProvider>,
  );
  const view = EditorView.findFromDOM(container.querySelector<HTMLElement>('.cm-editor')!)!;
  return { store, view, text: () => view.state.doc.toString() };
}
