import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestReadError, readManifest } from '../../electron/files/read-manifest';
import { MAX_MANIFEST_BYTES } from '../../shared/host';

let directory: string;

beforeAll(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-read-'));
});

afterAll(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const filePath = path.join(directory, name);
  await fs.writeFile(filePath, content);
  return filePath;
}

describe('readManifest', () => {
  it('reads a manifest as text with its absolute path and name', async () => {
    const filePath = await file('pod.yaml', 'apiVersion: v1\nkind: Pod\n');
    await expect(readManifest(filePath)).resolves.toEqual({
      path: filePath,
      name: 'pod.yaml',
      text: 'apiVersion: v1\nkind: Pod\n',
    });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const filePath = await file('bom.yaml', '\ufeffkind: Pod\n');
    expect((await readManifest(filePath)).text).toBe('kind: Pod\n');
  });

  it('accepts a file of exactly the maximum size', async () => {
    const filePath = await file('max.yaml', 'a'.repeat(MAX_MANIFEST_BYTES));
    expect((await readManifest(filePath)).text).toHaveLength(MAX_MANIFEST_BYTES);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const filePath = await file('big.yaml', 'a'.repeat(MAX_MANIFEST_BYTES + 1));
    const readFile = (): never => {
      throw new Error('must not be read');
    };
    const error = await readManifest(filePath, { stat: fs.stat, readFile }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ManifestReadError);
    expect((error as Error).message).toBe(
      'big.yaml is 5.0 MB; Pod Builder opens manifests up to 5.0 MB.',
    );
  });

  it('refuses a binary file', async () => {
    const filePath = await file('image.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    await expect(readManifest(filePath)).rejects.toThrow(
      'image.yaml looks like a binary file, not a YAML manifest (it contains NUL bytes).',
    );
  });

  it('refuses text that is not UTF-8', async () => {
    const filePath = await file('latin1.yaml', new Uint8Array([0x6b, 0x3a, 0x20, 0xe9, 0x0a]));
    await expect(readManifest(filePath)).rejects.toThrow(
      'latin1.yaml is not UTF-8 text, so it cannot be a YAML manifest.',
    );
  });

  it('says when the file is gone or is a folder', async () => {
    await expect(readManifest(path.join(directory, 'gone.yaml'))).rejects.toThrow(
      'gone.yaml does not exist any more.',
    );
    await fs.mkdir(path.join(directory, 'folder.yaml'));
    await expect(readManifest(path.join(directory, 'folder.yaml'))).rejects.toThrow(
      'folder.yaml is not a file.',
    );
  });
});
