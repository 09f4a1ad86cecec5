import { Document, isMap, isScalar, isSeq, parse, visit } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { column, dashBefore } from './geometry';
import { HIDDEN_CHARACTERS, hasHiddenCharacters } from '../text/hidden-characters';
import { readsAsString } from '../manifest/yaml11';

type Quote = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/** How a document lays out its blocks, so new nodes look like their neighbours. */
export interface Layout {
  /** Spaces per nesting level of a mapping. */
  step: number;
  /** True when `- item` sits deeper than its key (`key:\n  - a`); false for `key:\n- a`. */
  indentSeq: boolean;
  /** The quotes the document's own quoted strings use, for strings that must be quoted. */
  quote: Quote;
}

export function detectLayout(text: string, doc: Document): Layout {
  let step: number | null = null;
  let indentSeq: boolean | null = null;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range) return undefined;
      const keyCol = column(text, key.range[0]);
      if (step === null && isMap(value) && !value.flow) {
        const first = value.items[0];
        const at = (first?.key as Node | null)?.range?.[0];
        if (at !== undefined && at > key.range[0]) {
          const diff = column(text, at) - keyCol;
          if (diff > 0) step = diff;
        }
      }
      if (indentSeq === null && isSeq(value) && !value.flow) {
        const first = value.items[0] as Node | null | undefined;
        const dash = first?.range ? dashBefore(text, first.range[0]) : -1;
        if (dash > key.range[0]) indentSeq = column(text, dash) > keyCol;
      }
      return step !== null && indentSeq !== null ? visit.BREAK : undefined;
    },
  });
  let quote: Quote | null = null;
  return {
    step: step ?? 2,
    indentSeq: indentSeq ?? true,
    // Looked for only when a string must be quoted: most edits never ask, and a document
    // without quotes would be walked to its end.
    get quote(): Quote {
      quote ??= quoteStyleOf(doc);
      return quote;
    },
  };
}

