import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState, Text } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';

/** A step from the document's root: a mapping key or a sequence index. */
export type Step = string | number;

/**
 * What the cursor is writing, read from the editor's own syntax tree (the one CodeMirror keeps
 * for highlighting and folding), so that completion works in text that does not parse yet:
 * - `key`: a key of the mapping at `path` (the keys it already has in `present`);
 * - `value`: the value of `key` in the mapping at `path`.
 * `from`..`to` is the word to replace; `kind` is the document's `kind:`.
 */
export type CursorContext =
  | { type: 'key'; path: Step[]; present: string[]; from: number; to: number; kind: string | null }
  | { type: 'value'; path: Step[]; key: string; from: number; to: number; kind: string | null };

const unquote = (text: string) => text.replace(/^(["'])(.*)\1$/, '$2');

function text(doc: Text, node: SyntaxNode): string {
  return doc.sliceString(node.from, node.to);
}

export function keyOf(doc: Text, pair: SyntaxNode): string | null {
  const key = pair.getChild('Key');
  return key ? unquote(text(doc, key).trim()) : null;
}

/** The path of `node` from its document's root: the keys of the pairs and the items around it. */
export function pathOf(doc: Text, node: SyntaxNode | null): Step[] {
  const path: Step[] = [];
  for (let at = node; at && at.name !== 'Document'; at = at.parent) {
    if (at.name === 'Pair') {
      const key = keyOf(doc, at);
      if (key !== null) path.unshift(key);
    } else if (at.name === 'Item') {
      let index = 0;
      for (let before = at.prevSibling; before; before = before.prevSibling)
        if (before.name === 'Item') index++;
      path.unshift(index);
    }
  }
  return path;
}

/** The `kind:` of the document that holds `node`. */
export function kindOf(doc: Text, node: SyntaxNode | null): string | null {
  let at = node;
  while (at && at.name !== 'Document') at = at.parent;
  const mapping = at?.getChild('BlockMapping');
  for (const pair of mapping?.getChildren('Pair') ?? []) {
    if (keyOf(doc, pair) !== 'kind') continue;
    const value = pair.lastChild;
    return value && value.name !== 'Key' && value.name !== ':'
      ? unquote(text(doc, value).trim())
      : null;
  }
  return null;
}

/** The keys a block mapping already has, except the one being typed at `typing`. */
function keysOf(doc: Text, mapping: SyntaxNode | null, typing: number): string[] {
  const keys: string[] = [];
  for (const pair of mapping?.getChildren('Pair') ?? []) {
    if (pair.from <= typing && typing <= pair.to && !pair.getChild(':')) continue;
    const key = keyOf(doc, pair);
    if (key !== null) keys.push(key);
  }
  return keys;
}

function enclosingPair(node: SyntaxNode | null): SyntaxNode | null {
  let at = node;
  while (at && at.name !== 'Pair') at = at.parent;
  return at;
}

/**
 * The line above the cursor's line that says which mapping a key at `column` belongs to: a
 * sibling key at the same column, or a parent `key:` further left. Blank and comment lines,
 * and lines more indented (the children of earlier siblings), are passed over.
 */
function anchorAbove(
  doc: Text,
  lineNumber: number,
  column: number,
): { at: number; relation: 'sibling' | 'parent' } | null {
  for (let n = lineNumber - 1; n >= 1; n--) {
    const line = doc.line(n);
    if (/^\s*(#.*)?$/.test(line.text)) continue;
    const content = /^\s*(?:-\s+)*/.exec(line.text)![0].length;
    if (content === column) return { at: line.from + content, relation: 'sibling' };
    if (content < column) return { at: line.from + content, relation: 'parent' };
  }
  return null;
}

/**
 * The syntax tree as far as `pos`. The editor parses in slices of time; the line being typed
 * is on screen, so it is almost always parsed already. When it is not (a text just opened, a
 * busy machine), the parse is finished here: a partial tree would give the cursor a wrong path,
 * and so wrong or no keys. A few milliseconds usually; the limit only guards a huge text.
 */
export function treeUpTo(state: EditorState, pos: number) {
  return ensureSyntaxTree(state, state.doc.lineAt(pos).to, 1000) ?? syntaxTree(state);
}

/** Where the cursor at `pos` is, for completion; null where no key or value is being written. */
export function cursorContext(state: EditorState, pos: number): CursorContext | null {
  const doc = state.doc;
  const tree = treeUpTo(state, pos);
  const line = doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  const after = line.text.slice(pos - line.from);

  const value = /^(\s*(?:-\s+)*)(["']?[\w./-]+["']?):\s+(["']?[\w./:-]*)$/.exec(before);
  if (value && !/^\s*#/.test(before)) {
    const at = line.from + value[1]!.length;
    const pair = enclosingPair(tree.resolveInner(at, 1));
    const path = pair ? pathOf(doc, pair.parent) : [];
    const from = pos - value[3]!.length;
    return {
      type: 'value',
      path,
      key: unquote(value[2]!),
      from,
      to: pos + (/^[\w./:-]*/.exec(after)?.[0].length ?? 0),
      kind: kindOf(doc, tree.resolveInner(at, 1)),
    };
  }

  const key = /^(\s*)((?:-\s+)*)([\w./-]*)$/.exec(before);
  if (!key || /^[\w./-]*:/.test(after)) return null;
  const from = pos - key[3]!.length;
  const to = pos + (/^[\w./-]*/.exec(after)?.[0].length ?? 0);
  const column = key[1]!.length;
  const kindAt = (at: number) => kindOf(doc, tree.resolveInner(at, 1));

  if (key[2]) {
    // A new list item: the dash is a token of the list, followed by the item (if any yet).
    const dash = tree.resolveInner(line.from + column, 1);
    if (dash.name !== '-' || dash.parent?.name !== 'BlockSequence') return null;
    let index = 0;
    for (let before = dash.prevSibling; before; before = before.prevSibling)
      if (before.name === '-') index++;
    const item = dash.nextSibling?.name === 'Item' ? dash.nextSibling : null;
    return {
      type: 'key',
      path: [...pathOf(doc, dash.parent), index],
      present: keysOf(doc, item?.getChild('BlockMapping') ?? null, pos),
      from,
      to,
      kind: kindAt(dash.from),
    };
  }

  const anchor = anchorAbove(doc, line.number, column);
  if (!anchor) return { type: 'key', path: [], present: [], from, to, kind: null };
  const pair = enclosingPair(tree.resolveInner(anchor.at, 1));
  if (!pair) return null;
  if (anchor.relation === 'sibling') {
    return {
      type: 'key',
      path: pathOf(doc, pair.parent),
      present: keysOf(doc, pair.parent, pos),
      from,
      to,
      kind: kindAt(anchor.at),
    };
  }
  // Under `key:` with nothing after it on its line: a key of the mapping that is its value.
  if (!/:\s*(#.*)?$/.test(doc.lineAt(anchor.at).text)) return null;
  const mapping = pair.getChild('BlockMapping');
  return {
    type: 'key',
    path: pathOf(doc, pair),
    present: keysOf(doc, mapping, pos),
    from,
    to,
    kind: kindAt(anchor.at),
  };
}
