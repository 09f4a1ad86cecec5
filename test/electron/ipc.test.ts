import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectDocument } from '../../renderer/host/document-controller';
import type { Host, HostResult, OpenResult, SavedFile } from '../../shared/host';
import { BLANK_MANIFEST, MAX_MANIFEST_BYTES } from '../../shared/host';
import { electronFake, eventFrom, fakeContents } from './support/electron-fake';
import type { FakeContents } from './support/electron-fake';

vi.mock('electron', async () => (await import('./support/electron-fake')).electronModule());

const { registerFileHandlers } = await import('../../electron/ipc/file-handlers');
const { registerWindowHandlers } = await import('../../electron/ipc/window-handlers');
const { setSenderPolicy } = await import('../../electron/ipc/sender');
const { UNTRUSTED_SENDER } = await import('../../electron/ipc/handle-ipc');
const { PathGrants } = await import('../../electron/files/path-grants');
const { RecentFiles } = await import('../../electron/files/recent-files');
const { DraftStore } = await import('../../electron/files/drafts');
const { Dialogs } = await import('../../electron/document/dialogs');
const { DocumentSession } = await import('../../electron/document/document-session');
const { Documents } = await import('../../electron/document/documents');

const ourContents = fakeContents();
const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
const delivered: unknown[] = [];

let directory: string;
let templates: string;
let grants: InstanceType<typeof PathGrants>;
let recent: InstanceType<typeof RecentFiles>;
let session: InstanceType<typeof DocumentSession>;
let documents: InstanceType<typeof Documents>;

function invokeAs(event: unknown, channel: string, ...args: unknown[]) {
  const handler = electronFake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

function invoke(channel: string, ...args: unknown[]): Promise<HostResult<unknown>> {
  return invokeAs(eventFrom(ourContents), channel, ...args);
}

function report(state: unknown, from: FakeContents = ourContents): void {
  electronFake.listeners.get('window:set-document-state')?.(eventFrom(from), state);
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const filePath = path.join(directory, name);
  await fs.writeFile(filePath, content);
  return filePath;
}

beforeAll(() => {
  // Refusals are logged; keep the test output for failures.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // The handlers are registered once, as in the app; they reach the per-test state through this.
  const current = new Proxy({} as InstanceType<typeof Documents>, {
    get: (_target, key) => {
      const value = Reflect.get(documents, key) as unknown;
      return typeof value === 'function' ? value.bind(documents) : value;
    },
  });
  registerFileHandlers(current);
  registerWindowHandlers({
    window: () => window as never,
    onDocumentState: (state) => documents.reportState(state),
  });
});

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-ipc-'));
  templates = path.join(directory, 'templates');
  await fs.mkdir(templates);
  await fs.writeFile(
    path.join(templates, 'web-app.yaml'),
    '# A web server and its sidecar.\nkind: Pod\n',
  );
  grants = new PathGrants();
  recent = new RecentFiles(path.join(directory, 'user', 'recent.json'));
  const drafts = new DraftStore(path.join(directory, 'user', 'draft.json'));
  session = new DocumentSession(drafts, 10);
  delivered.length = 0;
  documents = new Documents({
    dialogs: new Dialogs(
      () => null,
      () => directory,
    ),
    session,
    grants,
    recent,
    drafts,
    templatesDirectory: templates,
    deliver: (opened) => delivered.push(opened),
  });
  setSenderPolicy({ webContents: () => [ourContents as never], origins: ['app://pod-builder'] });
  electronFake.showOpenDialog.mockReset();
  electronFake.showSaveDialog.mockReset();
  electronFake.showMessageBox.mockReset();
  window.setTitle.mockReset();
});

afterEach(async () => {
  documents.close();
  await session.settled();
  await fs.rm(directory, { recursive: true, force: true });
});

