import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run dist -- --linux dir` with `electronDist`, as the README describes for a machine that
 * cannot download Electron: electron-builder itself builds the app folder from this project's
 * package.json and electron-builder.yml, around an unpacked "Electron" (here a stand-in carrying
 * the fuse wire a real binary has). The built page is a placeholder: what is checked is what
 * gets packed, not the page.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const { listPackage } = require('@electron/asar') as { listPackage(archive: string): string[] };
const run = promisify(execFile);

/** What @electron/fuses looks for in the Electron binary, then the wire: version 1, 8 fuses. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES_AS_SHIPPED = '10110001';

let temp: string;
let unpacked: string;

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-dist-'));
  const app = path.join(temp, 'app');
  const electronDist = path.join(temp, 'electron');
  await fs.mkdir(path.join(app, 'dist', 'renderer'), { recursive: true });
  await fs.mkdir(electronDist);
  for (const file of ['package.json', 'electron-builder.yml', 'assets/templates', 'assets/icons']) {
    await fs.cp(path.join(root, file), path.join(app, file), { recursive: true });
  }
  // The project's own modules: electron-builder packs whatever `dependencies` names from here.
  await fs.symlink(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  await run(process.execPath, [
    path.join(root, 'scripts', 'build-electron.mjs'),
    '--outdir',
    path.join(app, 'dist', 'electron'),
  ]);
  await fs.writeFile(path.join(app, 'dist', 'renderer', 'index.html'), '<!doctype html>\n');
  await fs.writeFile(
    path.join(electronDist, 'electron'),
    `#!/bin/sh\n# ${FUSE_SENTINEL}\u0001\u0008${FUSES_AS_SHIPPED}\n`,
    { mode: 0o755 },
  );
  await run(
    process.execPath,
    [
      path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--projectDir',
      app,
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${path.join(temp, 'release')}`,
    ],
    { cwd: app },
  );
  unpacked = path.join(temp, 'release', 'linux-unpacked');
}, 180_000);

afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

describe('the app folder electron-builder makes', () => {
  it('ships the bundles, the templates and the icon, and no node_modules', () => {
    const entries = listPackage(path.join(unpacked, 'resources', 'app.asar'));
    const files = entries.filter((entry) => path.extname(entry) !== '');
    expect(entries.filter((entry) => entry.includes('node_modules'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/renderer/index.html',
        '/assets/icons/png/512x512.png',
        '/assets/templates/index.json',
        '/assets/templates/pod-anatomy.yaml',
      ]),
    );
    const places = new Set(files.map((file) => file.split('/').slice(1, 3).join('/')));
    expect([...places].sort()).toEqual([
      'assets/icons',
      'assets/templates',
      'dist/electron',
      'dist/renderer',
      'package.json',
    ]);
  });

  it('names the executable after the app and sets the fuses electron-builder.yml asks for', async () => {
    const binary = await fs.readFile(path.join(unpacked, 'pod-builder'), 'latin1');
    const wire = binary.slice(binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2, -1);
    // Run as node off, cookie encryption on, NODE_OPTIONS off, inspect off, asar integrity on,
    // only the asar, no browser snapshot, no file:// privileges.
    expect(wire).toBe('01001100');
  });
});
