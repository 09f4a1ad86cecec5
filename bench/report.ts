import type { CaseResult } from './results';

function figure(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return '';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** Fewer samples than this have no quartiles worth printing. */
export const MIN_SAMPLES_FOR_SPREAD = 5;

/** The middle half of the samples (first to third quartile), or why there is none. */
function middleHalf(r: CaseResult): string {
  if (r.exact) return 'none (exact)';
  if (!r.spread || r.samples === undefined) return 'MISSING';
  if (r.samples < MIN_SAMPLES_FOR_SPREAD) return `too few samples`;
  return `${figure(r.spread[0], r.unit).replace(` ${r.unit}`, '')}–${figure(r.spread[1], r.unit)}`;
}

/** The results as a Markdown table: readable in a terminal and pasteable into the README. */
export function table(results: readonly CaseResult[]): string {
  const rows = results.map((r) => [
    r.title,
    figure(r.median, r.unit),
    middleHalf(r),
    r.exact ? '1 (exact)' : String(r.samples ?? ''),
    figure(r.p95, r.unit),
    r.floor ? `${figure(r.floor.median, r.unit)} (${r.floor.label})` : '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.target?.text ?? '',
    r.target ? (r.target.met ? 'met' : 'MISSED') : '',
  ]);
  const header = [
    'Case',
    'Median',
    'Middle half',
    'Samples',
    'p95',
    'Floor (median)',
    'Ratio',
    'Target',
    '',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Where the time of the text → canvas cases goes, and other notes, one line each. */
export function details(results: readonly CaseResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const parts: string[] = [];
    if (r.stages) {
      parts.push(
        'stages (wall clock) ' +
          Object.entries(r.stages)
            .map(([stage, ms]) => `${stage} ${figure(ms, r.unit)}`)
            .join(', '),
      );
    }
    if (r.note) parts.push(r.note);
    if (parts.length > 0) lines.push(`- ${r.title}: ${parts.join('; ')}`);
  }
  return lines.join('\n');
}
