import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFiles } from '../../electron/files/recent-files';

let directory: string;
let store: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-recent-'));
  store = path.join(directory, 'user-data', 'recent-files.json');
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

async function files(count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const filePath = path.join(directory, `pod-${i}.yaml`);
    await fs.writeFile(filePath, `n: ${i}\n`);
    paths.push(filePath);
  }
  return paths;
}

describe('RecentFiles', () => {
  it('starts empty, without a store file', async () => {
    await expect(new RecentFiles(store).list()).resolves.toEqual([]);
  });

  it('lists the newest first, each file once, and persists across instances', async () => {
    const [a, b] = await files(2);
    const recent = new RecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    await recent.add(a!);
    const expected = [
      { path: a, name: 'pod-0.yaml' },
      { path: b, name: 'pod-1.yaml' },
    ];
    await expect(recent.list()).resolves.toEqual(expected);
    await expect(new RecentFiles(store).list()).resolves.toEqual(expected);
  });

  it('keeps at most 10', async () => {
    const paths = await files(12);
    const recent = new RecentFiles(store);
    for (const filePath of paths) await recent.add(filePath);
    const listed = await recent.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]?.path).toBe(paths[11]);
    expect(listed[9]?.path).toBe(paths[2]);
  });

  it('drops files that no longer exist, and remembers that', async () => {
    const [a, b] = await files(2);
    const recent = new RecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    await fs.rm(b!);
    await expect(recent.list()).resolves.toEqual([{ path: a, name: 'pod-0.yaml' }]);
    const stored = JSON.parse(await fs.readFile(store, 'utf8')) as { files: string[] };
    expect(stored.files).toEqual([a]);
  });

  it('removes and clears', async () => {
    const [a, b] = await files(2);
    const recent = new RecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    await recent.remove(a!);
    await expect(recent.includes(a!)).resolves.toBe(false);
    await expect(recent.includes(b!)).resolves.toBe(true);
    await recent.clear();
    await expect(recent.list()).resolves.toEqual([]);
  });

  it('survives a damaged or tampered store', async () => {
    const [a] = await files(1);
    await fs.mkdir(path.dirname(store), { recursive: true });
    await fs.writeFile(store, '{ not json');
    await expect(new RecentFiles(store).list()).resolves.toEqual([]);
    await fs.writeFile(
      store,
      JSON.stringify({ files: [a, 'relative.yaml', 42, `${a}\0x`, 'x'.repeat(5000), a] }),
    );
    await expect(new RecentFiles(store).list()).resolves.toEqual([{ path: a, name: 'pod-0.yaml' }]);
  });

  it('keeps every one of many concurrent additions', async () => {
    const paths = await files(5);
    const recent = new RecentFiles(store);
    await Promise.all(paths.map((filePath) => recent.add(filePath)));
    expect((await recent.list()).map((file) => file.path).sort()).toEqual([...paths].sort());
  });

  it('keeps a file it cannot reach just now, and drops one that is gone', async () => {
    const [kept, deleted] = await files(2);
    // A link to itself: stat fails with ELOOP, not ENOENT, as an unmounted drive or an offline
    // share fails with something other than "no such file".
    const unreachable = path.join(directory, 'loop.yaml');
    await fs.symlink(unreachable, unreachable);
    await expect(fs.stat(unreachable)).rejects.toMatchObject({ code: 'ELOOP' });
    const recent = new RecentFiles(store);
    for (const filePath of [kept!, deleted!, unreachable]) await recent.add(filePath);
    await fs.rm(deleted!);

    const listed = (await new RecentFiles(store).list()).map((file) => file.path);
    expect(listed).toEqual([unreachable, kept]);
    // Stored too: a later start still has it once the drive is back.
    const stored = JSON.parse(await fs.readFile(store, 'utf8')) as { files: string[] };
    expect(stored.files).toEqual([unreachable, kept]);
  });
});
