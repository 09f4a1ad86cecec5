import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host, MenuCommand, OpenedFile } from '../../shared/host';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
  send: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
  getPathForFile: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: electron.on,
    removeListener: electron.removeListener,
  },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

await import('../../electron/preload');
const exposed = electron.exposed.get('podBuilder') as Host;
// The preload subscribes to documents from the main process as soon as it loads.
const [openedChannel, deliverOpened] = electron.on.mock.calls[0] as [
  string,
  (event: unknown, file: unknown) => void,
];

/** The shape of the API, as nested key lists, with functions marked. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
  );
}

const nothing = async () => ({ ok: true as const, value: null });

// Typed as Host: the compiler rejects it if a member is missing or extra.
const reference: Host = {
  platform: 'desktop',
  file: {
    open: nothing,
    openRecent: nothing,
    openDropped: nothing,
    newDocument: nothing,
    save: nothing,
    exportManifest: nothing,
    exportImage: nothing,
    recent: async () => ({ ok: true, value: [] }),
    clearRecent: nothing,
    onOpened: () => () => undefined,
  },
  templates: { list: async () => ({ ok: true, value: [] }) },
  // Optional in Host (the browser has no such question to ask); the desktop has it.
  window: { setDocumentState: () => undefined, onStateWanted: () => () => undefined },
  menu: { onCommand: () => () => undefined },
};

beforeEach(() => {
  electron.invoke.mockReset().mockResolvedValue({ ok: true, value: null });
  electron.send.mockReset();
  electron.on.mockReset();
  electron.removeListener.mockReset();
  electron.getPathForFile.mockReset();
});

describe('the preload', () => {
  it('exposes exactly one global, podBuilder', () => {
    expect([...electron.exposed.keys()]).toEqual(['podBuilder']);
  });

  it('exposes exactly the Host API, nothing more', () => {
    expect(shape(exposed)).toEqual(shape(reference));
    expect(exposed.platform).toBe('desktop');
  });

  it('maps each call to its own named channel, passing only the known fields', async () => {
    await exposed.file.open();
    await exposed.file.openRecent('/a.yaml');
    await exposed.file.newDocument({ templateId: 'pod-anatomy', extra: 1 } as never);
    await exposed.file.save({
      path: '/a.yaml',
      suggestedName: 'a.yaml',
      text: 'x',
      extra: 'dropped',
    } as never);
    await exposed.file.exportManifest({ suggestedName: 'b.yaml', text: 'y' });
    const data = new Uint8Array([1, 2, 3]);
    await exposed.file.exportImage({ suggestedName: 'pod', format: 'png', data });
    await exposed.file.recent();
    await exposed.file.clearRecent();
    await exposed.templates.list();
    expect(electron.invoke.mock.calls).toEqual([
      ['file:open'],
      ['file:open-recent', '/a.yaml'],
      ['file:new', { templateId: 'pod-anatomy' }],
      ['file:save', { path: '/a.yaml', suggestedName: 'a.yaml', text: 'x' }],
      ['file:export-manifest', { suggestedName: 'b.yaml', text: 'y' }],
      [
        'file:export-image',
        { suggestedName: 'pod', format: 'png', data: new Uint8Array([1, 2, 3]) },
      ],
      ['file:list-recent'],
      ['file:clear-recent'],
      ['templates:list'],
    ]);
  });

  it('sends the document state, with the text only while it is unsaved', () => {
    exposed.window.setDocumentState({ name: 'a.yaml', dirty: true, path: null, text: 'x' });
    exposed.window.setDocumentState({ name: 'a.yaml', dirty: false, text: 'x' });
    exposed.window.setDocumentState({ name: 'a.yaml', dirty: false });
    expect(electron.send.mock.calls).toEqual([
      ['window:set-document-state', { name: 'a.yaml', dirty: true, path: null, text: 'x' }],
      ['window:set-document-state', { name: 'a.yaml', dirty: false }],
      ['window:set-document-state', { name: 'a.yaml', dirty: false }],
    ]);
  });

  it('opens a dropped file by its path on disk', async () => {
    electron.getPathForFile.mockReturnValue('/home/me/pod.yaml');
    await exposed.file.openDropped({ name: 'pod.yaml' } as never);
    expect(electron.invoke).toHaveBeenCalledWith('file:open-dropped', '/home/me/pod.yaml');
  });

  it('refuses a dropped file that is not on disk', async () => {
    electron.getPathForFile.mockReturnValue('');
    await expect(exposed.file.openDropped({ name: 'x.yaml' } as never)).resolves.toMatchObject({
      ok: false,
    });
    electron.getPathForFile.mockImplementation(() => {
      throw new TypeError('not a File');
    });
    await expect(exposed.file.openDropped({ name: 'x.yaml' } as never)).resolves.toMatchObject({
      ok: false,
    });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('keeps documents that arrive before anyone listens, and drops malformed ones', () => {
    expect(openedChannel).toBe('document:opened');
    const early: OpenedFile = { path: '/a.yaml', name: 'a.yaml', text: 'x', recovered: true };
    deliverOpened({}, early);
    deliverOpened({}, { name: 'bad' });
    const received: OpenedFile[] = [];
    const unsubscribe = exposed.file.onOpened((file) => received.push(file));
    expect(received).toEqual([early]);
    const later: OpenedFile = { path: null, name: 'b.yaml', text: 'y' };
    deliverOpened({}, later);
    expect(received).toEqual([early, later]);
    unsubscribe();
    deliverOpened({}, later);
    expect(received).toHaveLength(2);
  });

  it('forwards known menu commands and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = exposed.menu.onCommand((command) => received.push(command));
    const [channel, forward] = electron.on.mock.calls[0] as [string, (...a: unknown[]) => void];
    expect(channel).toBe('menu:command');
    forward({}, 'file:save');
    forward({}, 'rm -rf');
    forward({}, { command: 'file:save' });
    expect(received).toEqual(['file:save']);
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });

  it("forwards main's request for the document state, and unsubscribes", () => {
    const requests: number[] = [];
    const unsubscribe = exposed.window.onStateWanted?.((request) => requests.push(request));
    const [channel, forward] = electron.on.mock.calls[0] as [string, (...a: unknown[]) => void];
    expect(channel).toBe('document:state-wanted');
    forward({}, 7);
    forward({}, 'rm -rf');
    forward({}, 1.5);
    expect(requests).toEqual([7]);
    unsubscribe?.();
    expect(electron.removeListener).toHaveBeenCalledWith('document:state-wanted', forward);
  });

  it('never hands the page the IPC objects themselves', () => {
    const ipc = [electron.invoke, electron.send, electron.on, electron.removeListener];
    const leaks = (value: unknown): boolean =>
      ipc.includes(value as never) ||
      (typeof value === 'object' && value !== null && Object.values(value).some(leaks));
    expect(leaks(exposed)).toBe(false);
  });
});
