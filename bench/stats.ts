/** Order statistics over samples, in the samples' unit. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Linear interpolation between closest ranks, as numpy's default does.
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95);
/** A benchmark row's own figures from its samples, in milliseconds. */
export const figures = (id: string, title: string, samples: readonly number[]) => ({
  id,
  title,
  unit: 'ms' as const,
  median: median(samples),
  p95: p95(samples),
  spread: spread(samples),
  samples: samples.length,
});

/** The middle half of the samples: their first and third quartiles. */
export const spread = (samples: readonly number[]): [number, number] => [
  quantile(samples, 0.25),
  quantile(samples, 0.75),
];

/**
 * Samples are on-CPU time (the process's user + system time): what the work costs, however
 * many other processes share the cores. Wall-clock time is kept beside it; on a quiet machine
 * the two agree for this single-threaded work.
 */
export interface Paired {
  /** CPU milliseconds per run of the case, one value per sample. */
  subject: number[];
  /** CPU milliseconds per run of the floor, sampled between the case's samples. */
  floor: number[];
  /** The same samples in wall-clock milliseconds. */
  wall: { subject: number[]; floor: number[] };
  /** Runs timed together in each sample (short runs are batched above the timer's grain). */
  batch: number;
}

export interface PairOptions {
  /**
   * Untimed runs of each before sampling, for the JIT to settle: at least `warmupRuns` and for
   * at least `warmupMs`, but no longer than twice `warmupMs` (or 3 s) when the runs are slow.
   * A short case needs thousands of runs before its code is optimised: `node --trace-opt` shows
   * V8 still compiling the text → canvas path in its 4th and 5th second of runs, on another
   * thread whose time the CPU clock counts.
   */
  warmupRuns: number;
  warmupMs: number;
  minSamples: number;
  maxSamples: number;
  /** Sampling stops at `maxSamples` or once this much time has passed (after `minSamples`). */
  budgetMs: number;
  /** A sample should last at least this long; shorter runs are repeated within one sample. */
  minSampleMs: number;
}

function timeRuns(
  run: (i: number) => void,
  start: number,
  batch: number,
): { cpu: number; wall: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let k = 0; k < batch; k++) run(start + k);
  const wall = (performance.now() - t0) / batch;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000 / batch, wall };
}

/**
 * Samples a case and its floor alternately (ABBA order, so drift and GC debt fall on both
 * alike). `run(i)` gets a run number, so that each run can work on a different input.
 */
export function samplePair(
  subject: (i: number) => void,
  floor: (i: number) => void,
  options: PairOptions,
): Paired {
  const warmStart = performance.now();
  for (let i = 0; ; i++) {
    subject(i);
    floor(i);
    const elapsed = performance.now() - warmStart;
    if (i >= 2 && elapsed > Math.max(3_000, 2 * options.warmupMs)) break;
    if (i + 1 >= options.warmupRuns && elapsed >= options.warmupMs) break;
  }
  const perRun = Math.min(timeRuns(subject, 0, 1).wall, timeRuns(floor, 0, 1).wall);
  const batch = Math.max(1, Math.ceil(options.minSampleMs / Math.max(perRun, 1e-3)));
  const result: Paired = { subject: [], floor: [], wall: { subject: [], floor: [] }, batch };
  const started = performance.now();
  let run = 0;
  for (let s = 0; s < options.maxSamples; s++) {
    if (s >= options.minSamples && performance.now() - started > options.budgetMs) break;
    const subjectFirst = s % 4 === 0 || s % 4 === 3;
    const order: ['subject' | 'floor', (i: number) => void][] = subjectFirst
      ? [
          ['subject', subject],
          ['floor', floor],
        ]
      : [
          ['floor', floor],
          ['subject', subject],
        ];
    for (const [which, fn] of order) {
      const time = timeRuns(fn, run, batch);
      result[which].push(time.cpu);
      result.wall[which].push(time.wall);
    }
    run += batch;
  }
  return result;
}
