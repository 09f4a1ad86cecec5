import { describe, expect, it } from 'vitest';
import { table } from '../../../bench/report';
import type { CaseResult } from '../../../bench/results';
import { figures } from '../../../bench/stats';
import { screenPlace } from '../../../bench/drag-case';

/** The table's cells for the row titled `title`, by column name. */
function row(results: CaseResult[], title: string): Record<string, string> {
  const lines = table(results).split('\n');
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const header = cells(lines[0]!);
  const found = lines.map(cells).find((c) => c[0] === title);
  if (!found) throw new Error(`No row ${title}`);
  return Object.fromEntries(header.map((name, i) => [name, found[i]!]));
}

describe('the benchmark table', () => {
  it('shows the middle half of the samples and their count beside the median', () => {
    const result = figures('x', 'Eight samples', [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(row([result], 'Eight samples')).toMatchObject({
      Median: '4.50 ms',
      'Middle half': '2.75–6.25 ms',
      Samples: '8',
    });
  });

  it('says so when a case has too few samples for quartiles, or none were reported', () => {
    const few = figures('few', 'Three samples', [10, 20, 30]);
    const bare: CaseResult = figures('bare', 'No spread', [1, 2, 3, 4, 5, 6]);
    delete bare.spread;
    const results = [few, bare];
    expect(row(results, 'Three samples')['Middle half']).toBe('too few samples');
    expect(row(results, 'No spread')['Middle half']).toBe('MISSING');
  });

  it('marks a size as one exact measurement', () => {
    const size: CaseResult = {
      id: 'size',
      title: 'Script',
      unit: 'kB',
      median: 812,
      samples: 1,
      exact: true,
    };
    expect(row([size], 'Script')).toMatchObject({
      'Middle half': 'none (exact)',
      Samples: '1 (exact)',
    });
  });
});

describe("the drag case's reading of a node's place", () => {
  it('puts the node where the viewport and the node transforms place it on the screen', () => {
    expect(screenPlace('translate(24px, 124.5px) scale(0.5)|translate(340px, -172px)')).toEqual({
      x: 24 + 170,
      y: 124.5 - 86,
    });
  });

  it('refuses a place it cannot read, rather than calling it unmoved', () => {
    expect(() => screenPlace('translate(24px, 124.5px) scale(0.5)|')).toThrow(/cannot be read/);
  });
});