/** The quotes of the document's first quoted string; double quotes when it has none. */
function quoteStyleOf(doc: Document): Quote {
  let found: Quote = 'QUOTE_DOUBLE';
  visit(doc, {
    Scalar(_, scalar) {
      if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
        found = scalar.type;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * `value` as YAML text. A string that kubectl (YAML 1.1: `yes`, `on`, `0b101`, `1_000`…) or this
 * app (YAML 1.2) would read as another type is quoted, in the document's quote style, so that
 * every string written stays a string for both readers.
 */
function dump(value: unknown, layout: Layout, extra: Record<string, unknown> = {}): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  let hidden = false;
  visit(doc, {
    Scalar(_, scalar) {
      const text = scalar.value;
      // A multi-line string is printed as a block or quoted anyway: always a string.
      if (typeof text === 'string' && !text.includes('\n') && !readsAsString(text)) {
        scalar.type = (extra.defaultStringType as Quote | undefined) ?? layout.quote;
      }
      // Hidden characters are written as escapes, the only place they stay visible.
      if (typeof text === 'string' && hasHiddenCharacters(text)) {
        scalar.type = 'QUOTE_DOUBLE';
        hidden = true;
      }
    },
  });
  const out = doc.toString({
    indent: layout.step,
    indentSeq: layout.indentSeq,
    lineWidth: 0,
    minContentWidth: 0,
    // A string printed alone would be a block whose lines the library leaves unindented, where
    // the caller's indentation cannot tell them from its header: `literalBlock` prints those.
    blockQuote: typeof value !== 'string',
    ...extra,
  });
  // Every scalar that holds one is double-quoted (above), where `\uXXXX` means the character.
  const escaped = hidden ? out.replace(HIDDEN_CHARACTERS, escapeCharacter) : out;
  return escaped.endsWith('\n') ? escaped.slice(0, -1) : escaped;
}

/**
 * What a literal block scalar cannot hold as it is: control characters (a tab aside), a carriage
 * return, a byte order mark, lone surrogates, and the line breaks YAML 1.1 (kubectl) adds to `\n`.
 */
const NOT_IN_BLOCK = /(?![\t\n])\p{Cc}|[\u2028\u2029\ufeff]|\p{Cs}/u;

/**
 * A string with line breaks as a literal block scalar, so that it reads as the lines it holds
 * (`|-`, then each line on its own), with its lines `indent` spaces in from the column its parent
 * starts at (the key's, or the dash's): the column an indentation indicator counts from. Null
 * for a string without line breaks, and for one a block cannot hold exactly (hidden characters,
 * which only escapes show; a last line of blanks only, which editors strip), written quoted.
 *
 * The header says what the lines alone cannot: `|-` strips the last line break, `|` keeps one,
 * `|+` keeps them all (the empty lines at the end are part of the value); and a text whose first
 * line starts with a space says how deep its lines are indented (`|2`), as the reader would
 * otherwise take that space for indentation.
 */
export function literalBlock(text: string, indent: number): string | null {
  if (!text.includes('\n') || /^\s*$/.test(text) || /\n[\t ]+$/.test(text)) return null;
  if (NOT_IN_BLOCK.test(text) || hasHiddenCharacters(text)) return null;
  const trailing = /\n*$/.exec(text)![0].length;
  const chomping = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const lines = (trailing === 0 ? text : text.slice(0, -1)).split('\n');
  const first = lines.find((line) => line !== '') ?? '';
  const indicator = first.startsWith(' ') ? String(indent) : '';
  if (indicator !== '' && (indent < 1 || indent > 9)) return null;
  const pad = ' '.repeat(indent);
  const body = lines.map((line) => (line === '' ? '' : pad + line)).join('\n');
  return `|${indicator}${chomping}\n${body}`;
}

/**
 * A string as a folded block scalar (`>`, `>-`, `>+`), as the yaml library folds one: its lines
 * `indent` spaces in from column 0, a long line folded at `width` columns (0: never), a line
 * break of the value written as an empty line. Null where a folded block would not read back as
 * the string (hidden characters, a last line of blanks only, a first line starting with a space,
 * which needs an indentation indicator), written as a literal block or quoted instead.
 */
export function foldedBlock(text: string, indent: number, width: number): string | null {
  if (/^\s*$/.test(text) || /\n[\t ]+$/.test(text) || /^[\t ]/.test(text)) return null;
  if (NOT_IN_BLOCK.test(text) || hasHiddenCharacters(text) || indent < 1) return null;
  const doc = new Document({ x: text });
  const pair = (doc.contents as { items: Pair[] }).items[0]!;
  (pair.value as Scalar).type = 'BLOCK_FOLDED';
  const out = doc.toString({ indent, lineWidth: width, minContentWidth: 0 });
  if (!/^x: >[-+]?\n/.test(out)) return null;
  const block = out.slice(3, -1);
  try {
    if ((parse(`x: ${block}\n`) as { x?: unknown } | null)?.x !== text) return null;
  } catch {
    return null;
  }
  return block;
}

function escapeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff
    ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Prefixes every line after the first with `col` spaces (blank lines stay empty). */
export function indentRest(text: string, col: number): string {
  const pad = ' '.repeat(col);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function isBlockCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    Object.keys(value).length > 0
  );
}

/** `value` as a block whose first line sits at column `col` (already reached by the caller). */
export function printBlock(value: unknown, col: number, layout: Layout): string {
  if (typeof value === 'string') {
    // A list item's string: its lines line up with its first (`- |` then `  echo`). An
    // indentation indicator would count from the dash, whose column is not known here: a text
    // that needs one is quoted instead.
    const block = literalBlock(value, 0);
    if (block !== null && !/^\|\d/.test(block)) return indentRest(block, col);
  }
  return indentRest(dump(value, layout), col);
}

/**
 * A value that fits on one line after `key: ` or `- `, or null when it needs a block (a string
 * with line breaks too: the callers print it as a literal block, indented under its key or dash).
 */
export function printInline(value: unknown, layout: Layout, like?: Scalar | null): string | null {
  if (isBlockCollection(value)) return null;
  if (typeof value === 'string' && literalBlock(value, layout.step) !== null) return null;
  const extra: Record<string, unknown> = {};
  if (typeof value === 'string' && like && isScalar(like)) {
    if (like.type === 'QUOTE_DOUBLE' || like.type === 'QUOTE_SINGLE')
      extra.defaultStringType = like.type;
  }
  const out = dump(value, layout, extra);
  return out.includes('\n') ? null : out;
}

/** `value` printed as the value of a key whose key starts at column `col`: ` x` or `\n  a: 1`. */
export function printAfterKey(value: unknown, col: number, layout: Layout): string {
  if (isBlockCollection(value)) {
    const inner = col + (Array.isArray(value) && !layout.indentSeq ? 0 : layout.step);
    return '\n' + ' '.repeat(inner) + indentRest(dump(value, layout), inner);
  }
  const block = typeof value === 'string' ? literalBlock(value, layout.step) : null;
  return ' ' + indentRest(block ?? dump(value, layout), col);
}

/** A whole `key: value` pair for a key at column `col`, without indentation on its first line. */
export function printPair(keySource: string, value: unknown, col: number, layout: Layout): string {
  return keySource + ':' + printAfterKey(value, col, layout);
}

/** A key as YAML would write it (quoted when it must be). */
export function printKey(key: string, layout: Layout): string {
  return dump(key, layout);
}

/** A sequence item for a dash at column `dashCol`, whose content sits `offset` after the dash. */
export function printItem(value: unknown, dashCol: number, offset: number, layout: Layout): string {
  const contentCol = dashCol + offset;
  // A block's lines sit under the item's first character, which its indicator counts from the dash.
  const block = typeof value === 'string' ? literalBlock(value, offset) : null;
  if (block !== null) return '-' + ' '.repeat(offset - 1) + indentRest(block, dashCol);
  const body = dump(value, layout);
  return '-' + ' '.repeat(offset - 1) + indentRest(body, contentCol);
}

/** A flow collection as YAML would write it, keeping the original's padding inside braces. */
export function printFlow(value: unknown, layout: Layout, padded: boolean, quote?: Quote): string {
  const extra: Record<string, unknown> = { collectionStyle: 'flow', flowCollectionPadding: padded };
  if (quote) Object.assign(extra, { defaultStringType: quote, defaultKeyType: 'PLAIN' });
  return dump(value, layout, extra);
}
