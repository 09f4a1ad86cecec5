/**
 * The floor of a keystroke in the editor: a bare CodeMirror in the browser, with the YAML
 * language, line numbers and wrapping as the app's editor has, and nothing listening to it.
 * bench/keystroke-case.ts serves it with the text in `window.__benchText`.
 */
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';

declare global {
  interface Window {
    __benchText?: string;
  }
}

const parent = document.getElementById('editor');
if (!parent) throw new Error('The page has no #editor');
new EditorView({
  parent,
  state: EditorState.create({
    doc: window.__benchText ?? '',
    extensions: [
      lineNumbers(),
      yaml(),
      syntaxHighlighting(defaultHighlightStyle),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Manifest YAML' }),
    ],
  }),
});
