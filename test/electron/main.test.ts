import type { EventEmitter } from 'node:events';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Channels } from '../../electron/ipc/channels';

/**
 * Starts the real main process against a fake Electron (no binary is available here) and checks
 * how it sets the app up: the window's security settings, what it loads, the protocol, the
 * session's refusals, the IPC channels, the menu, and the close guard.
 */
const fake = vi.hoisted(() => ({
  userData: '',
  windows: [] as unknown[],
  ready: null as null | (() => void),
  calls: [] as string[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const support = await import('./support/electron-fake');
  const base = support.electronModule();

  class FakeWebContents extends Emitter {
    mainFrame = { url: 'app://pod-builder/index.html' };
    sent: unknown[][] = [];
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    /** What the page does when main sends it `channel` (answers, as the real page does). */
    answers = new Map<string, (request: unknown) => void>();
    send(...args: unknown[]) {
      this.sent.push(args);
      const answer = this.answers.get(args[0] as string);
      if (answer) queueMicrotask(() => answer(args[1]));
    }
    isDestroyed() {
      return false;
    }
    isCrashed() {
      return false;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    getURL() {
      return this.mainFrame.url;
    }
    reloads = 0;
    reload() {
      this.reloads += 1;
      queueMicrotask(() => this.emit('did-finish-load'));
    }
  }

  class FakeBrowserWindow extends Emitter {
    static getAllWindows = () => fake.windows;
    webContents = new FakeWebContents();
    title = '';
    loadedUrl = '';
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      queueMicrotask(() => this.webContents.emit('did-finish-load'));
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    show() {}
    focus() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      const event = {
        defaultPrevented: false,
        preventDefault: () => (event.defaultPrevented = true),
      };
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.destroyed = true;
        this.emit('closed');
      }
    }
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getPath: (name: string) => path.join(fake.userData, name),
    getAppPath: () => path.resolve('.'),
    getName: () => 'Pod Builder',
    getVersion: () => '0.1.0',
    enableSandbox: () => fake.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () =>
      new Promise<void>((resolve) => {
        fake.ready = resolve;
      }),
    isReady: () => fake.ready === null,
    setAboutPanelOptions: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    quit: vi.fn(),
  });

  const webRequest = { onBeforeRequest: vi.fn() };
  return {
    ...base,
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => ({ template: t }), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => fake.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest,
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

fake.userData = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-main-'));
const electron = await import('electron');
const { electronFake } = await import('./support/electron-fake');
vi.spyOn(console, 'warn').mockImplementation(() => undefined);

await import('../../electron/main');
const registeredBeforeReady = [...fake.calls];
fake.ready?.();
fake.ready = null;
await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

type Window = InstanceType<typeof electron.BrowserWindow> & {
  options: { webPreferences: Record<string, unknown> };
  loadedUrl: string;
  title: string;
  destroyed: boolean;
  webContents: EventEmitter & {
    sent: unknown[][];
    answers: Map<string, (request: unknown) => void>;
    reloads: number;
    windowOpenHandler: (details: { url: string }) => { action: string };
  };
};
const window = fake.windows[0] as Window;

afterAll(async () => {
  await fs.rm(fake.userData, { recursive: true, force: true });
});

describe('the main process', () => {
  it('registers the app scheme and turns on the sandbox before the app is ready', () => {
    expect(registeredBeforeReady).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(vi.mocked(electron.protocol.registerSchemesAsPrivileged)).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(vi.mocked(electron.protocol.handle)).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens one window, isolated and sandboxed, showing the built renderer', () => {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(window.loadedUrl).toBe('app://pod-builder/index.html');
  });

  it('handles every invoke channel and listens on the document-state channel', () => {
    expect([...electronFake.handlers.keys()].sort()).toEqual(
      [
        Channels.fileOpen,
        Channels.fileOpenRecent,
        Channels.fileOpenDropped,
        Channels.fileNew,
        Channels.fileSave,
        Channels.fileExportManifest,
        Channels.fileExportImage,
        Channels.fileListRecent,
        Channels.fileClearRecent,
        Channels.templatesList,
      ].sort(),
    );
    expect([...electronFake.listeners.keys()]).toEqual([Channels.windowSetDocumentState]);
  });

  it('sets the application menu with the templates from assets/templates', () => {
    const setMenu = vi.mocked(electron.Menu.setApplicationMenu);
    const { template } = setMenu.mock.lastCall?.[0] as unknown as {
      template: { label: string; submenu?: { id?: string; submenu?: { id?: string }[] }[] }[];
    };
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const fromTemplate = template[0]?.submenu?.find((item) => item.id === 'file:new-from-template');
    expect(fromTemplate?.submenu?.map((item) => item.id)).toContain('template:pod-anatomy');
  });

  it('denies navigation and new windows, sending https links to the browser', () => {
    const navigation = { preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', navigation, 'https://kubernetes.io/docs/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(window.webContents.windowOpenHandler({ url: 'https://kubernetes.io/' })).toEqual({
      action: 'deny',
    });
    expect(window.webContents.windowOpenHandler({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
    expect(vi.mocked(electron.shell.openExternal).mock.calls).toEqual([
      ['https://kubernetes.io/docs/'],
      ['https://kubernetes.io/'],
    ]);
  });

  it('grants no permissions and lets no request leave the app', () => {
    const ses = electron.session.defaultSession;
    const request = vi.mocked(ses.setPermissionRequestHandler).mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const granted = vi.fn();
    request(window.webContents, 'media', granted);
    request(window.webContents, 'notifications', granted);
    expect(granted.mock.calls).toEqual([[false], [false]]);

    const beforeRequest = vi.mocked(ses.webRequest.onBeforeRequest).mock
      .calls[0]?.[0] as unknown as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(verdict('app://pod-builder/assets/index.js')).toBe(false);
    expect(verdict('data:image/png;base64,AAAA')).toBe(false);
    expect(verdict('https://example.com/track.js')).toBe(true);
    expect(verdict('http://localhost:5173/')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
  });

  it('reloads a crashed page and gives it back the unsaved document', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const report = electronFake.listeners.get(Channels.windowSetDocumentState);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    report?.(event, { name: 'crash.yaml', dirty: true, text: 'kind: Pod # unsaved\n' });
    window.webContents.sent.length = 0;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() =>
      expect(window.webContents.sent).toEqual([
        [
          Channels.documentOpened,
          { path: null, name: 'crash.yaml', text: 'kind: Pod # unsaved\n', recovered: true },
        ],
      ]),
    );
  });

  it('asks before View → Reload throws away unsaved changes', async () => {
    const report = electronFake.listeners.get(Channels.windowSetDocumentState);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    report?.(event, { name: 'draft.yaml', dirty: true, text: 'kind: Pod # mine\n' });
    // Asked for its state before the question, the page reports it again.
    window.webContents.answers.set(Channels.documentStateWanted, (request) =>
      report?.(event, {
        name: 'draft.yaml',
        dirty: true,
        text: 'kind: Pod # mine\n',
        answers: request,
      }),
    );
    const { template } = vi.mocked(electron.Menu.setApplicationMenu).mock
      .lastCall?.[0] as unknown as {
      template: { submenu?: { id?: string; click?: () => void }[] }[];
    };
    const reload = template
      .flatMap((menu) => menu.submenu ?? [])
      .find((i) => i.id === 'view:reload');
    const reloads = window.webContents.reloads;
    electronFake.showMessageBox.mockClear();

    electronFake.showMessageBox.mockResolvedValueOnce({ response: 2 });
    reload?.click?.();
    await vi.waitFor(() => expect(electronFake.showMessageBox).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(window.webContents.reloads).toBe(reloads);

    electronFake.showMessageBox.mockResolvedValueOnce({ response: 1 });
    reload?.click?.();
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(reloads + 1));
    expect(electronFake.showMessageBox).toHaveBeenCalledTimes(2);
    electronFake.showMessageBox.mockClear();
  });

  it('puts the document state in the title and asks before closing with unsaved changes', async () => {
    const report = electronFake.listeners.get(Channels.windowSetDocumentState);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    report?.(event, { name: 'pod.yaml', dirty: true, text: 'kind: Pod\n' });
    expect(window.title).toBe('pod.yaml• — Pod Builder');
    // The last keys, not yet reported, come when main asks for them before its question.
    window.webContents.answers.set(Channels.documentStateWanted, (request) =>
      report?.(event, {
        name: 'pod.yaml',
        dirty: true,
        text: 'kind: Pod # last keys\n',
        answers: request,
      }),
    );

    electronFake.showMessageBox.mockResolvedValueOnce({ response: 2 });
    window.close();
    await vi.waitFor(() => expect(electronFake.showMessageBox).toHaveBeenCalledTimes(1));
    expect(window.webContents.sent).toContainEqual([Channels.documentStateWanted, 1]);
    // Let the answer ("Cancel") arrive before closing again.
    await new Promise((resolve) => setImmediate(resolve));
    expect(window.destroyed).toBe(false);

    electronFake.showMessageBox.mockResolvedValueOnce({ response: 1 });
    window.close();
    await vi.waitFor(() => expect(electronFake.showMessageBox).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });
});
