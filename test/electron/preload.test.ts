import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host, MenuCommand } from '../../shared/host';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
  send: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
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
}));

await import('../../electron/preload');
const exposed = electron.exposed.get('podBuilder') as Host;

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

// Typed as Host: the compiler rejects it if a member is missing or extra.
const reference: Host = {
  platform: 'desktop',
  file: {
    open: async () => ({ ok: true, value: null }),
    save: async () => ({ ok: true, value: null }),
    exportManifest: async () => ({ ok: true, value: null }),
  },
  window: { setDocumentState: () => undefined },
  menu: { onCommand: () => () => undefined },
};

beforeEach(() => {
  electron.invoke.mockReset().mockResolvedValue({ ok: true, value: null });
  electron.send.mockReset();
  electron.on.mockReset();
  electron.removeListener.mockReset();
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
    await exposed.file.save({
      path: '/a.yaml',
      suggestedName: 'a.yaml',
      text: 'x',
      extra: 'dropped',
    } as never);
    await exposed.file.exportManifest({ suggestedName: 'b.yaml', text: 'y' });
    expect(electron.invoke.mock.calls).toEqual([
      ['file:open'],
      ['file:save', { path: '/a.yaml', suggestedName: 'a.yaml', text: 'x' }],
      ['file:export-manifest', { suggestedName: 'b.yaml', text: 'y' }],
    ]);
    exposed.window.setDocumentState({ name: 'a.yaml', dirty: true });
    expect(electron.send).toHaveBeenCalledWith('window:set-document-state', {
      name: 'a.yaml',
      dirty: true,
    });
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

  it('never hands the page the IPC objects themselves', () => {
    const leaks = (value: unknown): boolean =>
      typeof value === 'object' && value !== null
        ? Object.values(value).some((v) => v === electron.invoke || v === electron.send || leaks(v))
        : value === electron.invoke || value === electron.send;
    expect(leaks(exposed)).toBe(false);
  });
});
