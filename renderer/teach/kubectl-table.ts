import { textWidth, type TextFont } from '../canvas/text-fit';

/** The `kubectl get pods` table's font (`.teach-mono`), measured at its largest size. */
export const KUBECTL_FONT: TextFont = { size: 12, family: '--mono', weight: 400 };

/** The smallest the table's font is drawn (teach.css): under it, the table scrolls instead. */
export const KUBECTL_LEAST_PX = 9;

/** kubectl's tab writer pads each column with 3 spaces; a narrow panel takes 2, then 1. */
const GAPS = [3, 2, 1] as const;

export interface FittedTable {
  /** The table, its columns padded with `gap` spaces. */
  text: string;
  gap: number;
  /** Its longest line in em: the stylesheet sizes the font so that the line fits the width. */
  em: number;
  /** Whether the whole of each line fits at KUBECTL_LEAST_PX or more (else the table scrolls). */
  fits: boolean;
}

/** `table` (kubectl's, columns padded with 3 spaces) with its columns padded with `gap`. */
function padded(table: string, gap: number): string {
  if (gap === 3) return table;
  // A cell holds a single space at most ("2 (10s ago)"): two or more part the columns.
  const rows = table.split('\n').map((line) => line.split(/ {2,}/));
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]! + gap))).join(''),
    )
    .join('\n');
}

const emOf = (text: string) =>
  Math.max(...text.split('\n').map((line) => textWidth(line, KUBECTL_FONT))) / KUBECTL_FONT.size;

/**
 * The `kubectl get pods` table for a panel whose text is `width` CSS px wide (teach.css sizes the
 * font to 1 px less): as kubectl prints
 * it where it fits at KUBECTL_LEAST_PX or more, else with its columns' padding narrowed (still
 * aligned) as far as makes it fit. A width of 0 (not measured yet) keeps kubectl's own.
 */
export function fitKubectlTable(table: string, width: number): FittedTable {
  let fitted: FittedTable | null = null;
  for (const gap of GAPS) {
    const text = padded(table, gap);
    const em = emOf(text);
    fitted = { text, gap, em, fits: width > 0 && em * KUBECTL_LEAST_PX <= width - 1 };
    if (fitted.fits || width <= 0) return fitted;
  }
  return fitted!;
}
