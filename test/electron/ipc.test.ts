import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostResult } from '../../shared/host';
import { MAX_MANIFEST_BYTES } from '../../shared/host';

type Handler = (event: unknown, ...args: unknown[]) => Promise<HostResult<unknown>>;
type Listener = (event: unknown, ...args: unknown[]) => void;

// Only the boundary with Electron is faked: IPC registration and the native dialogs.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  listeners: new Map<string, Listener>(),
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
    on: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
}));

const { registerFileHandlers } = await import('../../electron/ipc/file-handlers');
const { registerWindowHandlers } = await import('../../electron/ipc/window-handlers');
const { setSenderPolicy } = await import('../../electron/ipc/sender');
const { UNTRUSTED_SENDER } = await import('../../electron/ipc/handle-ipc');
const { PathGrants } = await import('../../electron/files/path-grants');

interface FakeFrame {
  url: string;
}
interface FakeContents {
  mainFrame: FakeFrame;
}

function contents(url = 'app://pod-builder/index.html'): FakeContents {
  return { mainFrame: { url } };
}

const ourContents = contents();
const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
const onDocumentState = vi.fn();
let directory: string;
let grants: InstanceType<typeof PathGrants>;

function eventFrom(sender: FakeContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

function invoke(channel: string, ...args: unknown[]): Promise<HostResult<unknown>> {
  return invokeAs(eventFrom(ourContents), channel, ...args);
}

function invokeAs(event: unknown, channel: string, ...args: unknown[]) {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeAll(() => {
  // Refusals are logged; keep the test output for failures.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  registerFileHandlers({
    window: () => null,
    grants: {
      grant: (p: string) => grants.grant(p),
      has: (p: string) => grants.has(p),
    } as InstanceType<typeof PathGrants>,
    defaultDirectory: () => directory,
  });
  registerWindowHandlers({
    window: () => window as never,
    onDocumentState,
  });
});

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-ipc-'));
  grants = new PathGrants();
  setSenderPolicy({
    webContents: () => [ourContents as never],
    origins: ['app://pod-builder'],
  });
  electron.showOpenDialog.mockReset();
  electron.showSaveDialog.mockReset();
  window.setTitle.mockReset();
  onDocumentState.mockReset();
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

describe('the sender check', () => {
  it('refuses calls from another webContents', async () => {
    const stranger = contents();
    await expect(invokeAs(eventFrom(stranger), 'file:open')).resolves.toEqual({
      ok: false,
      error: UNTRUSTED_SENDER,
    });
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses calls from a subframe of our window', async () => {
    const event = eventFrom(ourContents, { url: 'app://pod-builder/frame.html' });
    await expect(invokeAs(event, 'file:open')).resolves.toMatchObject({ ok: false });
  });

  it('refuses calls once our window shows another origin', async () => {
    const navigated = contents('https://example.com/');
    setSenderPolicy({ webContents: () => [navigated as never], origins: ['app://pod-builder'] });
    await expect(invokeAs(eventFrom(navigated), 'file:open')).resolves.toMatchObject({
      ok: false,
      error: UNTRUSTED_SENDER,
    });
  });

  it('refuses calls from a frame that is gone', async () => {
    await expect(invokeAs(eventFrom(ourContents, null), 'file:open')).resolves.toMatchObject({
      ok: false,
    });
  });

  it('drops one-way messages from strangers', () => {
    electron.listeners.get('window:set-document-state')?.(eventFrom(contents()), {
      name: 'x.yaml',
      dirty: true,
    });
    expect(window.setTitle).not.toHaveBeenCalled();
  });
});

