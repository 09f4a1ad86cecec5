import { EditorView, highlightSpecialChars } from '@codemirror/view';
import { HIDDEN_CHARACTERS } from '../../shared';

/** The id of the sentence that says how to leave the editor (Tab indents in it). */
export const EDITOR_KEYS_HINT_ID = 'manifest-editor-keys';

/**
 * The editor's text area in the keyboard's order, described by how to leave it: Tab indents
 * there, and CodeMirror lets Escape then Tab move the focus on.
 */
export const editorAccessibility = EditorView.contentAttributes.of({
  tabindex: '0',
  'aria-describedby': EDITOR_KEYS_HINT_ID,
});

/**
 * CodeMirror draws some invisible and bidirectional characters as marks already; this adds the
 * rest of the app's list (shared/text), so that no line of the editor is reordered or hides text.
 */
export const hiddenCharacterMarks = highlightSpecialChars({
  addSpecialChars: new RegExp(HIDDEN_CHARACTERS.source, 'u'),
});
