import { isCollection, isScalar, isSeq, Lexer } from 'yaml';
import type { Node, Pair } from 'yaml';
import { loadText, plainDocument } from '../manifest/load';
import { afterLine, column, contentEnd, endOfBlock } from './geometry';
import type { Change } from './flow-splices';
import type { Layout } from './print';

/**
 * The text of a value as written under its key, for a YAML field that shows it and writes what
 * the user typed in its place: comments, quoting, number forms and flow or block style all stay
 * as typed, and the text around it is not touched.
 */

/** Where a pair's value stands in the text. */
export type ValueSpan =
  /** Lines below the key (`key:` then an indented mapping or list), from the line after the key. */
  | { kind: 'block'; from: number; to: number; indent: number; keyCol: number; colon: number }
  /** On the key's line (`key: [a, b] # c`), from its first character to the end of its last line. */
  | { kind: 'inline'; from: number; to: number; keyCol: number; colon: number }
  /** `key:` with nothing after it. */
  | { kind: 'empty'; keyCol: number; colon: number };

/** Where the line holding `offset` ends, before its line break. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

/** The span of a block mapping's pair value, or null for a layout it does not describe. */
export function valueSpan(text: string, pair: Pair): ValueSpan | null {
  const key = pair.key as Node | null;
  if (!key?.range) return null;
  const colon = text.indexOf(':', key.range[1]);
  if (colon < 0 || !/^[ \t]*$/.test(text.slice(key.range[1], colon))) return null;
  const keyCol = column(text, key.range[0]);
  const value = pair.value as Node | null;
  const range = value?.range;
  if (!value || !range || (isScalar(value) && range[0] === range[1])) {
    return { kind: 'empty', keyCol, colon };
  }
  if (range[0] > lineEnd(text, colon)) {
    const from = afterLine(text, colon);
    const to = endOfBlock(text, contentEnd(pair));
    // Content lines set the indentation; a comment may sit less deep.
    const content = lines(text.slice(from, to)).filter((l) => !/^\s*(#|$)/.test(l));
    const indent = Math.min(...content.map(leadingSpaces));
    return Number.isFinite(indent) ? { kind: 'block', from, to, indent, keyCol, colon } : null;
  }
  const end = contentEnd(value);
  const last = text[end - 1] === '\n' ? end - 1 : end;
  const from = colon + 1 + leadingSpaces(text.slice(colon + 1, range[0]));
  return { kind: 'inline', from, to: lineEnd(text, last), keyCol, colon };
}

function lines(text: string): string[] {
  return text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
}

/** Removes up to `count` leading spaces of each line. */
function dedent(textLines: string[], count: number): string {
  return textLines.map((line) => line.slice(Math.min(count, leadingSpaces(line)))).join('\n');
}

/** The value's text as a field shows it: at column 0, with `\n` line ends. */
export function shownText(text: string, span: ValueSpan): string {
  if (span.kind === 'empty') return '';
  const shown = lines(text.slice(span.from, span.to));
  if (span.kind === 'block') return dedent(shown, span.indent);
  // The lines after the first of a value on the key's line (a flow list spread over lines).
  const rest = shown.slice(1).filter((l) => l.trim() !== '');
  const indent = Math.min(...rest.map(leadingSpaces));
  return dedent(shown, Number.isFinite(indent) ? indent : 0).replace(/^\s*/, '');
}

/** Prefixes every non-blank line with `col` spaces. */
function indentLines(text: string, col: number): string {
  const pad = ' '.repeat(col);
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : pad + line))
    .join('\n');
}

export type Draft =
  | {
      ok: true;
      /** The typed text with `\n` line ends and without trailing white space. */
      text: string;
      value: unknown;
      /** True when it fits after `key: ` (a scalar or a flow collection on one line). */
      inline: boolean;
      /** True for a list, written after its key as the document writes lists. */
      seq: boolean;
    }
  | { ok: false; error: string };

/** Reads a typed value as the manifest is read; one document, without `---`. */
export function readDraft(typed: string): Draft {
  const text = typed.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (/^(?:---|\.\.\.)(?:\s|$)|^%/m.test(text)) {
    return { ok: false, error: 'A field holds one value: write it without --- or a directive.' };
  }
  const loaded = loadText(text);
  const doc = loaded.docs[0];
  const error = loaded.diagnostics.find((d) => d.severity === 'error');
  if (loaded.failed || !doc || loaded.docs.length > 1) {
    return {
      ok: false,
      error: error ? `Not valid YAML (line ${error.line}): ${error.message}` : 'Not valid YAML.',
    };
  }
  let value: unknown;
  try {
    value = plainDocument(loaded, 0);
  } catch (reason) {
    return { ok: false, error: `Not valid YAML: ${(reason as Error).message}` };
  }
  const contents = doc.contents as Node | null;
  const block = isCollection(contents) && !contents.flow;
  return { ok: true, text, value, inline: !text.includes('\n') && !block, seq: isSeq(contents) };
}

/**
 * The change that writes `draft` in place of the value at `span`: on the key's line when it fits
 * there, else as lines below the key, at the column the old lines had (so that what the user did
 * not change stays as it was) or one step deeper than the key.
 */
export function placeText(
  text: string,
  span: ValueSpan,
  draft: Draft & { ok: true },
  layout: Layout,
): Change {
  const { keyCol, colon } = span;
  const childCol = keyCol + (draft.seq && !layout.indentSeq ? 0 : layout.step);
  const keyLineEnd = lineEnd(text, colon);
  if (span.kind === 'inline') {
    return draft.inline
      ? { from: span.from, to: span.to, insert: draft.text }
      : { from: colon + 1, to: span.to, insert: '\n' + indentLines(draft.text, childCol) };
  }
  if (!draft.inline) {
    if (span.kind === 'empty') {
      return { from: keyLineEnd, to: keyLineEnd, insert: '\n' + indentLines(draft.text, childCol) };
    }
    const fits = draft.seq ? span.indent >= keyCol : span.indent > keyCol;
    const col = fits ? span.indent : childCol;
    const newline = text[span.to - 1] === '\n' ? '\n' : '';
    return { from: span.from, to: span.to, insert: indentLines(draft.text, col) + newline };
  }
  // The key's line keeps its anchor or tag and its comment around the value now written on it.
  const tail = text.slice(colon + 1, keyLineEnd);
  const hash = tail.search(/(?:^|\s)#/);
  const props = (hash < 0 ? tail : tail.slice(0, hash)).trim();
  const comment = hash < 0 ? '' : tail.slice(hash).trim();
  const insert = ' ' + [props, draft.text, comment].filter((part) => part !== '').join(' ');
  if (span.kind === 'empty') return { from: colon + 1, to: keyLineEnd, insert };
  const newline = text[span.to - 1] === '\n' ? '\n' : '';
  return { from: colon + 1, to: span.to, insert: insert + newline };
}

/** `key:` and `draft` as the lines of a new pair whose key sits at column `col`. */
export function pairText(
  keySource: string,
  draft: Draft & { ok: true },
  col: number,
  layout: Layout,
): string {
  const childCol = col + (draft.seq && !layout.indentSeq ? 0 : layout.step);
  const value = draft.inline ? ' ' + draft.text : '\n' + indentLines(draft.text, childCol);
  return ' '.repeat(col) + keySource + ':' + value;
}

/** True when `text` holds a comment (a `#` token of yaml's lexer, not one inside a scalar). */
export function hasComments(text: string): boolean {
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) return true;
  return false;
}
