import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostResult } from '../../shared/host';
import { electronFake, eventFrom, fakeContents } from './support/electron-fake';
import type { DocumentsFixture } from './support/documents-fixture';

vi.mock('electron', async () => (await import('./support/electron-fake')).electronModule());

const { startDocuments } = await import('./support/documents-fixture');
const { registerFileHandlers } = await import('../../electron/ipc/file-handlers');
const { setSenderPolicy } = await import('../../electron/ipc/sender');
const { isRemoteOrDevicePath } = await import('../../electron/files/dropped-path');

/**
 * `file:open-dropped` takes a path from the page, so it is checked as untrusted: through the real
 * IPC handler, against real files and links.
 */
const page = fakeContents();
let app: DocumentsFixture;

function drop(filePath: string): Promise<HostResult<unknown>> {
  const handler = electronFake.handlers.get('file:open-dropped');
  if (!handler) throw new Error('file:open-dropped is not handled');
  return handler(eventFrom(page), filePath);
}

beforeAll(() => {
  setSenderPolicy({ webContents: () => [page as never], origins: ['app://pod-builder'] });
  registerFileHandlers(
    new Proxy({} as DocumentsFixture['documents'], {
      get: (_target, key) => {
        const value = Reflect.get(app.documents, key) as unknown;
        return typeof value === 'function' ? value.bind(app.documents) : value;
      },
    }),
  );
});

beforeEach(async () => {
  app = await startDocuments();
});

afterEach(async () => {
  await app.remove();
});

describe('a dropped file', () => {
  it('opens a YAML file, and through a link opens (and grants) the file it names', async () => {
    const real = await app.file('real.yml', 'kind: Pod\n');
    const link = path.join(app.directory, 'link.yaml');
    await fs.symlink(real, link);
    await expect(drop(link)).resolves.toEqual({
      ok: true,
      value: { path: real, name: 'real.yml', text: 'kind: Pod\n' },
    });
    expect(app.grants.has(real)).toBe(true);
    expect(app.grants.has(link)).toBe(false);
  });

  it('refuses a .yaml link to a file that is not YAML, and grants nothing', async () => {
    const key = await app.file('id_ed25519', '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    const link = path.join(app.directory, 'pod.yaml');
    await fs.symlink(key, link);
    await expect(drop(link)).resolves.toEqual({
      ok: false,
      error: 'pod.yaml links to id_ed25519, which is not a .yaml or .yml file.',
    });
    expect(app.grants.has(link)).toBe(false);
    expect(app.grants.has(key)).toBe(false);
    // So the page cannot save over the key through the link either.
    await expect(
      app.documents.save({ path: link, suggestedName: 'pod.yaml', text: 'x' }),
    ).rejects.toThrow('Pod Builder did not open pod.yaml in this window');
    expect(await fs.readFile(key, 'utf8')).toBe('-----BEGIN OPENSSH PRIVATE KEY-----\n');
  });

  it('refuses a .yaml link to a device', async () => {
    const link = path.join(app.directory, 'null.yaml');
    await fs.symlink('/dev/null', link);
    await expect(drop(link)).resolves.toEqual({
      ok: false,
      error: 'null.yaml links to null, which is not a .yaml or .yml file.',
    });
  });

  it('refuses a folder named like a manifest, a dangling link and a relative path', async () => {
    const folder = path.join(app.directory, 'folder.yaml');
    await fs.mkdir(folder);
    await expect(drop(folder)).resolves.toEqual({ ok: false, error: 'folder.yaml is not a file.' });
    const dangling = path.join(app.directory, 'gone.yaml');
    await fs.symlink(path.join(app.directory, 'nothing.yaml'), dangling);
    await expect(drop(dangling)).resolves.toEqual({
      ok: false,
      error: 'gone.yaml does not exist (or links to a file that does not).',
    });
    await expect(drop('pod.yaml')).resolves.toEqual({
      ok: false,
      error: 'pod.yaml is not a file on this computer.',
    });
  });

  it.each([
    ['\\\\server\\share\\pod.yaml'],
    ['//server/share/pod.yaml'],
    ['\\\\?\\C:\\pods\\pod.yaml'],
    ['\\\\.\\pipe\\pod.yaml'],
  ])('refuses the network or device path %s', async (dropped) => {
    const result = await drop(dropped);
    expect(result).toMatchObject({ ok: false });
    expect((result as { error: string }).error).toMatch(
      /is not on a drive of this computer \(a network share or a device\); open it with File → Open instead\.$/,
    );
  });

  it("knows Windows' reserved device names, whatever the extension", () => {
    expect(isRemoteOrDevicePath('C:\\pods\\NUL.yaml', 'win32')).toBe(true);
    expect(isRemoteOrDevicePath('C:\\pods\\com1.yml', 'win32')).toBe(true);
    expect(isRemoteOrDevicePath('C:\\pods\\console.yaml', 'win32')).toBe(false);
    expect(isRemoteOrDevicePath('/home/me/nul.yaml', 'linux')).toBe(false);
  });
});
