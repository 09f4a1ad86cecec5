/** One row of the benchmark table, as printed and as written to bench/results/latest.json. */
export interface CaseResult {
  id: string;
  title: string;
  unit: 'ms' | 'kB';
  median: number;
  p95?: number;
  /** The middle half of the samples (first to third quartile), beside the median. */
  spread?: [number, number];
  floor?: { label: string; median: number; p95?: number };
  /** The case's figure over the floor's (medians; p95s where the target is on the p95). */
  ratio?: number;
  target?: { text: string; met: boolean };
  /** How many samples the median and the spread are taken over. */
  samples?: number;
  /** A size, not a timing: one measurement, the same in every run of one build. */
  exact?: boolean;
  /** For CPU-time figures: the same samples in wall-clock time. */
  wall?: { median: number; floor: number };
  /** Where the time goes, by stage (wall-clock medians, same unit). */
  stages?: Record<string, number>;
  note?: string;
}

export interface BenchReport {
  date: string;
  node: string;
  browser: string | null;
  cpus: string;
  /** One-minute load average at the start and at the end of the run. */
  loadAverage: number[];
  results: CaseResult[];
}
