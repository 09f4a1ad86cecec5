import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface DesktopBuild {
  /** The folder holding all of it (removed by `dispose`). */
  folder: string;
  /** The real main process, as `npm run build:electron` makes it. */
  mainPath: string;
  /** What `app.getAppPath()` answers: the repository, with `assets/` and `package.json`. */
  appPath: string;
  version: string;
  dispose(): Promise<void>;
}

/**
 * Builds the app as `npm run build:electron` does, into a folder of its own laid out like
 * `dist/`: `electron/main.cjs` and `preload.cjs`, `renderer/` (the renderer the e2e global setup
 * built), and the stand-in `electron` in `node_modules/`, where `require('electron')` looks.
 */
export async function buildDesktopApp(): Promise<DesktopBuild> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'pod-builder-desktop-'));
  const script = path.join(root, 'scripts', 'build-electron.mjs');
  await promisify(execFile)(process.execPath, [script, '--outdir', path.join(folder, 'electron')], {
    cwd: root,
  });
  await build({
    entryPoints: [path.join(root, 'test', 'desktop', 'stand-in', 'electron.ts')],
    outfile: path.join(folder, 'node_modules', 'electron', 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  await symlink(path.join(root, 'dist', 'renderer'), path.join(folder, 'renderer'), 'dir');
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    folder,
    mainPath: path.join(folder, 'electron', 'main.cjs'),
    appPath: root,
    version,
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}
