import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite } from '../../electron/files/atomic-write';
import type { AtomicWriteFs } from '../../electron/files/atomic-write';

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-atomic-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

async function entries(): Promise<string[]> {
  return (await fs.readdir(directory)).sort();
}

/** The real file system, except that `rename` fails once the temporary file is written. */
function failingRename(): AtomicWriteFs & { tempWritten: string | null } {
  const failing = {
    ...fs,
    tempWritten: null as string | null,
    rename: async (from: Parameters<typeof fs.rename>[0]) => {
      failing.tempWritten = await fs.readFile(from, 'utf8');
      throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
    },
  };
  return failing;
}

describe('atomicWrite', () => {
  it('creates a new file with the text', async () => {
    const target = path.join(directory, 'pod.yaml');
    await atomicWrite(target, 'kind: Pod\n');
    expect(await fs.readFile(target, 'utf8')).toBe('kind: Pod\n');
    expect(await entries()).toEqual(['pod.yaml']);
  });

  it('replaces an existing file and leaves no temporary file', async () => {
    const target = path.join(directory, 'pod.yaml');
    await fs.writeFile(target, 'old: true\n');
    await atomicWrite(target, 'new: true\n');
    expect(await fs.readFile(target, 'utf8')).toBe('new: true\n');
    expect(await entries()).toEqual(['pod.yaml']);
  });

  it('writes non-ASCII text as UTF-8', async () => {
    const target = path.join(directory, 'pod.yaml');
    await atomicWrite(target, '# Pod für Vorlesung ✓\n');
    expect(await fs.readFile(target)).toEqual(Buffer.from('# Pod für Vorlesung ✓\n', 'utf8'));
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const target = path.join(directory, 'secret.yaml');
      await fs.writeFile(target, 'old\n');
      await fs.chmod(target, 0o600);
      await atomicWrite(target, 'new\n');
      expect((await fs.stat(target)).mode & 0o777).toBe(0o600);

      await fs.chmod(target, 0o755);
      await atomicWrite(target, 'newer\n');
      expect((await fs.stat(target)).mode & 0o777).toBe(0o755);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'keeps the owner and group of the file it replaces',
    async () => {
      const target = path.join(directory, 'shared.yaml');
      await fs.writeFile(target, 'old\n');
      // As an administrator, a file of another user (as a shared checkout has); otherwise the
      // only owner a user may give a file is themselves.
      const owner =
        process.getuid?.() === 0
          ? { uid: 1234, gid: 2345 }
          : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
      await fs.chown(target, owner.uid, owner.gid);
      await fs.chmod(target, 0o640);
      const before = await fs.stat(target);
      await atomicWrite(target, 'new\n');
      const after = await fs.stat(target);
      expect(after.ino).not.toBe(before.ino);
      expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o7777 }).toEqual({
        ...owner,
        mode: 0o640,
      });
      expect(await fs.readFile(target, 'utf8')).toBe('new\n');
    },
  );

  it.skipIf(process.platform === 'win32')(
    'writes through a symbolic link, keeping the link',
    async () => {
      const real = path.join(directory, 'real.yaml');
      const link = path.join(directory, 'link.yaml');
      await fs.writeFile(real, 'old\n');
      await fs.symlink(real, link);
      await atomicWrite(link, 'new\n');
      expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
      expect(await fs.readFile(real, 'utf8')).toBe('new\n');
    },
  );

  it('leaves the old file intact and removes the temporary file when the rename fails', async () => {
    const target = path.join(directory, 'pod.yaml');
    await fs.writeFile(target, 'old: content\n');
    const failing = failingRename();

    await expect(atomicWrite(target, 'new: content\n', failing)).rejects.toThrow(/ENOSPC/);

    // The write really got half way: the new text was on disk, beside the target.
    expect(failing.tempWritten).toBe('new: content\n');
    expect(await fs.readFile(target, 'utf8')).toBe('old: content\n');
    expect(await entries()).toEqual(['pod.yaml']);
  });

  it('removes the temporary file when writing it fails', async () => {
    const target = path.join(directory, 'pod.yaml');
    await fs.writeFile(target, 'old\n');
    const failingWrite: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        handle.writeFile = async () => {
          throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
        };
        return handle;
      }) as typeof fs.open,
    };
    await expect(atomicWrite(target, 'new\n', failingWrite)).rejects.toThrow(/EIO/);
    expect(await fs.readFile(target, 'utf8')).toBe('old\n');
    expect(await entries()).toEqual(['pod.yaml']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const target = path.join(directory, 'missing', 'pod.yaml');
    await expect(atomicWrite(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await entries()).toEqual([]);
  });
});
