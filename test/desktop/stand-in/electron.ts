/**
 * TEST HARNESS ONLY — never part of Pod Builder, which runs on Electron.
 *
 * A stand-in for the `electron` module, for the real main process (`dist/electron/main.cjs`, built
 * by scripts/build-electron.mjs) run under plain Node: it is bundled to `node_modules/electron`
 * beside that build, so `require('electron')` finds it. It implements only what `electron/` calls,
 * and hands everything a window does to the test process (test/desktop/harness), which shows
 * each window as a Chromium page, answers the dialogs, clicks the menu and raises app events.
 */
import { EventEmitter } from 'node:events';
import { MenuItems } from './menu';
import { Rpc } from './wire';
import type { Message, SenderFrame, StandInConfig } from './wire';

const config = JSON.parse(process.env.POD_BUILDER_STAND_IN ?? 'null') as StandInConfig;
if (!config) throw new Error('The electron stand-in runs only under the desktop test harness');

type Listener = (...args: unknown[]) => unknown;

class ElectronEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

const windows = new Set<BrowserWindow>();
let nextWindowId = 1;

class StandInApp extends EventEmitter {
  readonly isPackaged = false;
  #ready = false;
  #quitting = false;
  // Ready once the main module has run, as Electron is.
  readonly #whenReady = new Promise<void>((resolve) =>
    setImmediate(() => {
      this.#ready = true;
      this.emit('ready', new ElectronEvent(), {});
      resolve();
    }),
  );

  get quitting(): boolean {
    return this.#quitting;
  }
  whenReady = (): Promise<void> => this.#whenReady;
  isReady = (): boolean => this.#ready;
  getAppPath = (): string => config.appPath;
  getName = (): string => config.name;
  getVersion = (): string => config.version;
  getPath(name: string): string {
    const found = config.paths[name];
    if (!found) throw new Error(`Failed to get '${name}' path`);
    return found;
  }
  requestSingleInstanceLock = (): boolean => config.singleInstanceLock;
  enableSandbox(): void {}
  setAppUserModelId(): void {}
  setAboutPanelOptions(): void {}
  addRecentDocument = (filePath: string): void => rpc.notify('recentDocument', filePath);
  clearRecentDocuments = (): void => rpc.notify('recentDocument', null);

  /** Electron's order: before-quit, every window closes (any may refuse), will-quit, quit. */
  quit(): void {
    if (this.#quitting) return;
    const before = new ElectronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.#quitting = true;
    for (const window of [...windows]) window.close();
    if (windows.size > 0) {
      this.#quitting = false;
      return;
    }
    const will = new ElectronEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.emit('quit', new ElectronEvent(), 0);
    this.exit(0);
  }

  exit(code = 0): void {
    setImmediate(() => process.exit(code));
  }
}

export const app = new StandInApp();

class WebContents extends EventEmitter {
  readonly mainFrame = { url: '' };
  windowOpenHandler: Listener | null = null;
  #destroyed = false;

  constructor(private readonly windowId: number) {
    super();
  }
  get id(): number {
    return this.windowId;
  }
  send(channel: string, ...args: unknown[]): void {
    if (!this.#destroyed) rpc.notify('window.send', this.windowId, channel, args);
  }
  reload(): void {
    this.#crashed = false;
    if (!this.#destroyed) rpc.notify('window.reload', this.windowId);
  }
  /** From a 'render-process-gone' (the harness's crashPage) to the next reload. */
  #crashed = false;
  isCrashed = (): boolean => this.#crashed;
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'render-process-gone') this.#crashed = true;
    return super.emit(event, ...args);
  }
  getURL = (): string => this.mainFrame.url;
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed = (): boolean => this.#destroyed;
  destroy(): void {
    this.#destroyed = true;
  }
}

interface WindowOptions {
  width?: number;
  height?: number;
  title?: string;
  webPreferences?: { preload?: string };
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows = (): BrowserWindow[] => [...windows];
  static getFocusedWindow = (): BrowserWindow | null => [...windows][0] ?? null;

  readonly id = nextWindowId++;
  readonly webContents = new WebContents(this.id);
  #title: string;
  #destroyed = false;

  constructor(options: WindowOptions = {}) {
    super();
    this.#title = options.title ?? config.name;
    windows.add(this);
    app.emit('web-contents-created', new ElectronEvent(), this.webContents);
    rpc.notify('window.create', this.id, {
      width: options.width ?? 800,
      height: options.height ?? 600,
      preload: options.webPreferences?.preload ?? null,
    });
  }

  loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    return rpc.call('window.load', this.id, url);
  }
  show = (): void => rpc.notify('window.show', this.id);
  focus(): void {
    this.emit('focus', new ElectronEvent());
  }
  isMinimized = (): boolean => false;
  restore(): void {}
  setTitle(title: string): void {
    this.#title = title;
    rpc.notify('window.title', this.id, title);
  }
  getTitle = (): string => this.#title;
  setDocumentEdited(): void {}
  isDestroyed = (): boolean => this.#destroyed;

  /** As the close button does: 'close' may be prevented; then 'closed'. */
  close(): void {
    if (this.#destroyed) return;
    const event = new ElectronEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    windows.delete(this);
    this.webContents.destroy();
    rpc.notify('window.close', this.id);
    this.emit('closed');
    if (windows.size === 0 && !app.quitting) app.emit('window-all-closed');
  }
}

function windowById(id: number): BrowserWindow {
  const window = [...windows].find((w) => w.id === id);
  if (!window) throw new Error(`No window ${id}`);
  return window;
}

/** `event.sender` and `event.senderFrame` as Electron gives them to IPC listeners. */
function ipcEvent(windowId: number, frame: SenderFrame) {
  const sender = windowById(windowId).webContents;
  if (frame.main) sender.mainFrame.url = frame.url;
  return { sender, senderFrame: frame.main ? sender.mainFrame : { url: frame.url }, processId: 1 };
}

class IpcMain extends EventEmitter {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }
}

export const ipcMain = new IpcMain();

type DialogKind = 'open' | 'save' | 'message';
/** `dialog.showXDialog([window, ]options)`: the test answers each, as the user would. */
function showDialog(kind: DialogKind, first: unknown, second?: unknown): Promise<unknown> {
  const options = first instanceof BrowserWindow ? second : first;
  return rpc.call('dialog', kind, options);
}

export const dialog = {
  showOpenDialog: (first: unknown, second?: unknown) => showDialog('open', first, second),
  showSaveDialog: (first: unknown, second?: unknown) => showDialog('save', first, second),
  showMessageBox: (first: unknown, second?: unknown) => showDialog('message', first, second),
};

const menu = new MenuItems(
  (items) => rpc.notify('menu', items),
  (role) => {
    if (role === 'quit') app.quit();
    else if (role === 'close') BrowserWindow.getFocusedWindow()?.close();
    else throw new Error(`The harness does not play the menu role ${role}`);
  },
  () => BrowserWindow.getFocusedWindow(),
);
export const Menu = menu.api;

type ProtocolHandler = (request: Request) => Promise<Response> | Response;
const protocolHandlers = new Map<string, ProtocolHandler>();
export const protocol = {
  registerSchemesAsPrivileged(): void {},
  handle(scheme: string, handler: ProtocolHandler): void {
    protocolHandlers.set(scheme, handler);
  },
};

type BeforeRequest = (
  details: { url: string; method: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
let beforeRequest: BeforeRequest | null = null;
export const session = {
  defaultSession: {
    setPermissionRequestHandler(): void {},
    setPermissionCheckHandler(): void {},
    setDevicePermissionHandler(): void {},
    webRequest: {
      onBeforeRequest(listener: BeforeRequest): void {
        beforeRequest = listener;
      },
    },
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    rpc.notify('openExternal', url);
    return Promise.resolve();
  },
};

/** A request of a page: the session's filter first, then the scheme's handler; no network. */
async function answerRequest(details: { url: string; method: string; resourceType: string }) {
  if (beforeRequest) {
    const filter = beforeRequest;
    const cancel = await new Promise<boolean>((resolve) =>
      filter(details, (response) => resolve(response.cancel === true)),
    );
    if (cancel) return { cancel: true };
  }
  const handler = protocolHandlers.get(details.url.slice(0, details.url.indexOf(':')));
  if (!handler) return { cancel: true };
  const response = await handler(new Request(details.url, { method: details.method }));
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

const rpc = new Rpc((message) => process.send?.(message), {
  'ipc.invoke': async (windowId: number, frame: SenderFrame, channel: string, args: unknown[]) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(ipcEvent(windowId, frame), ...args);
  },
  'ipc.send': (windowId: number, frame: SenderFrame, channel: string, args: unknown[]) => {
    ipcMain.emit(channel, { ...ipcEvent(windowId, frame), returnValue: undefined }, ...args);
  },
  request: answerRequest,
  'window.event': (id: number, target: 'window' | 'contents', name: string, details?: unknown) => {
    const window = windowById(id);
    (target === 'window' ? window : window.webContents).emit(name, new ElectronEvent(), details);
  },
  'window.userClose': (id: number) => windowById(id).close(),
  'menu.click': (path: number[]) => menu.click(path),
  'app.event': (name: string, args: unknown[]) => app.emit(name, new ElectronEvent(), ...args),
  'app.quit': () => app.quit(),
});
// One message per turn of the event loop, as the operating system's events come: what one started
// (a dialog's answer resolving its promises) is done before the next arrives.
process.on('message', (message) => setImmediate(() => void rpc.receive(message as Message)));
