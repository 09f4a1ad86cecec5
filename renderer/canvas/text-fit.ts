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

/**
 * How wide a border of `width` CSS pixels is drawn: Chromium draws a border of a pixel or more in
 * whole device pixels, rounded down. On a screen of one device pixel per CSS pixel a 1.5 px border
 * is 1 px wide, and a text fitted as if it were 1.5 px was cut with a pixel to spare.
 */
export function drawnBorder(width: number): number {
  const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return width < 1 ? width : Math.max(1, Math.floor(width * ratio)) / ratio;
}

/** True once texts are measured in their fonts, not estimated (no canvas, or no styles yet). */
export function measuresText(): boolean {
  if (context === undefined) context = document.createElement('canvas').getContext?.('2d') ?? null;
  return context !== null && family('--font') !== '' && family('--mono') !== '';
}

/**
 * How wide a text is drawn, in the units of the room it is fitted in. The cutting below takes
 * one, so that the exported diagram, which measures in its own fonts, cuts as the canvas does.
 */
export type Measure = (text: string) => number;

const inFont =
  (font: TextFont): Measure =>
  (text) =>
    textWidth(text, font);

/** `text`, or as much of its start as fits in `room` followed by an ellipsis. */
export function cutEnd(text: string, room: number, width: Measure): string {
  if (width(text) <= room) return text;
  // The longest start that fits with the ellipsis: a binary search over its length.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(text.slice(0, mid) + ELLIPSIS) <= room) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/** `text` without its characters from `head` up to its last `tail`, an ellipsis in their place. */
const around = (text: string, head: number, tail: number) =>
  text.slice(0, head).trimEnd() +
  ELLIPSIS +
  (tail > 0 ? text.slice(text.length - tail).trimStart() : '');

/**
 * The most characters of `text` that fit in `room` with an ellipsis among them, `split(kept)`
 * saying how many of them come before it: a binary search over their count, from `least`
 * (which is tried as the answer when nothing fits).
 */
function mostKept(
  text: string,
  room: number,
  width: Measure,
  split: (kept: number) => number,
  least = 0,
): number {
  let lo = least;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const head = split(mid);
    if (width(around(text, head, mid - head)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const half = (kept: number) => Math.ceil(kept / 2);

/** `text`, or its start and its end around an ellipsis, as much of both as fits in `room`. */
export function cutMiddle(text: string, room: number, width: Measure): string {
  if (width(text) <= room) return text;
  const kept = mostKept(text, room, width, half);
  return around(text, half(kept), kept - half(kept));
}

/**
 * `text`, or as many of its first words as fit in `room` followed by an ellipsis: a phrase
 * reads better cut between words than inside one. A first word that does not fit alone is cut
 * as `cutEnd` cuts it.
 */
export function cutWords(text: string, room: number, width: Measure): string {
  if (width(text) <= room) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    // "start together…" rather than "start together,…": no mark before the ellipsis.
    const start = words.slice(0, count).join(' ');
    const cut = start.replace(/[,;:.]+$/, '') + ELLIPSIS;
    if (width(cut) <= room) return cut;
  }
  return cutEnd(text, room, width);
}

/** Whether `words` fit on `lines` lines of `room`, each line taking as many as fit. */
function fitsOn(words: readonly string[], lines: number, room: number, width: Measure): boolean {
  let rest = words;
  for (let line = 0; line < lines && rest.length > 0; line++) {
    let count = rest.length;
    while (count > 0 && width(rest.slice(0, count).join(' ')) > room) count--;
    if (count === 0) return false;
    rest = rest.slice(count);
  }
  return rest.length === 0;
}

/**
 * `text` on at most `lines` lines of `room`, broken between words: after a comma or a
 * semicolon where the rest still fits ("run first, one at a time," then "in order"), else
 * after as many words as fit. What the last line cannot hold is cut as `cutWords` cuts it.
 */
export function wrapWords(text: string, room: number, width: Measure, lines: number): string[] {
  if (lines <= 1 || width(text) <= room) return [cutWords(text, room, width)];
  const shown: string[] = [];
  let rest = text.split(' ');
  while (shown.length < lines - 1 && rest.length > 0) {
    let count = rest.length;
    while (count > 1 && width(rest.slice(0, count).join(' ')) > room) count--;
    if (count === rest.length) break;
    const left = lines - shown.length - 1;
    for (let at = count; at > 1; at--) {
      if (!/[,;]$/.test(rest[at - 1]!)) continue;
      if (fitsOn(rest.slice(at), left, room, width)) count = at;
      break;
    }
    shown.push(cutWords(rest.slice(0, count).join(' '), room, width));
    rest = rest.slice(count);
  }
  if (rest.length > 0) shown.push(cutWords(rest.join(' '), room, width));
  return shown;
}

/**
 * `prefix` and the list `items`, or as many of its first items as fit in `room` and how many
 * more there are ("shared by log-shipper +2"): a name cut inside says neither which containers
 * nor how many. A first item that does not fit alone is cut in the middle, as names are.
 */
export function cutList(
  prefix: string,
  items: readonly string[],
  room: number,
  width: Measure,
): string {
  const whole = prefix + items.join(', ');
  if (width(whole) <= room || items.length === 0) return cutEnd(whole, room, width);
  for (let count = items.length - 1; count > 0; count--) {
    const shown = `${prefix}${items.slice(0, count).join(', ')} +${items.length - count}`;
    if (width(shown) <= room) return shown;
  }
  const more = items.length > 1 ? ` +${items.length - 1}` : '';
  const left = room - width(prefix) - width(more);
  // Too little room for a recognisable part of the name: the phrase is cut as phrases are.
  if (left < width(`${items[0]!.slice(0, 2)}${ELLIPSIS}${items[0]!.slice(-2)}`))
    return cutEnd(whole, room, width);
  return prefix + cutMiddle(items[0]!, left, width) + more;
}

/** Where `text` differs from `other`: from their common start to their common end. */
function difference(text: string, other: string): [number, number] {
  let start = 0;
  while (start < text.length && start < other.length && text[start] === other[start]) start++;
  let end = 0;
  while (
    end < text.length - start &&
    end < other.length - start &&
    text[text.length - 1 - end] === other[other.length - 1 - end]
  )
    end++;
  // A text that is all the other's start and end ("api-0" and "api-10") differs where the
  // other has more: the character there is the one to show.
  const from = Math.min(start, text.length - 1);
  return [from, Math.max(from + 1, text.length - end)];
}

/** The fewest characters on a side of the ellipsis that read as a part of the name. */
const SIDE = 3;

/**
 * `text` cut in `room` with its characters `from` to `to` in view: after them, the end shown
 * too where at least SIDE of its characters fit ("init-step-number-0…ong-name"), else not
 * ("init-step-number-0-wi…"); before them when they are too far from the start; around them
 * when they are too far from both ends. Null when they do not fit at all.
 */
function cutKeeping(
  text: string,
  from: number,
  to: number,
  room: number,
  width: Measure,
): string | null {
  const fits = (cut: string) => width(cut) <= room;
  if (fits(around(text, to, 0))) {
    const kept = mostKept(text, room, width, (k) => Math.max(to, half(k)), to);
    const head = Math.max(to, half(kept));
    if (kept - head >= SIDE) return around(text, head, kept - head);
    return cutEnd(text, room, width);
  }
  const tailOf = (k: number) => Math.max(text.length - from, Math.floor(k / 2));
  if (fits(ELLIPSIS + text.slice(from))) {
    const kept = mostKept(text, room, width, (k) => k - tailOf(k), text.length - from);
    const tail = tailOf(kept);
    if (kept - tail >= SIDE) return around(text, kept - tail, tail);
    let start = from;
    while (start > 0 && fits(ELLIPSIS + text.slice(start - 1))) start--;
    return ELLIPSIS + text.slice(start);
  }
  // Both sides cut: as much of what surrounds the difference as fits, evenly.
  let [start, end] = [from, to];
  if (!fits(ELLIPSIS + text.slice(start, end) + ELLIPSIS)) return null;
  for (let grew = true; grew;) {
    grew = false;
    if (start > 0 && fits(ELLIPSIS + text.slice(start - 1, end) + ELLIPSIS))
      [start, grew] = [start - 1, true];
    if (end < text.length && fits(ELLIPSIS + text.slice(start, end + 1) + ELLIPSIS))
      [end, grew] = [end + 1, true];
  }
  return ELLIPSIS + text.slice(start, end) + ELLIPSIS;
}

/**
 * `text` cut in the middle as `cutMiddle` cuts it, unless one of `names` (the other names in
 * view) would then read the same: `init-step-number-0-with-long-name` and its siblings all read
 * "init-ste…ong-name". Then the part where they differ stays in view. The full name is in the
 * node's tooltip and its accessible name either way.
 */
export function cutApart(
  text: string,
  names: readonly string[],
  room: number,
  width: Measure,
): string {
  if (width(text) <= room) return text;
  const kept = mostKept(text, room, width, half);
  const [head, tail] = [half(kept), kept - half(kept)];
  const cut = around(text, head, tail);
  // Only a name with the same start and end can read the same: that test is cheap, and the
  // names in view may be hundreds.
  const start = text.slice(0, head).trimEnd();
  const end = tail > 0 ? text.slice(text.length - tail).trimStart() : '';
  const alike = names.filter(
    (name) =>
      name !== text &&
      name.startsWith(start) &&
      name.endsWith(end) &&
      cutMiddle(name, room, width) === cut,
  );
  if (alike.length === 0) return cut;
  let [from, to] = [text.length, 0];
  for (const name of alike) {
    const [a, b] = difference(text, name);
    [from, to] = [Math.min(from, a), Math.max(to, b)];
  }
  return cutKeeping(text, from, to, room, width) ?? cut;
}

/** `text`, or as much of its start as fits in `maxWidth` followed by an ellipsis. */
export const fitText = (text: string, maxWidth: number, font: TextFont): string =>
  cutEnd(text, maxWidth, inFont(font));

/**
 * `text`, or its start and its end around an ellipsis, as much of both as fits: for names and
 * images, whose ends tell them apart (`payments-…-shipper`, `registry.example.com/…/api:v2.1`)
 * where their starts are often the same.
 */
export const fitMiddle = (text: string, maxWidth: number, font: TextFont): string =>
  cutMiddle(text, maxWidth, inFont(font));

/** `text` cut between words, as `cutWords` cuts it. */
export const fitWords = (text: string, maxWidth: number, font: TextFont): string =>
  cutWords(text, maxWidth, inFont(font));

/** `text` on at most `lines` lines, as `wrapWords` breaks it. */
export const fitLines = (text: string, maxWidth: number, font: TextFont, lines: number) =>
  wrapWords(text, maxWidth, inFont(font), lines);

/** A name among `names`, cut as `cutApart` cuts it. */
export const fitApart = (
  text: string,
  names: readonly string[],
  maxWidth: number,
  font: TextFont,
): string => cutApart(text, names, maxWidth, inFont(font));

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