describe('file:open', () => {
  it('reads the file the user picks and returns it', async () => {
    const filePath = path.join(directory, 'pod.yaml');
    await fs.writeFile(filePath, 'kind: Pod\n');
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
    await expect(invoke('file:open')).resolves.toEqual({
      ok: true,
      value: { path: filePath, name: 'pod.yaml', text: 'kind: Pod\n' },
    });
    expect(grants.has(filePath)).toBe(true);
  });

  it('returns null when the user cancels', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
  });

  it('returns the reason a file cannot be opened instead of throwing', async () => {
    const filePath = path.join(directory, 'binary.yaml');
    await fs.writeFile(filePath, new Uint8Array([1, 0, 2]));
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
    await expect(invoke('file:open')).resolves.toEqual({
      ok: false,
      error: 'binary.yaml looks like a binary file, not a YAML manifest (it contains NUL bytes).',
    });
  });

  it('refuses arguments it does not take', async () => {
    await expect(invoke('file:open', '/etc/passwd')).resolves.toMatchObject({ ok: false });
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('file:save', () => {
  it('asks where to save when the document has no path, then writes there', async () => {
    const target = path.join(directory, 'chosen.yaml');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await invoke('file:save', {
      path: null,
      suggestedName: 'web/../pod',
      text: 'kind: Pod\n',
    });
    expect(result).toEqual({ ok: true, value: { path: target, name: 'chosen.yaml' } });
    expect(await fs.readFile(target, 'utf8')).toBe('kind: Pod\n');
    const options = electron.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string };
    // Only the last part of the suggested name, never a directory the page names.
    expect(path.basename(options.defaultPath)).toBe('pod.yaml');
  });

  it('saves again to a path the user chose before, without asking', async () => {
    const target = path.join(directory, 'pod.yaml');
    await fs.writeFile(target, 'old\n');
    grants.grant(target);
    await expect(
      invoke('file:save', { path: target, suggestedName: 'pod.yaml', text: 'new\n' }),
    ).resolves.toEqual({ ok: true, value: { path: target, name: 'pod.yaml' } });
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
    expect(await fs.readFile(target, 'utf8')).toBe('new\n');
  });

  it('refuses to write to a path the user never chose', async () => {
    const target = path.join(directory, 'elsewhere.yaml');
    const result = await invoke('file:save', { path: target, suggestedName: 'x', text: 'evil' });
    expect(result).toEqual({
      ok: false,
      error:
        'Pod Builder did not open elsewhere.yaml in this window; use Save As to choose where to save.',
    });
    await expect(fs.stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('returns null when the user cancels the dialog', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(
      invoke('file:save', { path: null, suggestedName: 'pod.yaml', text: 'x' }),
    ).resolves.toEqual({ ok: true, value: null });
  });

  it('explains a failed write in words', async () => {
    const target = path.join(directory, 'no-such-folder', 'pod.yaml');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(
      invoke('file:save', { path: null, suggestedName: 'pod.yaml', text: 'x' }),
    ).resolves.toEqual({
      ok: false,
      error: 'Could not save pod.yaml: the folder does not exist any more.',
    });
  });

  it.each([
    ['no request', []],
    ['a string instead of a request', ['kind: Pod']],
    ['two requests', [{ path: null, suggestedName: 'a', text: '' }, {}]],
    ['text that is not a string', [{ path: null, suggestedName: 'a', text: 42 }]],
    ['a path that is not a string', [{ path: 7, suggestedName: 'a', text: '' }]],
    ['a path with a NUL byte', [{ path: '/tmp/a\0b', suggestedName: 'a', text: '' }]],
    ['an empty name', [{ path: null, suggestedName: '', text: '' }]],
    ['a name too long', [{ path: null, suggestedName: 'a'.repeat(256), text: '' }]],
    [
      'text over the limit',
      [{ path: null, suggestedName: 'a', text: 'a'.repeat(MAX_MANIFEST_BYTES + 1) }],
    ],
    [
      'multi-byte text over the limit',
      [{ path: null, suggestedName: 'a', text: 'é'.repeat(MAX_MANIFEST_BYTES / 2 + 1) }],
    ],
  ])('refuses %s before showing any dialog', async (_what, args) => {
    const result = await invoke('file:save', ...args);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^Invalid request \(file:save\): /);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:export-manifest', () => {
  it('shows the save dialog with the suggested name and YAML filters, then writes', async () => {
    const target = path.join(directory, 'export.yml');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(
      invoke('file:export-manifest', { suggestedName: 'web-pod', text: 'kind: Pod\n' }),
    ).resolves.toEqual({ ok: true, value: { path: target, name: 'export.yml' } });
    const options = electron.showSaveDialog.mock.calls[0]?.[0] as {
      defaultPath: string;
      filters: { extensions: string[] }[];
    };
    expect(path.basename(options.defaultPath)).toBe('web-pod.yaml');
    expect(options.filters[0]?.extensions).toEqual(['yaml', 'yml']);
    expect(await fs.readFile(target, 'utf8')).toBe('kind: Pod\n');
  });

  it('refuses a request without text', async () => {
    await expect(invoke('file:export-manifest', { suggestedName: 'a' })).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('window:set-document-state', () => {
  const send = (...args: unknown[]) =>
    electron.listeners.get('window:set-document-state')?.(eventFrom(ourContents), ...args);

  it('puts the name and the unsaved marker in the title', () => {
    send({ name: 'pod.yaml', dirty: true });
    expect(window.setTitle).toHaveBeenLastCalledWith('pod.yaml• — Pod Builder');
    send({ name: 'pod.yaml', dirty: false });
    expect(window.setTitle).toHaveBeenLastCalledWith('pod.yaml — Pod Builder');
    expect(onDocumentState).toHaveBeenLastCalledWith({ name: 'pod.yaml', dirty: false });
  });

  it('drops malformed states', () => {
    send({ name: 'pod.yaml', dirty: 'yes' });
    send({ name: 42, dirty: true });
    send('pod.yaml');
    expect(window.setTitle).not.toHaveBeenCalled();
  });
});
