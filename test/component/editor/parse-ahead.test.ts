import { yaml } from '@codemirror/lang-yaml';
import { syntaxTree, syntaxTreeAvailable } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { manyKeysPod } from '../../../bench/large-pod';
import { PARSE_AHEAD_CHARS, parseAhead } from '../../../renderer/editor/parse-ahead';

const views: EditorView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
});

function open(doc: string, extensions = [yaml(), parseAhead]): EditorView {
  const view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc, extensions }),
  });
  views.push(view);
  return view;
}

/** Lets the page run the tasks queued so far, `rounds` times over. */
async function tasks(rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('reading a long document ahead', () => {
  const text = manyKeysPod();

  it('reads the syntax tree past the visible lines in tasks of its own, not when the page is idle', async () => {
    const view = open(text);
    const target = Math.min(text.length, view.viewport.to + PARSE_AHEAD_CHARS);
    expect(syntaxTreeAvailable(view.state, target)).toBe(false);
    for (let i = 0; i < 200 && !syntaxTreeAvailable(view.state, target); i++) await tasks(1);
    expect(syntaxTreeAvailable(view.state, target)).toBe(true);
    // The state holds the tree: the highlighting reads the keys of the annotations below.
    expect(syntaxTree(view.state).length).toBeGreaterThanOrEqual(target);
  });

  it('leaves the rest of a long document to be read as it comes into view', async () => {
    const view = open(text);
    for (
      let i = 0;
      i < 200 && !syntaxTreeAvailable(view.state, view.viewport.to + PARSE_AHEAD_CHARS);
      i++
    )
      await tasks(1);
    expect(syntaxTreeAvailable(view.state, text.length)).toBe(false);
  });

  it('is what makes the tree ready: without it, CodeMirror waits for an idle page', async () => {
    const view = open(text, [yaml()]);
    const target = Math.min(text.length, view.viewport.to + PARSE_AHEAD_CHARS);
    await tasks(50);
    expect(syntaxTreeAvailable(view.state, target)).toBe(false);
  });
});
