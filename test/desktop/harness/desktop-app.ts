import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { preloadScript } from '../stand-in/renderer';
import { Rpc, toAppUrl, toPageUrl } from '../stand-in/wire';
import type { MenuItemView, Message, SenderFrame, StandInConfig } from '../stand-in/wire';
import type { DesktopBuild } from './build';
import { DialogQueue } from './dialogs';
import type { NativeDialog } from './dialogs';
import { menuPath } from './menu-path';

/** A window of the app: a Chromium page (a new one when the last crashed, as a new renderer). */
interface AppWindow {
  id: number;
  size: { width: number; height: number };
  /** The init script: the page's `electron` stand-in and the real preload. */
  preload: string | null;
  url: string;
  page: Page | null;
  shown: boolean;
  crashed: boolean;
  /** Messages from main, delivered in order. */
  sending: Promise<void>;
}

export interface StartOptions {
  /** The command line after the app folder (`electron . <args>`). */
  args?: readonly string[];
  cwd: string;
  userData: string;
  documents: string;
}

type RequestAnswer =
  { cancel: true } | { status: number; headers: Record<string, string>; body: Uint8Array };

/**
 * Lets the answers to dialogs the test gave just before go out first: a user answers, then acts.
 */
const answersSent = () => new Promise((resolve) => setImmediate(resolve));

/**
 * TEST HARNESS ONLY. The real main process (a child Node process on the stand-in `electron`) and its windows, each a
 * page of one browser context: what the user would see and do, and what only the operating system
 * would (kill it, crash its page, change its files).
 */
export class DesktopApp {
  readonly dialogs = new DialogQueue();
  /** The main process's output and the page's errors, line by line. */
  readonly log: string[] = [];
  readonly openedExternal: string[] = [];
  readonly titles: string[] = [];
  menu: MenuItemView[] | null = null;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  readonly #windows = new Map<number, AppWindow>();
  readonly #loadWaiters: (() => void)[] = [];
  readonly #rpc: Rpc;
  readonly #child: ChildProcess;
  /** A page opened while the main process starts, for its first window. */
  #spare: Promise<Page> | null = null;

