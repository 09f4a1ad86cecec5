import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let outdir: string;

function requires(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);
}

beforeAll(async () => {
  outdir = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-build-'));
  await promisify(execFile)(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], {
    cwd: root,
  });
}, 60_000);

afterAll(async () => {
  await fs.rm(outdir, { recursive: true, force: true });
});

describe('scripts/build-electron.mjs', () => {
  it('bundles the preload into one file that requires only electron (sandbox-safe)', async () => {
    const preload = await fs.readFile(path.join(outdir, 'preload.cjs'), 'utf8');
    expect([...new Set(requires(preload))]).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('bundles the main process, leaving only electron and Node built-ins outside', async () => {
    const main = await fs.readFile(path.join(outdir, 'main.cjs'), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const external = [...new Set(requires(main))].filter(
      (name) => name !== 'electron' && !builtins.has(name),
    );
    expect(external).toEqual([]);
  });
});
