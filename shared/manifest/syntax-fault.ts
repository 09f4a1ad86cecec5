import type { YAMLError } from 'yaml';
import type { Unclosed } from './unclosed';

/** One mistake in the text, where the user made it, in words a learner reads. */
export interface SyntaxFault {
  from: number;
  to: number;
  code: string;
  message: string;
}

/**
 * Errors that stand on their own: each is one mistake, reported where it is. Every other error
 * yaml reports is the parser losing its way, and one slip (a stray `[`, a tab) sets off several
 * of them, often on the lines after it.
 */
const STANDALONE = new Set<string>([
  'DUPLICATE_KEY',
  'NON_STRING_KEY',
  'BAD_DQ_ESCAPE',
  'TAG_RESOLVE_FAILED',
  'BAD_ALIAS',
  'ALIAS_PROPS',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_TAGS',
  'KEY_OVER_1024_CHARS',
  'RESOURCE_EXHAUSTION',
  'BAD_COLLECTION_TYPE',
]);

function lostErrors(errors: readonly YAMLError[]): YAMLError[] {
  return errors.filter((e) => !STANDALONE.has(e.code));
}

/** True when the parser lost its way, not only met mistakes that stand on their own. */
export function parserLost(errors: readonly YAMLError[]): boolean {
  return lostErrors(errors).length > 0;
}

const OPENED: Record<Unclosed['opener'], string> = {
  '[': 'This `[` starts a list that is never closed: end the list with `]`, or delete the `[`.',
  '{': 'This `{` starts a mapping that is never closed: end it with `}`, or delete the `{`.',
  '"': 'This `"` starts a quoted text that is never closed: add the closing `"` at the end of the value, or delete this one.',
  "'": "This `'` starts a quoted text that is never closed: add the closing `'` at the end of the value, or delete this one.",
};

const RUNS_ON = (quote: string): string =>
  `This \`${quote}\` starts a quoted text that runs on past the end of its line: close it with \`${quote}\` on the same line, or delete this one.`;

const BAD_INDENT =
  "This line's indentation does not line up with the lines around it: the keys of one mapping, and the `-` items of one list, start in the same column.";

class Lines {
  constructor(private readonly text: string) {}
  start(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }
  end(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end;
  }
  /** The line holding `offset`, without its line break. */
  of(offset: number): string {
    return this.text.slice(this.start(offset), this.end(offset)).replace(/\r$/, '');
  }
  /** The offset of the first character that is not a space on the line holding `offset`. */
  indentEnd(offset: number): number {
    const start = this.start(offset);
    return start + (/^[ \t]*/.exec(this.of(offset))?.[0].length ?? 0);
  }
  /** The last line before the one holding `offset` that is neither blank nor a comment. */
  previousContent(offset: number): number | null {
    for (let at = this.start(offset) - 1; at >= 0; at = this.start(at) - 1) {
      if (!/^\s*(#.*)?$/.test(this.of(at))) return this.start(at);
    }
    return null;
  }
  number(offset: number): number {
    let n = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1))
      n++;
    return n;
  }
  /** The first line after the one holding `offset` that is neither blank nor a comment. */
  nextContent(offset: number): number | null {
    for (let at = this.end(offset) + 1; at < this.text.length; at = this.end(at) + 1) {
      if (!/^\s*(#.*)?$/.test(this.of(at))) return at;
    }
    return null;
  }
}

function quoteCode(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `\`${short.replace(/`/g, "'")}\``;
}

