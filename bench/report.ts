import type { CaseResult } from './results';

function figure(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return '';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The results as a Markdown table: readable in a terminal and pasteable into the README. */
export function table(results: readonly CaseResult[]): string {
  const rows = results.map((r) => [
    r.title,
    figure(r.median, r.unit),
    r.spread
      ? `${figure(r.spread[0], r.unit).replace(` ${r.unit}`, '')}–${figure(r.spread[1], r.unit)}`
      : '',
    figure(r.p95, r.unit),
    r.floor ? `${figure(r.floor.median, r.unit)} (${r.floor.label})` : '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.target?.text ?? '',
    r.target ? (r.target.met ? 'met' : 'MISSED') : '',
  ]);
  const header = ['Case', 'Median', 'Middle half', 'p95', 'Floor (median)', 'Ratio', 'Target', ''];
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
    if (r.samples) parts.push(`${r.samples} samples`);
    if (r.note) parts.push(r.note);
    if (parts.length > 0) lines.push(`- ${r.title}: ${parts.join('; ')}`);
  }
  return lines.join('\n');
}
