import { isScalar, Scalar, visit } from 'yaml';
import type { TextRange } from '../manifest/types';
import { nodeAtPath } from './locate';
import type { Rule, RuleContext } from './context';
import { nodeId } from '../graph/types';
import {
  codePointLabel,
  hasHiddenCharacters,
  HIDDEN_CHARACTERS,
  hiddenCharacter,
} from '../text/hidden-characters';

/** The canvas node whose YAML holds the offset: a container, a volume, else the Pod. */
function nodeAt(ctx: RuleContext, offset: number): string {
  for (const item of [...ctx.containers, ...ctx.volumes]) {
    const range = nodeAtPath(ctx.doc, item.path)?.range;
    if (item.name && range && offset >= range[0] && offset < range[2]) return item.nodeId;
  }
  return nodeId.pod;
}

/**
 * Every bidirectional control and invisible character in the manifest, at its place: keys,
 * values, comments alike, as code review tools warn of "hidden or bidirectional Unicode text".
 * A byte order mark that opens the file is the one exception: editors write it, and it hides
 * nothing.
 */
const hiddenCharacters: Rule = {
  id: 'manifest/hidden-character',
  severity: 'warning',
  title: 'Hidden or bidirectional character',
  explanation:
    'A bidirectional control reorders the text after it and an invisible character shows nothing, so what a reader sees is not what kubectl reads: `grafana/promtail:2.9.0` can be another image written backwards, and `app` with a zero-width space is a second name that looks like the first. Pod Builder shows each as ⟨U+…⟩; delete it unless you put it there on purpose.',
  check(ctx, report) {
    for (const { from, to, char, escape } of hiddenInText(ctx)) {
      const hidden = hiddenCharacter(char);
      if (!hidden) continue;
      const what = `${codePointLabel(hidden.codePoint)} (${hidden.name})${escape ? `, written \`${escape}\`` : ''}`;
      report({
        path: [],
        range: { from, to },
        nodeId: nodeAt(ctx, from),
        // A reordering can pass one thing off as another; an invisible character only hides.
        severity: hidden.bidi ? 'error' : 'warning',
        message: hidden.bidi
          ? `Bidirectional control ${what}: the text after it is shown reordered.`
          : `Invisible character ${what}: it shows nothing but is part of the text.`,
      });
    }
  },
};

interface Found extends TextRange {
  char: string;
  /** The escape that writes it in a double-quoted string (`\u202E`), if it is written so. */
  escape?: string;
}

/** `\\` first, so that an escaped backslash is not read as the start of an escape. */
const ESCAPE = /\\(?:\\|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2}))/g;

/**
 * The hidden characters of the text, where they stand: written as themselves anywhere (keys,
 * values, comments), or as escapes in the chosen document's double-quoted strings, which the
 * text shows as plain ASCII but kubectl reads as the character.
 */
function hiddenInText(ctx: RuleContext): Found[] {
  const { text } = ctx;
  const found: Found[] = [];
  if (hasHiddenCharacters(text)) {
    for (const match of text.matchAll(HIDDEN_CHARACTERS)) {
      // A byte order mark that opens the file is written by editors and hides nothing.
      if (match.index === 0 && match[0] === '\uFEFF') continue;
      found.push({ from: match.index, to: match.index + match[0].length, char: match[0] });
    }
  }
  if (text.includes('\\')) {
    visit(ctx.doc, {
      Scalar(_, node) {
        if (!isScalar(node) || node.type !== Scalar.QUOTE_DOUBLE || !node.range) return;
        const [start, end] = node.range;
        for (const match of text.slice(start, end).matchAll(ESCAPE)) {
          const hex = match[1] ?? match[2] ?? match[3];
          if (!hex) continue;
          const char = String.fromCodePoint(parseInt(hex, 16));
          if (!hiddenCharacter(char)) continue;
          const from = start + match.index;
          found.push({ from, to: from + match[0].length, char, escape: match[0] });
        }
      },
    });
  }
  return found.sort((a, b) => a.from - b.from);
}

export const HIDDEN_CHARACTER_RULES: readonly Rule[] = [hiddenCharacters];
