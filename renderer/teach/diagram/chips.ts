import type { Palette } from './palette';
import { pill, type Font, type Measure, type Run } from './svg-text';

/** What every drawing function needs: the theme's colours and how wide a text is. */
export interface Pen {
  palette: Palette;
  measure: Measure;
}

const CHIP: Font = { size: 11, mono: true };

/** A chip (app.css `.pb-chip`): a port, a volume's source. */
export function chip(
  pen: Pen,
  x: number,
  top: number,
  runs: Run[],
  style: { fill: string; stroke?: string },
): { svg: string; width: number } {
  return pill(x, top, runs, CHIP, { ...style, height: 17, radius: 8.5, padX: 8 }, pen.measure);
}

/** Chips in a row from `x`, as many as fit in `room`, the rest counted in a last "+n". */
export function chipRow(
  pen: Pen,
  x: number,
  top: number,
  room: number,
  labels: { label: string; clash?: boolean }[],
  gap: number,
): string {
  const { palette: p } = pen;
  const width = (label: string) => pen.measure(label, CHIP) + 16;
  let shown = 0;
  let used = 0;
  for (const { label } of labels) {
    const more = shown + 1 < labels.length ? gap + width(`+${labels.length - shown - 1}`) : 0;
    if (used + width(label) + more > room) break;
    used += width(label) + gap;
    shown++;
  }
  let out = '';
  let at = x;
  for (const { label, clash } of labels.slice(0, shown)) {
    const cut = label.indexOf(' ');
    const [head, tail] = cut < 0 ? [label, ''] : [label.slice(0, cut), label.slice(cut)];
    const drawn = chip(
      pen,
      at,
      top,
      [
        { text: head, color: clash ? p.danger : p.accent, bold: true },
        ...(tail ? [{ text: tail, color: clash ? p.danger : p['text-muted'] }] : []),
      ],
      clash ? { fill: p['danger-soft'], stroke: p.danger } : { fill: p.surface, stroke: p.border },
    );
    out += drawn.svg;
    at += drawn.width + gap;
  }
  if (shown < labels.length) {
    const rest = `+${labels.length - shown}`;
    out += chip(pen, at, top, [{ text: rest, color: p['text-muted'] }], {
      fill: p['surface-2'],
      stroke: p.border,
    }).svg;
  }
  return out;
}
