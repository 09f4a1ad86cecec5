import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { TextRange } from '../../shared';

/** Highlights the lines of the selected canvas node's YAML (or clears it with `null`). */
export const highlightRange = StateEffect.define<TextRange | null>();

const lineMark = Decoration.line({ class: 'cm-node-highlight' });

function linesOf(view: { state: EditorView['state'] }, range: TextRange): DecorationSet {
  const doc = view.state.doc;
  const from = Math.min(range.from, doc.length);
  const to = Math.min(Math.max(range.to - 1, from), doc.length);
  const builder = new RangeSetBuilder<Decoration>();
  for (let line = doc.lineAt(from).number; line <= doc.lineAt(to).number; line++) {
    const start = doc.line(line).from;
    builder.add(start, start, lineMark);
  }
  return builder.finish();
}

const highlighted = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(highlightRange)) {
        next = effect.value ? linesOf(tr, effect.value) : Decoration.none;
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function nodeHighlight(): Extension {
  return highlighted;
}

/**
 * Highlights `range`'s lines unless they are the lines highlighted already: a key typed in the
 * selected container's YAML changes its text and seldom its lines, and costs no update then.
 */
export function followRange(view: EditorView, range: TextRange | null): void {
  const now = view.state.field(highlighted, false);
  if (now === undefined) return;
  const starts = (set: DecorationSet) => {
    const out: number[] = [];
    for (let at = set.iter(); at.value; at.next()) out.push(at.from);
    return out.join(' ');
  };
  if (starts(now) === starts(range ? linesOf(view, range) : Decoration.none)) return;
  view.dispatch({ effects: highlightRange.of(range) });
}

/** Shows the node's YAML: highlights its lines and scrolls them into view, cursor untouched. */
export function revealRange(view: EditorView, range: TextRange | null): void {
  view.dispatch({
    effects: range
      ? [
          highlightRange.of(range),
          EditorView.scrollIntoView(Math.min(range.from, view.state.doc.length), {
            y: 'start',
            yMargin: 40,
          }),
        ]
      : [highlightRange.of(null)],
  });
}
