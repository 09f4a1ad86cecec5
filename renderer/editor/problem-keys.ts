import { forEachDiagnostic, nextDiagnostic, previousDiagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import {
  activateHover,
  closeHoverTooltips,
  EditorView,
  keymap,
  type Command,
} from '@codemirror/view';
import { withoutBackticks } from '../problems/CodeText';
import { loadFieldDocs } from './field-docs';

const SEVERITY_NAME = { error: 'Error', warning: 'Warning', info: 'Suggestion', hint: 'Hint' };

/**
 * F8 and Shift+F8, as in VS Code: the selection goes to the next or previous problem marked in
 * the text (lint's own commands, over the markers the editor is given), wrapping round at the
 * end. There `hover` opens, as the mouse would open it (the problem, why it matters, its fix:
 * lint's own tooltip is left empty), and a screen reader is told the problem and its line.
 */
export function problemKeys(hover: Extension): Extension {
  const goTo =
    (move: Command): Command =>
    (view) => {
      if (!move(view)) return false;
      const at = view.state.selection.main.from;
      const said: string[] = [];
      forEachDiagnostic(view.state, (d, from, to) => {
        if (from === at || (from < at && at < to))
          said.push(`${SEVERITY_NAME[d.severity]}: ${withoutBackticks(d.message)}`);
      });
      const line = view.state.doc.lineAt(at).number;
      view.dispatch({
        // Lint opens its own tooltip there, which shows nothing (see kubernetesAssist).
        effects: [closeHoverTooltips, EditorView.announce.of(`${said.join(' ')} Line ${line}.`)],
      });
      // Once the field docs the hover reads are in, and the updates the move sets off are done
      // (the canvas selects the problem's node, the editor highlights its lines): an update
      // while the hover waits for the docs would drop it.
      void loadFieldDocs().then(() =>
        setTimeout(() => {
          if (view.state.selection.main.from === at) activateHover(view, at, 1, { tooltip: hover });
        }),
      );
      return true;
    };
  return keymap.of([
    { key: 'F8', run: goTo(nextDiagnostic) },
    { key: 'Shift-F8', run: goTo(previousDiagnostic) },
  ]);
}
