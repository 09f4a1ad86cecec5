import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestArgument } from '../../electron/cli';
import { readManifest } from '../../electron/files/read-manifest';

const cwd = path.resolve('/work/pods');

describe('manifestArgument', () => {
  it('finds the manifest in a packaged app’s arguments', () => {
    expect(manifestArgument(['/opt/Pod Builder/pod-builder', 'web.yaml'], cwd, true)).toBe(
      path.join(cwd, 'web.yaml'),
    );
    expect(manifestArgument(['pod-builder', '--no-sandbox', '/tmp/a.YML'], cwd, true)).toBe(
      path.resolve('/tmp/a.YML'),
    );
  });

  it('skips the app folder in development (electron . file.yaml)', () => {
    expect(manifestArgument(['electron', '.', 'pod.yaml'], cwd, false)).toBe(
      path.join(cwd, 'pod.yaml'),
    );
    expect(manifestArgument(['electron', 'app.yaml'], cwd, false)).toBeNull();
  });

  it('ignores switches and other files', () => {
    expect(manifestArgument(['pod-builder', '--flag=x.yaml', 'notes.txt'], cwd, true)).toBeNull();
    expect(manifestArgument(['pod-builder'], cwd, true)).toBeNull();
  });

  it('opens the file a file:// URL names, spaces and all', async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-cli-'));
    try {
      const filePath = path.join(directory, 'my pod #1 (50%).yaml');
      await fs.writeFile(filePath, 'kind: Pod\n');
      const url = pathToFileURL(filePath).href;
      expect(url).toMatch(/^file:\/\/\/.*%20/);
      const named = manifestArgument(['pod-builder', url], cwd, true);
      expect(named).toBe(filePath);
      await expect(readManifest(named!)).resolves.toMatchObject({ text: 'kind: Pod\n' });
    } finally {
      await fs.rm(directory, { recursive: true, force: true });
    }
  });

  it('takes no other URL for a file: not a remote file:// host, not https', () => {
    expect(manifestArgument(['pod-builder', 'file://server/share/pod.yaml'], cwd, true)).toBeNull();
    expect(manifestArgument(['pod-builder', 'https://example.com/pod.yaml'], cwd, true)).toBeNull();
  });
});
