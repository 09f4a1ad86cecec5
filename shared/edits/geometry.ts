import { isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';

/** Where text positions sit relative to lines: the few measurements every splice needs. */

/**
 * Where the line holding `offset` starts. A byte order mark that opens the text is no character
 * of its first line: that line starts after it, so that a line put above the first is put after
 * the mark (which stays the text's first character) and columns count from after it.
 */
export function lineStart(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start === 0 && offset > 0 && text.charCodeAt(0) === 0xfeff ? 1 : start;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** True when only spaces precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStart(text, offset), offset));
}

/** The offset just past the end of the line holding `offset` (past its newline, if any). */
export function afterLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The end of the last character that belongs to a node's value (not its trailing comments). */
export function contentEnd(node: Node | Pair | null | undefined): number {
  if (node == null) return -1;
  if (isPair(node)) {
    const keyEnd = contentEnd(node.key as Node | null);
    const value = node.value as Node | null;
    // An empty value (`key:`) has a zero-width range that may sit on a later line.
    if (isScalar(value) && value.range && value.range[0] === value.range[1]) return keyEnd + 1;
    return Math.max(keyEnd, contentEnd(value));
  }
  const range = node.range;
  if (!range) return -1;
  if (isCollection(node) && !node.flow) {
    const last = node.items[node.items.length - 1] as Node | Pair | undefined;
    if (last !== undefined) return contentEnd(last);
  }
  return range[1];
}

/** The start of a node: for a pair, its key. */
export function contentStart(node: Node | Pair): number {
  if (isPair(node)) return (node.key as Node | null)?.range?.[0] ?? -1;
  return node.range?.[0] ?? -1;
}

/**
 * The offset of the `-` that introduces a block sequence item starting at `itemStart`, looking
 * back over spaces, line breaks and the item's anchor or tag (`- &base` then the item below).
 */
export function dashBefore(text: string, itemStart: number): number {
  let i = itemStart - 1;
  for (let tokens = 0; tokens < 4; tokens++) {
    while (i >= 0 && /\s/.test(text[i]!)) i--;
    if (text[i] === '-' && (i === 0 || /\s/.test(text[i - 1]!))) return i;
    let j = i;
    while (j >= 0 && !/\s/.test(text[j]!)) j--;
    if (!/^[&!]/.test(text.slice(j + 1, i + 1))) return -1;
    i = j;
  }
  return -1;
}

/**
 * Moves a line start up over the comment lines directly above it that sit at `col` or deeper
 * (or, with `exactly`, at `col` only): those comments describe what follows, so new content goes
 * above them, and a list item removed or moved takes the ones at its dash's column along.
 */
export function aboveComments(text: string, at: number, col: number, exactly = false): number {
  let start = at;
  while (start > 0) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start - 1);
    const indent = /^( *)#/.exec(line)?.[1]?.length;
    if (indent === undefined || indent < col || (exactly && indent !== col)) break;
    start = prev;
  }
  return start;
}

export function isBlockMap(node: unknown): boolean {
  return isMap(node) && !node.flow;
}

export function isBlockSeq(node: unknown): boolean {
  return isSeq(node) && !node.flow;
}

/**
 * Where the block ending at `end` stops: past the newline of its last line. Block scalars
 * already end past their newline, so `end` is kept then.
 */
export function endOfBlock(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  return afterLine(text, end);
}
