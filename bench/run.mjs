// `npm run bench`: bundles bench/main.ts (and the core it measures) with esbuild, as the
// Electron build does, then runs it in a fresh Node process, so that the code measured is plain
// JavaScript with no test runner or on-the-fly transform in between. Dependencies stay external:
// `yaml` runs from node_modules as it does in the app. Extra arguments go to bench/main.ts;
// with --cpu-prof, the measuring process writes a V8 CPU profile (see bench/cpu-profile.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'bench', 'results', 'build', 'main.mjs');

await build({
  absWorkingDir: root,
  entryPoints: ['bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// --cpu-prof is for the measuring process, not this one.
const args = process.argv.slice(2);
const profile = args.includes('--cpu-prof')
  ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench', 'results', 'profiles')}`]
  : [];
const run = spawnSync(
  process.execPath,
  [...profile, outfile, ...args.filter((a) => a !== '--cpu-prof')],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_ROOT: root },
  },
);
process.exit(run.status ?? 1);
