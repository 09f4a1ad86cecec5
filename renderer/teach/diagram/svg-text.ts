import { visibleText } from '../../../shared';
import { paint } from './palette';

/**
 * Drawing primitives for the exported diagram: SVG 1.1 elements with presentation attributes
 * only (no CSS, no `dominant-baseline`, no `foreignObject`), which librsvg, Inkscape and slide
 * tools draw as a browser does.
 */

/** Fonts named, not embedded: DejaVu ships with most Linux desktops; Verdana's metrics are close. */
export const SANS = "'DejaVu Sans', Verdana, sans-serif";
export const MONO = "'DejaVu Sans Mono', Menlo, Consolas, monospace";

export interface Font {
  size: number;
  bold?: boolean;
  mono?: boolean;
}

/** Where a line's baseline sits below the top of its line box (DejaVu's ascent, 0.928 em). */
export const baseline = (top: number, size: number) => top + 0.93 * size;
/** The baseline that centres a line's capitals and lower case on `middle`. */
export const centred = (middle: number, size: number) => middle + 0.35 * size;

export type Measure = (text: string, font: Font) => number;

let context: CanvasRenderingContext2D | null | undefined;

/** The text's width in the export's fonts: a canvas measures it where there is one (not jsdom). */
export const measureText: Measure = (text, font) => {
  if (context === undefined)
    context =
      typeof document === 'undefined'
        ? null
        : (document.createElement('canvas').getContext?.('2d') ?? null);
  if (!context) return text.length * font.size * (font.mono ? 0.602 : 0.62);
  context.font = `${font.bold ? 'bold ' : ''}${font.size}px ${font.mono ? MONO : SANS}`;
  return context.measureText(text).width;
};

const ELLIPSIS = '…';

/**
 * `text`, or its start and an ellipsis, in `room` pixels. Hidden characters are spelled out
 * (⟨U+202E⟩) before the text is measured, as they will be drawn.
 */
export function fitEnd(raw: string, room: number, font: Font, measure: Measure): string {
  const text = visibleText(raw);
  if (measure(text, font) <= room) return text;
  let kept = text.length;
  while (kept > 0 && measure(text.slice(0, kept).trimEnd() + ELLIPSIS, font) > room) kept--;
  return text.slice(0, kept).trimEnd() + ELLIPSIS;
}

/** Text for the drawing: a hidden or bidirectional character is drawn as its marker, never obeyed. */
const escape = (raw: string) => escapeMarkup(visibleText(raw));

const escapeMarkup = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Attrs = Record<string, string | number | undefined>;

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(typeof v === 'number' ? String(round(v)) : v!)}"`)
    .join('');
}

const round = (n: number) => Math.round(n * 100) / 100;

export const element = (name: string, attrs: Attrs, children = '') =>
  children
    ? `<${name}${attributes(attrs)}>${children}</${name}>`
    : `<${name}${attributes(attrs)}/>`;

/** A colour value as `fill`/`stroke` and its opacity attribute. */
export function colour(kind: 'fill' | 'stroke', value: string | undefined): Attrs {
  if (value === undefined) return { [kind]: 'none' };
  const { color, opacity } = paint(value);
  return opacity === 1 ? { [kind]: color } : { [kind]: color, [`${kind}-opacity`]: opacity };
}

export interface BoxStyle {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
  dash?: string;
}

/**
 * A rectangle whose border lies inside its box, as a CSS border does: the stroke is drawn on a
 * rectangle inset by half its width.
 */
export function box(x: number, y: number, width: number, height: number, style: BoxStyle): string {
  const sw = style.stroke ? (style.strokeWidth ?? 1) : 0;
  const radius = Math.max(0, (style.radius ?? 0) - sw / 2);
  return element('rect', {
    x: x + sw / 2,
    y: y + sw / 2,
    width: width - sw,
    height: height - sw,
    rx: radius || undefined,
    ...colour('fill', style.fill),
    ...(style.stroke ? colour('stroke', style.stroke) : {}),
    'stroke-width': style.stroke ? sw : undefined,
    'stroke-dasharray': style.dash,
  });
}

export interface Run {
  text: string;
  color: string;
  bold?: boolean;
}

/** One line of text from `x` on `baselineY`; several runs (a bold port before its owner) in a row. */
export function text(
  x: number,
  y: number,
  font: Font,
  runs: Run | Run[],
  anchor?: 'middle',
): string {
  const list = Array.isArray(runs) ? runs : [runs];
  const head = {
    x,
    y,
    'font-family': font.mono ? MONO : SANS,
    'font-size': font.size,
    'font-weight': font.bold ? 'bold' : undefined,
    'text-anchor': anchor,
  };
  if (list.length === 1) {
    const [run] = list as [Run];
    return element(
      'text',
      {
        ...head,
        ...colour('fill', run.color),
        'font-weight': font.bold || run.bold ? 'bold' : undefined,
      },
      escape(run.text),
    );
  }
  const spans = list
    .map((run) =>
      element(
        'tspan',
        { ...colour('fill', run.color), 'font-weight': run.bold ? 'bold' : undefined },
        escape(run.text),
      ),
    )
    .join('');
  return element('text', { ...head, 'xml:space': 'preserve' }, spans);
}

export interface PillStyle {
  fill: string;
  stroke?: string;
  height: number;
  radius: number;
  /** Space between the border and the text, each side. */
  padX: number;
  /** Room after the text for what the caller draws there (a mount tag's "RO"). */
  trailing?: number;
  /** The least width: the mount tags of one column share their widest's. */
  minWidth?: number;
}

const runsWidth = (runs: Run[], font: Font, measure: Measure) =>
  runs.reduce((w, r) => w + measure(r.text, { ...font, bold: font.bold || r.bold }), 0);

/** How wide a pill of these runs is drawn. */
export const pillWidth = (runs: Run[], font: Font, style: PillStyle, measure: Measure) =>
  Math.max(
    style.minWidth ?? 0,
    runsWidth(runs, font, measure) + 2 * style.padX + (style.trailing ?? 0),
  );

/** A rounded box of text from `left`: a port's chip, a volume's source, an edge's tag. */
export function pill(
  left: number,
  top: number,
  runs: Run[],
  font: Font,
  style: PillStyle,
  measure: Measure,
): { svg: string; width: number } {
  const width = pillWidth(runs, font, style, measure);
  const frame = box(left, top, width, style.height, {
    fill: style.fill,
    stroke: style.stroke,
    strokeWidth: 1,
    radius: style.radius,
  });
  const y = centred(top + style.height / 2, font.size);
  return { svg: frame + text(left + style.padX, y, font, runs), width };
}
