import { act, render } from '@testing-library/react';
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

/**
 * Presses `key` in the editor, as the browser sends it: a keydown its keymaps answer. True when
 * one of them took it (the browser would then do nothing of its own).
 */
export function press(view: EditorView, key: string, modifiers: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    cancelable: true,
    ...modifiers,
  });
  act(() => void view.contentDOM.dispatchEvent(event));
  return event.defaultPrevented;
}

/**
 * Types `text` at the cursor, one character at a time: each a keydown, then (when no keymap took
 * it) the text input CodeMirror reads from the page, which its input handlers see first.
 */
export function type(view: EditorView, text: string): void {
  for (const character of text) {
    if (press(view, character)) continue;
    act(() => {
      const { from, to } = view.state.selection.main;
      const insert = () =>
        view.state.update({
          changes: { from, to, insert: character },
          selection: { anchor: from + character.length },
          userEvent: 'input.type',
          scrollIntoView: true,
        });
      const handlers = view.state.facet(EditorView.inputHandler);
      if (!handlers.some((handle) => handle(view, from, to, character, insert)))
        view.dispatch(insert());
    });
  }
}

/** Puts the cursor at the end of the first line that reads `text`, its indentation aside. */
export function endOfLine(view: EditorView, text: string): void {
  const { doc } = view.state;
  for (let n = 1; n <= doc.lines; n++) {
    const line = doc.line(n);
    if (line.text.trim() !== text) continue;
    act(() => view.dispatch({ selection: { anchor: line.to } }));
    return;
  }
  throw new Error(`No line reads ${JSON.stringify(text)}`);
}
