// Summarises a V8 CPU profile (node --cpu-prof): the functions with the most self time and the
// most total time, with their file and line.
//   node bench/cpu-profile.mjs bench/results/profiles/<file>.cpuprofile [rows] [focus]
// With `focus` (a function name), only the samples with that function on the stack count.
import { readFileSync } from 'node:fs';

const [file, rowsArg, focus] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/cpu-profile.mjs <file.cpuprofile> [rows]');
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts per node, weighted by the time between samples.
const selfTime = new Map();
profile.samples.forEach((id, i) => {
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
});

const where = (cf) => {
  const url = cf.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
  return `${cf.functionName || '(anonymous)'} ${url}:${cf.lineNumber + 1}`;
};
const self = new Map();
const total = new Map();
const stack = (id) => {
  const frames = [];
  for (let at = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at).callFrame);
  return frames;
};
for (const [id, ms] of selfTime) {
  if (focus && !stack(id).some((cf) => cf.functionName === focus)) continue;
  const key = where(byId.get(id).callFrame);
  self.set(key, (self.get(key) ?? 0) + ms);
  // Each function on the stack once, however deep its recursion.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = where(byId.get(at).callFrame);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + ms);
  }
}
const all = [...self.values()].reduce((a, b) => a + b, 0);
const print = (title, map) => {
  console.log(`\n${title} (of ${all.toFixed(0)} ms sampled)`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(
      `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${k}`,
    );
  }
};
print('Self time', self);
print('Total time', total);
