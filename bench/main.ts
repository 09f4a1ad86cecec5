/**
 * Runs every benchmark, prints the table and writes bench/results/latest.json.
 *   npm run bench              all cases
 *   npm run bench -- --node    the Node cases only (text → canvas, canvas → text)
 *   npm run bench -- --browser the browser cases only (dragging, start-up, script size)
 *   npm run bench -- --quick   fewer samples, for a try
 *   npm run bench -- --only=canvas-to-text --cpu-prof
 *                              one case (by id), with a V8 CPU profile in bench/results/profiles
 * A benchmark reports; it never fails the run because a figure misses its target.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { runBrowserCases } from './browser-cases';
import { NODE_CASES, runNodeCases } from './node-cases';
import { details, table } from './report';
import type { BenchReport, CaseResult } from './results';

const root = process.env.BENCH_ROOT ?? process.cwd();
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const chosen = [...args].filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
const only = (id: string) => chosen.length === 0 || chosen.includes(id);
const onlyNode =
  args.has('--node') || (chosen.length > 0 && chosen.every((id) => NODE_CASES.includes(id)));
const onlyBrowser =
  args.has('--browser') || (chosen.length > 0 && !chosen.some((id) => NODE_CASES.includes(id)));

// Other work on the machine stretches every figure: the load average says how much there was.
const loadBefore = loadavg()[0]!;
const lessonPod = await readFile(path.join(root, 'assets/templates/pod-anatomy.yaml'), 'utf8');
const results: CaseResult[] = [];
let browser: string | null = null;
if (!onlyBrowser) {
  console.log('Node cases…');
  results.push(...runNodeCases(lessonPod, quick, only));
}
if (!onlyNode) {
  console.log('Browser cases (build, preview, Chromium)…');
  const run = await runBrowserCases(root, quick, only);
  browser = run.browser;
  results.push(...run.results);
}

const cpuList = cpus();
const report: BenchReport = {
  date: new Date().toISOString(),
  node: process.version,
  browser,
  cpus: `${cpuList.length} × ${cpuList[0]?.model ?? 'unknown'}`,
  loadAverage: [loadBefore, loadavg()[0]!],
  results,
};
console.log(`\n${table(results)}\n\n${details(results)}\n`);
console.log(
  `Node ${report.node}, ${browser ?? 'no browser'}, ${report.cpus}, load average ` +
    `${report.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`,
);
const outDir = path.join(root, 'bench', 'results');
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Written to ${path.relative(root, path.join(outDir, 'latest.json'))}`);
