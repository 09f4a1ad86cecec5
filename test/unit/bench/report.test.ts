import { describe, expect, it } from 'vitest';
import { table } from '../../../bench/report';
import type { CaseResult } from '../../../bench/results';
import { figures } from '../../../bench/stats';
import { countStill, screenPlace } from '../../../bench/drag-case';

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

describe("the drag case's count of frames in which the node stayed put", () => {
  const at = (...xs: number[]) => xs.map((x) => ({ x, y: 0 }));
  const frames = (n: number) => Array.from({ length: n }, () => 16.7);

  it('counts a frame that left the node where it was after two frames of pointer moves', () => {
    // Ticks 0 to 4; moves came in every frame; the node did not move from tick 2 to tick 3.
    const counted = countStill(at(0, 1, 2, 2, 3), frames(4), [1, 1, 1, 1]);
    expect(counted.still).toBe(1);
    expect(counted.idleStill).toBe(0);
    expect(counted.between).toEqual([16.7, 16.7, 33.4]);
  });

  it("allows a move a frame to be drawn, also the recording's first: the pointer was still before it", () => {
    // The first move comes in the first frame and is drawn in the second.
    expect(countStill(at(0, 0, 1, 2), frames(3), [1, 1, 1])).toMatchObject({
      still: 0,
      idleStill: 1,
    });
    // A frame without a move, and the one after it, have nothing to show.
    expect(countStill(at(0, 1, 1, 1, 2), frames(4), [1, 0, 1, 1])).toMatchObject({
      still: 0,
      idleStill: 2,
    });
  });
});
