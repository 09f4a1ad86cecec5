import { RangeSetBuilder, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';

/**
 * How much further in than its line's indentation a wrapped line goes on, in columns: a
 * continuation at the indentation itself would read as the next key of the same mapping.
 */
const WRAP_HANG = 2;

/**
 * The deepest indentation a wrapped line keeps, in columns: a deeper line in a narrow editor
 * keeps room for its text.
 */
const MAX_INDENT = 24;

/** One decoration for each width of indentation, shared by all the lines that have it. */
const byIndent = new Map<number, Decoration>();

function indented(spaces: number): Decoration {
  let decoration = byIndent.get(spaces);
  if (!decoration) {
    decoration = Decoration.line({
      attributes: { style: `--wrap-indent: ${spaces + WRAP_HANG}ch` },
    });
    byIndent.set(spaces, decoration);
  }
  return decoration;
}

/** The line's indentation: its leading spaces (YAML indents with spaces only, never tabs). */
function indentOf(text: string): number {
  let spaces = 0;
  while (text.charCodeAt(spaces) === 32) spaces++;
  return spaces;
}

/** The indented lines drawn: only these have a line element to style. */
function indentedLines(view: EditorView): DecorationSet {
  const { doc } = view.state;
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to;) {
      const line = doc.lineAt(pos);
      const spaces = indentOf(line.text);
      // A range after a fold starts inside the folded range's last line, which is not drawn.
      if (spaces > 0 && line.from >= from) {
        builder.add(line.from, line.from, indented(Math.min(spaces, MAX_INDENT)));
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const wrapIndentPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = indentedLines(view);
    }

    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) {
        this.decorations = indentedLines(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/**
 * The lines drawn with padding as wide as the indentation plus WRAP_HANG, and the first row
 * pulled back by as much (a negative text-indent), so that only the rows a long line wraps
 * to start further in. The editor's 6 px before each line stays.
 */
const wrapIndentTheme = EditorView.theme({
  '.cm-lineWrapping .cm-line': {
    '--wrap-indent': `${WRAP_HANG}ch`,
    paddingLeft: 'calc(6px + var(--wrap-indent))',
    textIndent: 'calc(-1 * var(--wrap-indent))',
  },
  // The text-indent is inherited: the marks drawn as boxes in a line (a tab, a hidden
  // character) would move their own content by it.
  '.cm-lineWrapping .cm-line *': { textIndent: '0' },
});

/**
 * A line too long for the editor's width goes on at its own indentation (plus WRAP_HANG), as
 * in other code editors, not at the left edge, where it would read as a key of another level.
 * Only the lines drawn are looked at, again when the text or the lines drawn change.
 */
export function wrapIndent(): Extension {
  return [wrapIndentPlugin, wrapIndentTheme];
}
