import { ensureSyntaxTree, language, syntaxTree, syntaxTreeAvailable } from '@codemirror/language';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import { nextTask } from '../store/after-paint';

/** How far past the visible lines the syntax tree is read ahead (CodeMirror's own distance). */
export const PARSE_AHEAD_CHARS = 100_000;

/** The longest step of reading ahead: the page paints and takes input between two steps. */
export const PARSE_STEP_MS = 30;

/**
 * Reads the syntax tree of a long document ahead of the visible lines in steps of at most
 * PARSE_STEP_MS, one task each, as soon as the document changes. CodeMirror's own background
 * parse waits for the page to be idle and then works in slices of up to 100 ms where
 * `navigator.scheduling.isInputPending` exists (Chromium): it yields to a key, but no frame is
 * painted meanwhile. Opening the 48,000-key file took four such slices. Read ahead here first,
 * the tree is there when CodeMirror's parse looks for work, and it finds none.
 */
export const parseAhead = ViewPlugin.fromClass(
  class {
    private cancel: (() => void) | null = null;

    constructor(private readonly view: EditorView) {
      this.schedule();
    }

    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.schedule();
    }

    destroy() {
      this.cancel?.();
      this.cancel = null;
    }

    private target(): number {
      const { state, viewport } = this.view;
      return Math.min(state.doc.length, viewport.to + PARSE_AHEAD_CHARS);
    }

    private schedule() {
      const { state } = this.view;
      if (this.cancel || !state.facet(language) || syntaxTreeAvailable(state, this.target()))
        return;
      this.cancel = nextTask(() => {
        this.cancel = null;
        this.step();
      });
    }

    private step() {
      const { state } = this.view;
      const tree = ensureSyntaxTree(state, this.target(), PARSE_STEP_MS);
      if (!tree) {
        this.schedule();
        return;
      }
      // The tree read ahead becomes the state's (as CodeMirror's own parse does when done).
      if (tree !== syntaxTree(state)) this.view.dispatch({});
    }
  },
);