  private constructor(
    private readonly context: BrowserContext,
    build: DesktopBuild,
    options: StartOptions,
  ) {
    const config: StandInConfig = {
      appPath: build.appPath,
      paths: { userData: options.userData, documents: options.documents },
      name: 'Pod Builder',
      version: build.version,
      singleInstanceLock: true,
    };
    const env: NodeJS.ProcessEnv = { ...process.env, POD_BUILDER_STAND_IN: JSON.stringify(config) };
    delete env.POD_BUILDER_DEV_URL;
    delete env.NODE_OPTIONS;
    this.#child = fork(build.mainPath, [...(options.args ?? [])], {
      cwd: options.cwd,
      env,
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const stream of [this.#child.stdout, this.#child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => this.log.push(...chunk.trimEnd().split('\n')));
    }
    // A page can still call while the app is being killed: as in Electron, what it sends to a
    // main process that is gone is lost (the callback takes the error that would be thrown).
    const post = (message: Message) => {
      if (this.#child.connected) this.#child.send(message, () => undefined);
    };
    this.#rpc = new Rpc(post, this.#methods());
    this.#child.on('message', (message) => void this.#rpc.receive(message as Message));
    this.exited = new Promise((resolve) =>
      this.#child.once('exit', (code, signal) => {
        this.#rpc.close('The app exited');
        // Its renderers go with it.
        void this.context.close().catch(() => undefined);
        resolve({ code, signal });
      }),
    );
  }

  /** Starts the app and waits for its window's page to load. */
  static async start(browser: Browser, build: DesktopBuild, options: StartOptions) {
    const context = await browser.newContext();
    const app = new DesktopApp(context, build, options);
    await app.#connect();
    app.#spare = context.newPage();
    const loaded = app.nextLoad();
    await Promise.race([
      loaded,
      app.exited.then(() => {
        throw new Error(`The app exited before its window loaded:\n${app.log.join('\n')}`);
      }),
    ]);
    return app;
  }

  /** The page of the app's (first open) window. */
  get page(): Page {
    const page = [...this.#windows.values()][0]?.page;
    if (!page) throw new Error('The app has no window');
    return page;
  }

  /** The window's title as it is now. */
  get title(): string {
    return this.titles.at(-1) ?? '';
  }

  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /** Resolves when a window's page next finishes loading. */
  nextLoad(): Promise<void> {
    return new Promise((resolve) => this.#loadWaiters.push(resolve));
  }

  nextDialog(): Promise<NativeDialog> {
    return this.dialogs.next();
  }

  /** Clicks a menu item, found by id or by its labels (`View > Lecture Mode`). */
  async clickMenu(item: string): Promise<void> {
    await answersSent();
    await this.#rpc.call('menu.click', menuPath(this.menu ?? [], item));
  }

  /** The user presses the window's close button. */
  async closeWindow(): Promise<void> {
    await answersSent();
    await this.#rpc.call('window.userClose', this.#mainWindow().id);
  }

  /** Raises an app event: `second-instance`, `before-quit`, `window-all-closed`, `open-file`… */
  async raise(name: string, ...args: unknown[]): Promise<unknown> {
    await answersSent();
    return this.#rpc.call('app.event', name, args);
  }

  /** Crashes the window's renderer, as a bug or the out-of-memory killer would. */
  async crashPage(): Promise<void> {
    const page = this.page;
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    const cdp = await this.context.newCDPSession(page);
    // The renderer dies before it can answer.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
  }

  /** Kills the main process outright (SIGKILL: nothing of it runs after). */
  async kill(): Promise<void> {
    if (this.running) this.#child.kill('SIGKILL');
    await this.exited;
  }

  async #connect(): Promise<void> {
    const { context } = this;
    const frameOf = (source: { page: Page; frame: Frame }) =>
      ({
        url: toAppUrl(source.frame.url()),
        main: source.frame === source.page.mainFrame(),
      }) satisfies SenderFrame;
    await context.exposeBinding('__electronInvoke', (source, channel: string, args: unknown[]) =>
      this.#rpc.call('ipc.invoke', this.#windowOf(source.page), frameOf(source), channel, args),
    );
    await context.exposeBinding('__electronSend', (source, channel: string, args: unknown[]) =>
      this.#rpc.notify('ipc.send', this.#windowOf(source.page), frameOf(source), channel, args),
    );
    await context.route('**/*', async (route) => {
      const request = route.request();
      const answer = await this.#rpc
        .call<RequestAnswer>('request', {
          url: toAppUrl(request.url()),
          method: request.method(),
          resourceType: request.resourceType(),
        })
        .catch(() => ({ cancel: true as const }));
      if ('cancel' in answer) await route.abort('blockedbyclient').catch(() => undefined);
      else await route.fulfill({ ...answer, body: Buffer.from(answer.body) });
    });
  }

  #methods() {
    return {
      'window.create': (
        id: number,
        options: { width: number; height: number; preload: string | null },
      ) => {
        const win: AppWindow = {
          id,
          size: { width: options.width, height: options.height },
          preload: null,
          url: 'about:blank',
          page: null,
          shown: false,
          crashed: false,
          sending: Promise.resolve(),
        };
        this.#windows.set(id, win);
        win.sending = (async () => {
          if (options.preload) win.preload = preloadScript(await readFile(options.preload, 'utf8'));
          await this.#openPage(win);
        })();
      },
      'window.load': async (id: number, url: string) => {
        const win = this.#window(id);
        win.url = url;
        await win.sending;
        await win.page?.goto(toPageUrl(url));
      },
      'window.reload': (id: number) => void this.#reload(this.#window(id)),
      'window.send': (id: number, channel: string, args: unknown[]) =>
        this.#send(id, channel, args),
      'window.show': (id: number) => void (this.#window(id).shown = true),
      'window.title': (_id: number, title: string) => void this.titles.push(title),
      'window.close': (id: number) => {
        const page = this.#window(id).page;
        this.#windows.delete(id);
        void page?.close().catch(() => undefined);
      },
      dialog: (kind: NativeDialog['kind'], options: Record<string, unknown>) =>
        this.dialogs.show(kind, options),
      menu: (items: MenuItemView[] | null) => void (this.menu = items),
      openExternal: (url: string) => void this.openedExternal.push(url),
      recentDocument: () => undefined,
    };
  }

  async #openPage(win: AppWindow): Promise<Page> {
    const page = await (this.#spare ?? this.context.newPage());
    this.#spare = null;
    page.setDefaultTimeout(10_000);
    await page.setViewportSize(win.size);
    if (win.preload) await page.addInitScript(win.preload);
    page.on('load', () => {
      if (!win.shown) this.#rpc.notify('window.event', win.id, 'window', 'ready-to-show');
      this.#rpc.notify('window.event', win.id, 'contents', 'did-finish-load');
      for (const resolve of this.#loadWaiters.splice(0)) resolve();
    });
    page.on('crash', () => {
      win.crashed = true;
      this.#rpc.notify('window.event', win.id, 'contents', 'render-process-gone', {
        reason: 'crashed',
        exitCode: 139,
      });
    });
    page.on('pageerror', (error) => this.log.push(`[page] ${error.message}`));
    win.page = page;
    win.crashed = false;
    return page;
  }

  /** A crashed page cannot be reloaded in place: the window gets a new renderer. */
  async #reload(win: AppWindow): Promise<void> {
    const old = win.page;
    if (!win.crashed) {
      await old?.reload();
      return;
    }
    const page = await this.#openPage(win);
    await old?.close().catch(() => undefined);
    await page.goto(toPageUrl(win.url));
  }

  #send(id: number, channel: string, args: unknown[]): void {
    const win = this.#window(id);
    win.sending = win.sending
      .then(async () => {
        await win.page?.evaluate(
          ([c, a]) =>
            (
              window as unknown as { __electronDeliver(c: string, a: unknown[]): void }
            ).__electronDeliver(c, a),
          [channel, args] as const,
        );
      })
      .catch(
        (error: Error) =>
          void this.log.push(`[harness] ${channel} not delivered: ${error.message}`),
      );
  }

  #window(id: number): AppWindow {
    const win = this.#windows.get(id);
    if (!win) throw new Error(`No window ${id}`);
    return win;
  }

  #mainWindow(): AppWindow {
    const win = [...this.#windows.values()][0];
    if (!win) throw new Error('The app has no window');
    return win;
  }

  #windowOf(page: Page): number {
    const found = [...this.#windows.values()].find((win) => win.page === page);
    if (!found) throw new Error('A page that is no window of the app');
    return found.id;
  }
}