describe('the sender check', () => {
  it('refuses calls from another webContents', async () => {
    await expect(invokeAs(eventFrom(fakeContents()), 'file:open')).resolves.toEqual({
      ok: false,
      error: UNTRUSTED_SENDER,
    });
    expect(electronFake.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses calls from a subframe of our window', async () => {
    const event = eventFrom(ourContents, { url: 'app://pod-builder/frame.html' });
    await expect(invokeAs(event, 'file:open')).resolves.toMatchObject({ ok: false });
  });

  it('refuses calls once our window shows another origin', async () => {
    const navigated = fakeContents('https://example.com/');
    setSenderPolicy({ webContents: () => [navigated as never], origins: ['app://pod-builder'] });
    await expect(invokeAs(eventFrom(navigated), 'file:open')).resolves.toEqual({
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
    report({ name: 'x.yaml', dirty: true }, fakeContents());
    expect(window.setTitle).not.toHaveBeenCalled();
  });
});

describe('file:open', () => {
  it('reads the file the user picks and remembers it', async () => {
    const filePath = await file('pod.yaml', 'kind: Pod\n');
    electronFake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
    await expect(invoke('file:open')).resolves.toEqual({
      ok: true,
      value: { path: filePath, name: 'pod.yaml', text: 'kind: Pod\n' },
    });
    expect(grants.has(filePath)).toBe(true);
    expect(await recent.list()).toEqual([{ path: filePath, name: 'pod.yaml' }]);
  });

  it('returns null when the user cancels', async () => {
    electronFake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
  });

  it('returns the reason a file cannot be opened instead of throwing', async () => {
    const filePath = await file('binary.yaml', new Uint8Array([1, 0, 2]));
    electronFake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
    await expect(invoke('file:open')).resolves.toEqual({
      ok: false,
      error: 'binary.yaml looks like a binary file, not a YAML manifest (it contains NUL bytes).',
    });
  });

  it('shows one dialog at a time when asked twice at once', async () => {
    let answer: (value: unknown) => void = () => undefined;
    electronFake.showOpenDialog.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    electronFake.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const first = invoke('file:open');
    const second = invoke('file:open');
    await vi.waitFor(() => expect(electronFake.showOpenDialog).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(electronFake.showOpenDialog).toHaveBeenCalledTimes(1);
    answer({ canceled: true, filePaths: [] });
    await expect(first).resolves.toEqual({ ok: true, value: null });
    await expect(second).resolves.toEqual({ ok: true, value: null });
    expect(electronFake.showOpenDialog).toHaveBeenCalledTimes(2);
  });

  it('refuses arguments it does not take', async () => {
    await expect(invoke('file:open', '/etc/passwd')).resolves.toMatchObject({ ok: false });
    expect(electronFake.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('the unsaved-changes question', () => {
  async function pickAfterEditing(response: number) {
    report({ name: 'draft.yaml', dirty: true, text: 'edited: true\n' });
    const filePath = await file('other.yaml', 'other: true\n');
    electronFake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
    electronFake.showMessageBox.mockResolvedValue({ response });
    return invoke('file:open');
  }

  it('keeps the current document when the user cancels', async () => {
    await expect(pickAfterEditing(2)).resolves.toEqual({ ok: true, value: null });
    const question = electronFake.showMessageBox.mock.calls[0]?.[0] as {
      message: string;
      buttons: string[];
    };
    expect(question.message).toBe('Do you want to save the changes you made to draft.yaml?');
    expect(question.buttons).toEqual(['&Save', "Do&n't Save", '&Cancel']);
    expect(session.state.dirty).toBe(true);
  });

  it('opens the other file when the user discards the changes', async () => {
    await expect(pickAfterEditing(1)).resolves.toMatchObject({
      ok: true,
      value: { name: 'other.yaml' },
    });
    expect(session.state).toMatchObject({ name: 'other.yaml', dirty: false });
  });

  it('saves the reported text first when the user chooses Save', async () => {
    const target = path.join(directory, 'saved-first.yaml');
    electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(pickAfterEditing(0)).resolves.toMatchObject({ ok: true });
    expect(await fs.readFile(target, 'utf8')).toBe('edited: true\n');
  });

  it('asks before showing the open dialog, and shows none when the user cancels', async () => {
    report({ name: 'draft.yaml', dirty: true, text: 'edited: true\n' });
    electronFake.showMessageBox.mockResolvedValue({ response: 2 });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
    expect(electronFake.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electronFake.showOpenDialog).not.toHaveBeenCalled();
    expect(session.state).toMatchObject({
      name: 'draft.yaml',
      dirty: true,
      text: 'edited: true\n',
    });
  });

  it('asks once, before the dialog, when the user then picks a file', async () => {
    await expect(pickAfterEditing(1)).resolves.toMatchObject({ value: { name: 'other.yaml' } });
    expect(electronFake.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electronFake.showMessageBox.mock.invocationCallOrder[0]).toBeLessThan(
      electronFake.showOpenDialog.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it("keeps the changes unsaved after Don't Save when no file replaces them", async () => {
    report({ name: 'draft.yaml', dirty: true, text: 'edited: true\n' });
    electronFake.showMessageBox.mockResolvedValue({ response: 1 });
    electronFake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
    expect(session.state).toMatchObject({
      name: 'draft.yaml',
      dirty: true,
      text: 'edited: true\n',
    });

    // A file that cannot be read replaces nothing either.
    const binary = await file('binary.yaml', new Uint8Array([1, 0, 2]));
    electronFake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [binary] });
    await expect(invoke('file:open')).resolves.toMatchObject({ ok: false });
    expect(session.state).toMatchObject({
      name: 'draft.yaml',
      dirty: true,
      text: 'edited: true\n',
    });

    // So closing the window still asks about them.
    electronFake.showMessageBox.mockClear();
    electronFake.showMessageBox.mockResolvedValue({ response: 2 });
    await expect(documents.confirmDiscard()).resolves.toBe(false);
    expect(electronFake.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('asks again when the document changed while the dialog was open', async () => {
    report({ name: 'draft.yaml', dirty: true, text: 'edited: true\n' });
    const filePath = await file('other.yaml', 'other: true\n');
    electronFake.showMessageBox.mockResolvedValueOnce({ response: 1 });
    electronFake.showMessageBox.mockResolvedValueOnce({ response: 2 });
    electronFake.showOpenDialog.mockImplementation(() => {
      report({ name: 'draft.yaml', dirty: true, text: 'edited: again\n' });
      return Promise.resolve({ canceled: false, filePaths: [filePath] });
    });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
    expect(electronFake.showMessageBox).toHaveBeenCalledTimes(2);
    expect(session.state).toMatchObject({ dirty: true, text: 'edited: again\n' });
  });

  it('tells the page of a Save in the question when the dialog is then cancelled', async () => {
    report({ name: 'untitled.yaml', dirty: true, text: 'edited: true\n' });
    const target = path.join(directory, 'chosen.yaml');
    electronFake.showMessageBox.mockResolvedValue({ response: 0 });
    electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    electronFake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('file:open')).resolves.toEqual({
      ok: true,
      value: null,
      saved: { path: target, name: 'chosen.yaml', text: 'edited: true\n' },
    });
    expect(await fs.readFile(target, 'utf8')).toBe('edited: true\n');
  });

  it('tells the page of a Save in the question when the chosen file cannot be read', async () => {
    const target = await file('draft.yaml', 'old: true\n');
    grants.grant(target);
    report({ name: 'draft.yaml', path: target, dirty: true, text: 'edited: true\n' });
    const binary = await file('binary.yaml', new Uint8Array([1, 0, 2]));
    electronFake.showMessageBox.mockResolvedValue({ response: 0 });
    electronFake.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [binary] });
    await expect(invoke('file:open')).resolves.toEqual({
      ok: false,
      error: 'binary.yaml looks like a binary file, not a YAML manifest (it contains NUL bytes).',
      saved: { path: target, name: 'draft.yaml', text: 'edited: true\n' },
    });
    expect(await fs.readFile(target, 'utf8')).toBe('edited: true\n');
  });

  it('tells the page nothing of a save when the user does not choose Save', async () => {
    report({ name: 'draft.yaml', dirty: true, text: 'edited: true\n' });
    electronFake.showMessageBox.mockResolvedValue({ response: 1 });
    electronFake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
    // Save whose own dialog is cancelled saves nothing either.
    electronFake.showMessageBox.mockResolvedValue({ response: 0 });
    electronFake.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(invoke('file:open')).resolves.toEqual({ ok: true, value: null });
    expect(electronFake.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('leaves the page saved after Save and a cancelled Open: the next Save asks nothing', async () => {
    // The page as the app wires it, over the channels as the preload calls them.
    let text = 'edited: true\n';
    let saved = { name: 'untitled.yaml', path: null as string | null, text: '' };
    const listeners = new Set<() => void>();
    const changed = () => listeners.forEach((listener) => listener());
    const channels: Partial<Host['file']> = {
      open: () => invoke('file:open') as Promise<OpenResult>,
      save: ({ path: filePath, suggestedName, text: body }) =>
        invoke('file:save', { path: filePath, suggestedName, text: body }) as Promise<
          HostResult<SavedFile | null>
        >,
      onOpened: () => () => undefined,
    };
    const page = connectDocument(
      {
        platform: 'desktop',
        file: channels,
        window: { setDocumentState: (state: unknown) => report(state) },
        menu: { onCommand: () => () => undefined },
      } as unknown as Host,
      {
        current: () => ({ ...saved, text, dirty: text !== saved.text }),
        load: () => undefined,
        saved: (file) => {
          saved = file;
          changed();
        },
        notify: () => undefined,
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    );
    try {
      expect(session.state).toMatchObject({ name: 'untitled.yaml', dirty: true });
      const target = path.join(directory, 'chosen.yaml');
      electronFake.showMessageBox.mockResolvedValue({ response: 0 });
      electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
      electronFake.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
      await page.open();
      expect(electronFake.showSaveDialog).toHaveBeenCalledTimes(1);
      expect(saved).toEqual({ name: 'chosen.yaml', path: target, text: 'edited: true\n' });
      // Main and page agree: saved, there; closing the window asks nothing.
      expect(session.state).toMatchObject({ name: 'chosen.yaml', path: target, dirty: false });
      electronFake.showMessageBox.mockClear();
      await expect(documents.confirmDiscard()).resolves.toBe(true);
      expect(electronFake.showMessageBox).not.toHaveBeenCalled();

      text = 'edited: again\n';
      changed();
      await page.save();
      expect(electronFake.showSaveDialog).toHaveBeenCalledTimes(1);
      expect(await fs.readFile(target, 'utf8')).toBe('edited: again\n');
      expect(session.state).toMatchObject({ path: target, dirty: false });
    } finally {
      page.dispose();
    }
  });

  it('offers only discard or cancel when the renderer never sent the text', async () => {
    report({ name: 'draft.yaml', dirty: true });
    electronFake.showMessageBox.mockResolvedValue({ response: 1 });
    await expect(invoke('file:new', { templateId: null })).resolves.toEqual({
      ok: true,
      value: null,
    });
    const question = electronFake.showMessageBox.mock.calls[0]?.[0] as { buttons: string[] };
    expect(question.buttons).toEqual(["Do&n't Save", '&Cancel']);
  });
});

describe('file:save', () => {
  it('asks where to save when the document has no path, then writes there', async () => {
    const target = path.join(directory, 'chosen.yaml');
    electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await invoke('file:save', {
      path: null,
      suggestedName: 'web/../pod',
      text: 'kind: Pod\n',
    });
    expect(result).toEqual({ ok: true, value: { path: target, name: 'chosen.yaml' } });
    expect(await fs.readFile(target, 'utf8')).toBe('kind: Pod\n');
    const options = electronFake.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string };
    // Only the last part of the suggested name, never a directory the page names.
    expect(options.defaultPath).toBe(path.join(directory, 'pod.yaml'));
    expect((await recent.list())[0]?.path).toBe(target);
  });

  it('saves again to a path the user chose before, without asking', async () => {
    const target = await file('pod.yaml', 'old\n');
    grants.grant(target);
    await expect(
      invoke('file:save', { path: target, suggestedName: 'pod.yaml', text: 'new\n' }),
    ).resolves.toEqual({ ok: true, value: { path: target, name: 'pod.yaml' } });
    expect(electronFake.showSaveDialog).not.toHaveBeenCalled();
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
    electronFake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(
      invoke('file:save', { path: null, suggestedName: 'pod.yaml', text: 'x' }),
    ).resolves.toEqual({ ok: true, value: null });
  });

  it('explains a failed write in words', async () => {
    const target = path.join(directory, 'no-such-folder', 'pod.yaml');
    electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
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
    expect(electronFake.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:export-manifest', () => {
  it('shows the save dialog with the suggested name and YAML filters, then writes', async () => {
    const target = path.join(directory, 'export.yml');
    electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(
      invoke('file:export-manifest', { suggestedName: 'web-pod', text: 'kind: Pod\n' }),
    ).resolves.toEqual({ ok: true, value: { path: target, name: 'export.yml' } });
    const options = electronFake.showSaveDialog.mock.calls[0]?.[0] as {
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

describe('file:export-image', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);

  it('writes the image bytes where the user chooses, with the format as extension', async () => {
    const target = path.join(directory, 'slide.png');
    electronFake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(
      invoke('file:export-image', { suggestedName: 'api-server.svg', format: 'png', data: png }),
    ).resolves.toEqual({ ok: true, value: { path: target, name: 'slide.png' } });
    const options = electronFake.showSaveDialog.mock.calls[0]?.[0] as {
      defaultPath: string;
      filters: { extensions: string[] }[];
    };
    expect(path.basename(options.defaultPath)).toBe('api-server.png');
    expect(options.filters).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(png);
    expect(await recent.list()).toEqual([]);
  });

  it.each([
    ['an unknown format', { suggestedName: 'a', format: 'gif', data: png }],
    ['text instead of bytes', { suggestedName: 'a', format: 'svg', data: '<svg/>' }],
    ['no bytes', { suggestedName: 'a', format: 'png', data: new Uint8Array() }],
    ['a missing name', { format: 'png', data: png }],
  ])('refuses %s', async (_what, request) => {
    await expect(invoke('file:export-image', request)).resolves.toMatchObject({ ok: false });
    expect(electronFake.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('recent files', () => {
  it('lists, opens and clears the files the user used', async () => {
    const filePath = await file('pod.yaml', 'kind: Pod\n');
    await recent.add(filePath);
    await expect(invoke('file:list-recent')).resolves.toEqual({
      ok: true,
      value: [{ path: filePath, name: 'pod.yaml' }],
    });
    await expect(invoke('file:open-recent', filePath)).resolves.toMatchObject({
      ok: true,
      value: { path: filePath, text: 'kind: Pod\n' },
    });
    await expect(invoke('file:clear-recent')).resolves.toEqual({ ok: true, value: null });
    await expect(invoke('file:list-recent')).resolves.toEqual({ ok: true, value: [] });
  });

  it('refuses to open a path that is not on the list', async () => {
    const filePath = await file('secret.yaml', 'token: x\n');
    await expect(invoke('file:open-recent', filePath)).resolves.toEqual({
      ok: false,
      error: 'secret.yaml is not in the recent files list.',
    });
  });

  it('drops a file that is gone when the user tries to open it', async () => {
    const filePath = await file('gone.yaml', 'x: 1\n');
    await recent.add(filePath);
    await fs.rm(filePath);
    await expect(invoke('file:open-recent', filePath)).resolves.toEqual({
      ok: false,
      error: 'gone.yaml does not exist any more.',
    });
    expect(await recent.includes(filePath)).toBe(false);
  });
});

describe('file:open-dropped', () => {
  it('opens a dropped YAML file', async () => {
    const filePath = await file('dropped.yml', 'kind: Pod\n');
    await expect(invoke('file:open-dropped', filePath)).resolves.toMatchObject({
      ok: true,
      value: { path: filePath, name: 'dropped.yml' },
    });
  });

  it('refuses files that are not YAML by name', async () => {
    const filePath = await file('notes.txt', 'hello\n');
    await expect(invoke('file:open-dropped', filePath)).resolves.toEqual({
      ok: false,
      error: 'notes.txt is not a .yaml or .yml file.',
    });
  });
});

describe('file:new and templates:list', () => {
  it('starts a blank document', async () => {
    await expect(invoke('file:new', { templateId: null })).resolves.toEqual({
      ok: true,
      value: { path: null, name: 'untitled.yaml', text: BLANK_MANIFEST },
    });
  });

  it('lists the templates and starts a document from one', async () => {
    await expect(invoke('templates:list')).resolves.toEqual({
      ok: true,
      value: [{ id: 'web-app', title: 'Web app', description: 'A web server and its sidecar.' }],
    });
    await expect(invoke('file:new', { templateId: 'web-app' })).resolves.toEqual({
      ok: true,
      value: {
        path: null,
        name: 'web-app.yaml',
        text: '# A web server and its sidecar.\nkind: Pod\n',
      },
    });
  });

  it.each([['../secret'], ['Web App'], [''], [7]])('refuses the template id %j', async (id) => {
    await expect(invoke('file:new', { templateId: id })).resolves.toMatchObject({ ok: false });
  });

  it('says so when a template does not exist', async () => {
    await expect(invoke('file:new', { templateId: 'nope' })).resolves.toEqual({
      ok: false,
      error: 'There is no template called nope.',
    });
  });
});

describe('window:set-document-state', () => {
  it('puts the name and the unsaved marker in the title', () => {
    report({ name: 'pod.yaml', dirty: true });
    expect(window.setTitle).toHaveBeenLastCalledWith('pod.yaml• — Pod Builder');
    report({ name: 'pod.yaml', dirty: false });
    expect(window.setTitle).toHaveBeenLastCalledWith('pod.yaml — Pod Builder');
  });

  it('believes a path only if the user chose it', async () => {
    const chosen = await file('chosen.yaml', 'x\n');
    grants.grant(chosen);
    report({ name: 'chosen.yaml', dirty: true, path: chosen, text: 'y\n' });
    expect(session.state).toMatchObject({ path: chosen, text: 'y\n' });
    report({ name: 'passwd', dirty: true, path: '/etc/passwd', text: 'z\n' });
    expect(session.state).toMatchObject({ path: null, text: 'z\n' });
  });

  it('drops malformed states', () => {
    report({ name: 'pod.yaml', dirty: 'yes' });
    report({ name: 42, dirty: true });
    report('pod.yaml');
    expect(window.setTitle).not.toHaveBeenCalled();
  });
});
