/**
 * Characters that change how text looks without showing themselves: bidirectional controls,
 * which reorder what follows them ("Trojan Source"), and invisible ones, which make two
 * different names look the same (`app` and `app` + U+200B). kubectl reads them as any other
 * character; a reviewer reading the manifest, or the app drawing it, must see them.
 */
export interface HiddenCharacter {
  codePoint: number;
  /** Its Unicode name, short enough for a message. */
  name: string;
  /** A bidirectional control: it reorders the text around it. */
  bidi: boolean;
}

const BIDI: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/**
 * Every hidden character, once: the one pattern the rule and the display share. Joiners and
 * combining marks are listed to be matched alone, which is what the lint rule warns against.
 */
/* eslint-disable no-misleading-character-class */
export const HIDDEN_CHARACTERS =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;

/** What a hidden character is, or null for any other. */
export function hiddenCharacter(char: string): HiddenCharacter | null {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined) return null;
  const bidi = BIDI[codePoint];
  if (bidi) return { codePoint, name: bidi, bidi: true };
  const invisible = INVISIBLE[codePoint];
  if (invisible) return { codePoint, name: invisible, bidi: false };
  // Tag characters spell ASCII that no font draws (text smuggled past a reader).
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return { codePoint, name: 'TAG', bidi: false };
  return null;
}

/** `U+202E`: how a hidden character is named on screen. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The marker that stands for a hidden character where user text is drawn: `⟨U+202E⟩`. */
export function hiddenMarker(codePoint: number): string {
  return `⟨${codePointLabel(codePoint)}⟩`;
}

// Without the global flag: a global pattern's `test` moves its `lastIndex`, and `matchAll`
// would then start after the first match.
const ANY_HIDDEN = new RegExp(HIDDEN_CHARACTERS.source, 'u');
/* eslint-enable no-misleading-character-class */

/** Whether the text holds any hidden character (cheap: most text has none). */
export function hasHiddenCharacters(text: string): boolean {
  return ANY_HIDDEN.test(text);
}

/**
 * The text as it should be shown to someone who must not be fooled by it: each hidden character
 * replaced by its visible marker. Text without any comes back as is.
 */
export function visibleText(text: string): string {
  if (!hasHiddenCharacters(text)) return text;
  return text.replace(HIDDEN_CHARACTERS, (char) => hiddenMarker(char.codePointAt(0) ?? 0));
}

/** The text cut into plain runs and hidden characters, for a display that styles the markers. */
export type TextPart = { text: string } | { hidden: HiddenCharacter; marker: string };

export function visibleParts(text: string): TextPart[] {
  if (!hasHiddenCharacters(text)) return [{ text }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN_CHARACTERS)) {
    const hidden = hiddenCharacter(match[0]);
    if (!hidden) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ hidden, marker: hiddenMarker(hidden.codePoint) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
