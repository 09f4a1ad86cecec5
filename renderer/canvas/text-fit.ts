/**
 * Text measured and shortened in script, for the canvas's nodes and edge tags.
 *
 * CSS would shorten a long name with `overflow: hidden; text-overflow: ellipsis`, but every such
 * box is a clip that the browser has to sort into layers again whenever anything on the canvas
 * repaints: a few hundred of them on a large Pod cost several milliseconds a frame while a node
 * is dragged. So the nodes' texts are cut to fit here, with the full text in a tooltip, and the
 * SVG edge tags, which cannot size themselves, are measured here too.
 */

export interface TextFont {
  size: number;
  family: '--mono' | '--font';
  weight: number;
}

/** A font as inline style: the text is styled where it is measured, not in the stylesheet. */
export const fontStyle = (font: TextFont) => ({
  fontSize: font.size,
  fontFamily: `var(${font.family})`,
  fontWeight: font.weight,
});

const ELLIPSIS = '…';
let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
const families = new Map<string, string>();

/** The font families a CSS variable of the document names; empty before the styles load. */
function family(variable: string): string {
  let value = families.get(variable);
  if (value === undefined) {
    value = getComputedStyle(document.documentElement).getPropertyValue(variable).trim();
    if (value) families.set(variable, value);
  }
  return value;
}

/** How wide `text` is drawn in `font`, in CSS pixels; cached. */
export function textWidth(text: string, font: TextFont): number {
  const key = `${font.weight} ${font.size} ${font.family} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (context === undefined)
      context = document.createElement('canvas').getContext?.('2d') ?? null;
    const fontFamily = family(font.family);
    if (!context || !fontFamily) {
      // No canvas (as in jsdom) or no styles yet: 0.6 em a character, about a monospace font's.
      return text.length * font.size * 0.6;
    }
    context.font = `${font.weight} ${font.size}px ${fontFamily}`;
    width = context.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

/** True once texts are measured in their fonts, not estimated (no canvas, or no styles yet). */
export function measuresText(): boolean {
  if (context === undefined) context = document.createElement('canvas').getContext?.('2d') ?? null;
  return context !== null && family('--font') !== '' && family('--mono') !== '';
}

/** `text`, or as much of its start as fits in `maxWidth` followed by an ellipsis. */
export function fitText(text: string, maxWidth: number, font: TextFont): string {
  if (textWidth(text, font) <= maxWidth) return text;
  // The longest start that fits with the ellipsis: a binary search over its length.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(text.slice(0, mid) + ELLIPSIS, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/**
 * `text`, or its start and its end around an ellipsis, as much of both as fits: for names and
 * images, whose ends tell them apart (`payments-…-shipper`, `registry.example.com/…/api:v2.1`)
 * where their starts are often the same.
 */
export function fitMiddle(text: string, maxWidth: number, font: TextFont): string {
  if (textWidth(text, font) <= maxWidth) return text;
  const cut = (kept: number) =>
    text.slice(0, Math.ceil(kept / 2)).trimEnd() +
    ELLIPSIS +
    text.slice(text.length - Math.floor(kept / 2)).trimStart();
  // The most characters that fit, shared between the two ends: a binary search over their count.
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(cut(mid), font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/**
 * `text`, or as many of its first words as fit in `maxWidth` followed by an ellipsis: a phrase
 * reads better cut between words than inside one. A first word that does not fit alone is cut
 * as `fitText` cuts it.
 */
export function fitWords(text: string, maxWidth: number, font: TextFont): string {
  if (textWidth(text, font) <= maxWidth) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    // "start together…" rather than "start together,…": no mark before the ellipsis.
    const start = words.slice(0, count).join(' ');
    const cut = start.replace(/[,;:.]+$/, '') + ELLIPSIS;
    if (textWidth(cut, font) <= maxWidth) return cut;
  }
  return fitText(text, maxWidth, font);
}

/**
 * The first chips of a row that fit in `room`, and how many more there are (shown as "+n"):
 * `shown` is always a start of `labels`, so the rest is `labels.slice(shown.length)`.
 */
export function fitChips(
  labels: readonly string[],
  room: number,
  chip: { font: TextFont; inset: number; gap: number },
): { shown: string[]; more: number } {
  const width = (label: string) => textWidth(label, chip.font) + chip.inset;
  const shown: string[] = [];
  let used = 0;
  for (const label of labels) {
    const next = used + (shown.length > 0 ? chip.gap : 0) + width(label);
    if (next > room) break;
    shown.push(label);
    used = next;
  }
  // Make room for the chip that counts the rest.
  while (shown.length > 0 && shown.length < labels.length) {
    if (used + chip.gap + width(`+${labels.length - shown.length}`) <= room) break;
    const dropped = shown.pop()!;
    used -= width(dropped) + (shown.length > 0 ? chip.gap : 0);
  }
  return { shown, more: labels.length - shown.length };
}
