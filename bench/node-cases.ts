/**
 * The cases that run in Node: text → canvas (what every keystroke in the editor costs) and
 * canvas → text (what an edit costs), each against `yaml`'s own parse of the same text.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { PARSE_OPTIONS } from '../shared/manifest/load';
import { applyEdit, deriveGraph, parseManifest, validateManifest } from '../shared';
import { largePod, manyKeysPod, SHARED_MOUNTS, SHARED_VOLUME } from './large-pod';
import { median, p95, samplePair, spread, type PairOptions } from './stats';
import type { CaseResult } from './results';

/** Variants of a text, each one keystroke away from the original: the first image's tag changes. */
export function keystrokes(text: string, count: number): string[] {
  const match = /^(\s*-?\s*image: )(\S+)$/m.exec(text);
  if (!match) throw new Error('The text has no image line to type into');
  const at = match.index + match[0].length;
  return Array.from({ length: count }, (_, i) => `${text.slice(0, at)}${i}${text.slice(at)}`);
}

/**
 * The floor's parse: `yaml`'s own, called as the app reads a text (readText in
 * shared/manifest/load.ts): the same PARSE_OPTIONS, and a LineCounter for its messages' lines.
 * The app's further work (its linear duplicate-key check, the graph, the checks) is what the
 * ratio measures.
 */
function floorParse(text: string) {
  return parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() });
}

/** The settings both use, read from PARSE_OPTIONS itself, for the report. */
const settings = Object.entries(PARSE_OPTIONS)
  .map(([key, value]) =>
    typeof value === 'function' ? `${key}: the plain-string tag first` : `${key}: ${String(value)}`,
  )
  .join(', ');
const FLOOR_SETTINGS =
  `floor and app parse with yaml's parseAllDocuments, a LineCounter and PARSE_OPTIONS ` +
  `(${settings}); the app checks duplicate keys itself, in linear time`;

const stageNames = ['parse', 'graph', 'validate'] as const;

function textToCanvas(
  id: string,
  label: string,
  text: string,
  options: PairOptions,
  target: number,
): CaseResult {
  const variants = keystrokes(text, 64);
  const check = parseManifest(variants[0]!);
  if (check.status !== 'ok' || !check.view) throw new Error(`${label}: the Pod does not parse`);

  const stages: Record<(typeof stageNames)[number], number[]> = {
    parse: [],
    graph: [],
    validate: [],
  };
  const subject = (i: number) => {
    const changed = variants[i % variants.length]!;
    const t0 = performance.now();
    const parsed = parseManifest(changed);
    const t1 = performance.now();
    if (parsed.view) deriveGraph(parsed.view);
    const t2 = performance.now();
    validateManifest(changed);
    const t3 = performance.now();
    stages.parse.push(t1 - t0);
    stages.graph.push(t2 - t1);
    stages.validate.push(t3 - t2);
  };
  const floor = (i: number) => {
    floorParse(variants[i % variants.length]!);
  };
  const sampled = samplePair(subject, floor, options);
  return paired(id, `Text → canvas, ${label} (CPU time)`, sampled, 'yaml parse', target, {
    ...Object.fromEntries(stageNames.map((s) => [s, median(stages[s])])),
  });
}

function canvasToText(options: PairOptions, target: number): CaseResult {
  const variants = keystrokes(largePod(), 64);
  const edit = { type: 'renameVolume', name: SHARED_VOLUME, newName: 'shared-settings' } as const;
  const check = applyEdit(variants[0]!, edit);
  if (!check.ok) throw new Error(`renameVolume failed: ${check.error}`);
  const renamed = check.text.split('name: shared-settings').length - 1;
  if (renamed !== SHARED_MOUNTS + 1) {
    throw new Error(`renameVolume changed ${renamed} names, not ${SHARED_MOUNTS + 1}`);
  }
  const subject = (i: number) => {
    applyEdit(variants[i % variants.length]!, edit);
  };
  const floor = (i: number) => {
    for (const doc of floorParse(variants[i % variants.length]!)) {
      doc.toString();
    }
  };
  const sampled = samplePair(subject, floor, options);
  return paired(
    'canvas-to-text',
    `Canvas → text, renameVolume (${SHARED_MOUNTS} mounts), large Pod (CPU time)`,
    sampled,
    'yaml parse + toString',
    target,
  );
}

function paired(
  id: string,
  title: string,
  sampled: ReturnType<typeof samplePair>,
  floorLabel: string,
  target: number,
  stages?: Record<string, number>,
): CaseResult {
  const subject = median(sampled.subject);
  const floor = median(sampled.floor);
  const ratio = subject / floor;
  const ms = (value: number) => `${value.toFixed(value >= 100 ? 0 : 2)} ms`;
  const wall = `wall clock ${ms(median(sampled.wall.subject))} vs ${ms(median(sampled.wall.floor))}`;
  return {
    id,
    title,
    unit: 'ms',
    median: subject,
    p95: p95(sampled.subject),
    spread: spread(sampled.subject),
    floor: { label: floorLabel, median: floor },
    ratio,
    target: { text: `≤ ${target}× floor`, met: ratio <= target },
    samples: sampled.subject.length,
    wall: { median: median(sampled.wall.subject), floor: median(sampled.wall.floor) },
    ...(stages ? { stages } : {}),
    note: [wall, sampled.batch > 1 ? `${sampled.batch} runs per sample` : '', FLOOR_SETTINGS]
      .filter(Boolean)
      .join('; '),
  };
}

/** A file of 48,000 annotation keys (1.08 MB, under the 5 MB limit) read as a manifest. */
function manyKeys(options: PairOptions, quick: boolean): CaseResult {
  const text = manyKeysPod();
  // A new text each run: the app keeps the last text it read.
  const sampled = samplePair(
    (i) => parseManifest(`${text}# ${i}\n`),
    (i) => floorParse(`${text}# ${i}\n`),
    {
      ...options,
      warmupRuns: 1,
      warmupMs: 0,
      minSamples: quick ? 5 : 10,
      maxSamples: quick ? 5 : 20,
      minSampleMs: 0,
    },
  );
  return paired(
    'many-keys',
    'Parse, 48,000 annotation keys (CPU time)',
    sampled,
    'yaml parse',
    1.5,
  );
}

export const NODE_CASES = [
  'text-to-canvas-lesson',
  'text-to-canvas-large',
  'canvas-to-text',
  'many-keys',
];

export function runNodeCases(
  lessonPod: string,
  quick: boolean,
  only: (id: string) => boolean = () => true,
): CaseResult[] {
  const options: PairOptions = quick
    ? {
        warmupRuns: 5,
        warmupMs: 200,
        minSamples: 10,
        maxSamples: 40,
        budgetMs: 1_500,
        minSampleMs: 1,
      }
    : {
        warmupRuns: 30,
        warmupMs: 5_000,
        minSamples: 12,
        maxSamples: 400,
        budgetMs: 10_000,
        minSampleMs: 5,
      };
  const large = largePod();
  const results: CaseResult[] = [];
  if (only('text-to-canvas-lesson')) {
    results.push(
      textToCanvas('text-to-canvas-lesson', "the lesson's Pod", lessonPod, options, 1.5),
    );
  }
  if (only('text-to-canvas-large')) {
    results.push(textToCanvas('text-to-canvas-large', 'large Pod', large, options, 1.5));
  }
  if (only('canvas-to-text')) results.push(canvasToText(options, 2));
  if (only('many-keys')) results.push(manyKeys(options, quick));
  return results;
}
