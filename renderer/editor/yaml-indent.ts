import { indentService, syntaxTree, type IndentContext } from '@codemirror/language';
import type { Extension } from '@codemirror/state';

/**
 * The line a line at `pos` follows: the text before the break when Enter is splitting the line
 * at `pos`, else the line above. Blank lines are passed over (a second Enter after `key:` stays
 * under the key's value); null when there is none.
 */
function lineBefore(cx: IndentContext, pos: number): { text: string; from: number } | null {
  let line = cx.lineAt(pos, -1);
  if (cx.simulatedBreak !== pos) {
    if (line.from === 0) return null;
    line = cx.lineAt(line.from - 1, -1);
  }
  while (!/\S/.test(line.text)) {
    if (line.from === 0) return null;
    line = cx.lineAt(line.from - 1, -1);
  }
  return line;
}

/** Where `text` (which starts at `from`) ends, its trailing spaces aside. */
const endOf = (text: string, from: number) => from + text.trimEnd().length;

/**
 * One indentation unit deeper than a key that ends its line with no value (`resources:`, or
 * `- resources:   # a note`): what follows it is that key's block. lang-yaml's own indentation
 * puts the line under the key instead (for it, the block mapping that ends at the line's end
 * is still the one to go on), which makes `resources:`, `limits:`, `cpu: 1` typed one after
 * the other siblings. Any other line (`key: value`, `- key: value`, `- `, a block scalar's
 * header or content, a flow collection) is left to lang-yaml, which indents those as YAML
 * needs. Read from the editor's syntax tree, so that a line of a block scalar or a comment
 * that ends in `:` is not taken for a key.
 */
function afterBareKey(cx: IndentContext, pos: number): number | undefined {
  const line = lineBefore(cx, pos);
  if (!line) return undefined;
  const tree = syntaxTree(cx.state);
  let end = endOf(line.text, line.from);
  if (tree.length < end) return undefined;
  let last = tree.resolveInner(end, -1);
  if (last.name === 'Comment' && last.from > line.from) {
    end = endOf(line.text.slice(0, last.from - line.from), line.from);
    last = tree.resolveInner(end, -1);
  }
  const pair = last.parent;
  if (last.name !== ':' || last.to !== end || pair?.name !== 'Pair') return undefined;
  // The key starts the line, or an item of a sequence on it: `b: c:` is not a key of its own.
  if (pair.parent?.name !== 'BlockMapping' || pair.from < line.from) return undefined;
  if (!/^\s*(?:-\s+)*$/.test(line.text.slice(0, pair.from - line.from))) return undefined;
  const key = cx.column(pair.from);
  // The key's block is already there (Enter at the end of `containers:` above its items): the
  // new line goes where that block's lines are. Its items may stand at the key's own column
  // (`- name:` under `containers:`, as kubectl writes), or four spaces in (a file indented so).
  const below = lineAfter(cx, pos);
  if (below) {
    const indent = below.text.length - below.text.trimStart().length;
    if (indent > key || (indent === key && /^\s*-(\s|$)/.test(below.text))) return indent;
  }
  return key + cx.unit;
}

/**
 * The first line with text after the one `pos` is on; none when Enter splits a line with text
 * after the break (that text is what the new line will hold).
 */
function lineAfter(cx: IndentContext, pos: number): { text: string } | null {
  const doc = cx.state.doc;
  if (/\S/.test(doc.sliceString(pos, doc.lineAt(pos).to))) return null;
  for (let n = doc.lineAt(pos).number + 1; n <= doc.lines; n++) {
    const text = doc.line(n).text;
    if (/\S/.test(text)) return { text };
  }
  return null;
}

/** Enter after a mapping key with no value indents the new line one unit under the key. */
export function yamlIndent(): Extension {
  return indentService.of(afterBareKey);
}