/** The key a line sets (`name` in `- name: web`) and its 1-based column, if it sets one. */
function keyColumn(line: string): { col: number; key: string } | null {
  const match = /^(\s*(?:-\s+)*)([^\s#:'"[\]{},][^:#]*?):(?:\s|$)/.exec(line);
  return match ? { col: match[1]!.length + 1, key: match[2]! } : null;
}

function keyOfLine(line: string): string | null {
  return keyColumn(line)?.key ?? null;
}

/** A line one or two columns off the key above it: name both, as either may be the slip. */
function misaligned(lines: Lines, at: number): string | null {
  const line = lines.of(at);
  const col = (/^ */.exec(line)?.[0].length ?? 0) + 1;
  const prevAt = lines.previousContent(at);
  const above = prevAt == null ? null : keyColumn(lines.of(prevAt));
  // Under a key with no value on its line, a deeper line is its value, not a misaligned sibling.
  if (!above || /:\s*(#.*)?$/.test(lines.of(prevAt!))) return null;
  if (above.col === col || Math.abs(above.col - col) > 2) return null;
  return `This line starts in column ${col}, but \`${above.key}\` on line ${lines.number(prevAt!)} starts in column ${above.col}: the keys of one mapping start in the same column. Line them up.`;
}

function lineFault(lines: Lines, offset: number, code: string, message: string): SyntaxFault {
  const from = lines.indentEnd(offset);
  return { from, to: Math.max(from + 1, lines.end(offset)), code, message };
}

function standalone(text: string, error: YAMLError, plain: (e: YAMLError) => string): SyntaxFault {
  const [from, to] = error.pos;
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyOfLine(text.slice(from, new Lines(text).end(from)) + ' ');
    const named = key ? quoteCode(key.trim()) : 'This key';
    return {
      from,
      to,
      code: 'duplicate-key',
      message: `${named} is set twice in the same mapping: a key may appear only once. Remove one of them, or merge their values.`,
    };
  }
  if (error.code === 'BAD_DQ_ESCAPE') {
    return {
      from,
      to,
      code: 'bad-escape',
      message: `${quoteCode(text.slice(from, to) || '\\')} is not an escape YAML knows inside double quotes: write \`\\\\\` for a backslash, or use single quotes.`,
    };
  }
  return {
    from,
    to,
    code: error.code === 'NON_STRING_KEY' ? 'non-string-key' : 'yaml-syntax',
    message: plain(error),
  };
}

/** The slip behind the first error yaml lost its way on. */
function firstSlip(text: string, first: YAMLError, errors: readonly YAMLError[]): SyntaxFault {
  const lines = new Lines(text);
  const at = first.pos[0];
  // A tab in the indentation is the likeliest cause, whether yaml named it or tripped over it.
  const tabError = errors.find((e) => e.code === 'TAB_AS_INDENT');
  const tab = /^ *\t/.exec(lines.of(at));
  if (tabError || tab) {
    const from = tabError ? tabError.pos[0] : lines.start(at) + tab![0].length - 1;
    return {
      from,
      to: from + 1,
      code: 'tab-indent',
      message:
        'This line is indented with a tab: YAML indents with spaces only. Replace the tab with spaces.',
    };
  }
  const line = lines.of(at);
  if (/^\s*-[^\s-]/.test(line)) {
    const item = /^\s*-([^\s:]*)/.exec(line)?.[1] ?? '';
    return lineFault(
      lines,
      at,
      'dash-without-space',
      `A list item needs a space after its \`-\`: write ${quoteCode(`- ${item}`)}.`,
    );
  }
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && first.message.startsWith('Nested mappings')) {
    if (/:(\s|$)/.test(text.slice(at, lines.end(at)))) {
      const value = text.slice(at, lines.end(at)).trim();
      return {
        from: at,
        to: Math.max(at + 1, lines.end(at)),
        code: 'colon-in-value',
        message: `The value ${quoteCode(value)} holds \`: \`, which YAML reads as the start of another key: put the whole value in quotes.`,
      };
    }
    const next = lines.nextContent(at);
    if (next != null) {
      const key = keyOfLine(line);
      const above = key ? `\`${key.trim()}\` on the line above` : 'the line above';
      return lineFault(
        lines,
        next,
        'bad-indent',
        `This line is indented further than ${above}, so YAML reads it as part of that value: start it in the same column as the key it belongs beside.`,
      );
    }
  }
  if (
    first.code === 'MULTILINE_IMPLICIT_KEY' ||
    first.message.startsWith('Implicit map keys need to be followed by map values')
  ) {
    const content = line.trim().replace(/^-\s+/, '');
    const word = /^([\w.\-/]+)\s+(\S.*)$/.exec(content);
    const message = word
      ? `${quoteCode(content)} has no colon after ${quoteCode(word[1]!)}: write ${quoteCode(`${word[1]}: ${word[2]}`)}.`
      : /^[^\s:]+:\S/.test(content)
        ? `${quoteCode(content)} needs a space after its colon: write \`key: value\`.`
        : `${quoteCode(content)} has no colon: each line of a mapping is written \`key: value\`, with a space after the colon.`;
    return lineFault(lines, at, 'missing-colon', message);
  }
  if (
    first.code === 'BAD_INDENT' ||
    first.code === 'BLOCK_AS_IMPLICIT_KEY' ||
    first.message.startsWith('Sequence item without')
  ) {
    return lineFault(lines, at, 'bad-indent', misaligned(lines, at) ?? BAD_INDENT);
  }
  return lineFault(
    lines,
    at,
    'yaml-syntax',
    'YAML cannot read this line: check its indentation, its `key: value` colon, and that every bracket and quote it opens is closed.',
  );
}

/**
 * The mistakes behind one document's errors: one fault for each slip, at the character where it
 * was made, instead of every error the parser raised after it.
 */
export function syntaxFaults(
  text: string,
  errors: readonly YAMLError[],
  unclosed: readonly Unclosed[],
  plain: (e: YAMLError) => string,
): SyntaxFault[] {
  const lost = lostErrors(errors).sort((a, b) => a.pos[0] - b.pos[0]);
  const first = lost[0];
  if (!first) return errors.map((e) => standalone(text, e, plain));
  const last = lost[lost.length - 1]!.pos[0];
  const opened = unclosed.filter((u) => (u.runsOn ? u.offset < first.pos[0] : u.offset <= last));
  if (opened.length > 0) {
    return opened.map((u) => ({
      from: u.offset,
      to: u.offset + 1,
      code: 'unclosed',
      message: u.runsOn ? RUNS_ON(u.opener) : OPENED[u.opener],
    }));
  }
  return [firstSlip(text, first, errors)];
}
