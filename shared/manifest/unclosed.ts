import { CST, Parser } from 'yaml';

/**
 * A `[`, `{`, `"` or `'` that opens something the text never closes, or a quote closed only
 * lines later (legal YAML, but in a manifest that does not parse, the likeliest slip).
 */
export interface Unclosed {
  offset: number;
  opener: '[' | '{' | '"' | "'";
  runsOn?: true;
}

function closedQuote(source: string): boolean {
  const quote = source[0];
  if (source.length < 2 || !source.endsWith(quote!)) return false;
  if (quote === "'") return true;
  // `"a\"` is still open: the last quote is escaped when an odd run of backslashes precedes it.
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function closes(token: CST.FlowCollection): boolean {
  const closer = token.start.source === '{' ? 'flow-map-end' : 'flow-seq-end';
  return token.end.some((t) => t.type === closer);
}

function opensInside(token: CST.Token | null | undefined): boolean {
  if (token?.type === 'flow-collection') {
    return !closes(token) || token.items.some((i) => opensInside(i.key) || opensInside(i.value));
  }
  if (token?.type === 'double-quoted-scalar' || token?.type === 'single-quoted-scalar') {
    return !closedQuote(token.source);
  }
  return false;
}

function check(token: CST.Token | null | undefined, found: Unclosed[]): void {
  if (!token) return;
  if (token.type === 'flow-collection') {
    const opener = token.start.source === '{' ? '{' : '[';
    // In `[{"a"]` the `[` lacks its `]` only because the `{` took it: one slip, the inner one.
    if (!closes(token) && !token.items.some((i) => opensInside(i.key) || opensInside(i.value))) {
      found.push({ offset: token.offset, opener });
    }
  } else if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
    const opener = token.type === 'double-quoted-scalar' ? '"' : "'";
    if (!closedQuote(token.source)) found.push({ offset: token.offset, opener });
    else if (token.source.includes('\n'))
      found.push({ offset: token.offset, opener, runsOn: true });
  }
}

/**
 * Every bracket and quote the text opens and never closes, in text order. yaml reports such a
 * fault where it gives up (often the next line, with several follow-on errors); its concrete
 * syntax tree still holds the opening character, which is where the user slipped.
 */
export function findUnclosed(text: string): Unclosed[] {
  const found: Unclosed[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      check(item.key, found);
      check(item.value, found);
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
