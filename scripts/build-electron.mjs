// Bundles the main process and the preload for Electron: CommonJS for Node, `electron` left to
// the runtime. The preload runs sandboxed, where `require` knows only a few modules, so it must
// come out as one file that requires nothing but `electron`; the build fails otherwise.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` builds elsewhere (the tests do); the app itself is always dist/electron.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag > 0 && process.argv[outdirFlag + 1]
    ? path.resolve(process.argv[outdirFlag + 1])
    : path.join(root, 'dist', 'electron');
const production = process.env.NODE_ENV === 'production';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22 and Chromium 142.
  target: 'node22',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: false,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
  }),
]);

const preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
const foreign = required.filter((name) => name !== 'electron');
if (foreign.length > 0) {
  console.error(`preload.cjs must require only "electron", but requires: ${foreign.join(', ')}`);
  process.exit(1);
}
console.log(`Built ${path.relative(root, outdir)}/main.cjs and preload.cjs`);
