/**
 * The line between the two halves of the desktop harness: the stand-in `electron` module, in the
 * child process that runs the real main process, and the test process, which holds Chromium.
 * Each side calls the other by method name; both run this same code.
 */
export type Message =
  | { kind: 'call'; id: number; method: string; args: unknown[] }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'notify'; method: string; args: unknown[] };

export type Methods = Record<string, (...args: never[]) => unknown>;

export class Rpc {
  #next = 1;
  #closed: string | null = null;
  readonly #waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();

  constructor(
    private readonly post: (message: Message) => void,
    private readonly methods: Methods,
  ) {}

  call<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      if (this.#closed !== null) return reject(new Error(this.#closed));
      this.#waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.post({ kind: 'call', id, method, args });
    });
  }

  notify(method: string, ...args: unknown[]): void {
    if (this.#closed !== null) return;
    this.post({ kind: 'notify', method, args });
  }

  async receive(message: Message): Promise<void> {
    if (message.kind === 'reply') {
      const waiting = this.#waiting.get(message.id);
      this.#waiting.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error));
      return;
    }
    const method = this.methods[message.method] as ((...args: unknown[]) => unknown) | undefined;
    if (message.kind === 'notify') {
      method?.(...message.args);
      return;
    }
    try {
      if (!method) throw new Error(`No method ${message.method}`);
      const value = await method(...message.args);
      this.post({ kind: 'reply', id: message.id, ok: true, value });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.post({ kind: 'reply', id: message.id, ok: false, error: text });
    }
  }

  /** The other side is gone: nothing it owed will come. */
  close(reason: string): void {
    this.#closed = reason;
    for (const { reject } of this.#waiting.values()) reject(new Error(reason));
    this.#waiting.clear();
  }
}

/**
 * Chromium cannot be taught a scheme of our own, so a page of `app://pod-builder/` is loaded from
 * `https://pod-builder.app-scheme.test/`, whose requests the harness answers with the app's own
 * protocol handler. Every URL crosses the line in the app's spelling.
 */
const STAND_IN_SUFFIX = '-scheme.test';

export function toPageUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(url);
  if (!match || ['http', 'https', 'file', 'data', 'about'].includes(match[1]!.toLowerCase())) {
    return url;
  }
  return `https://${match[2]}.${match[1]}${STAND_IN_SUFFIX}${match[3]}`;
}

export function toAppUrl(url: string): string {
  const match = /^https:\/\/([^/]+)\.([a-z][a-z0-9+.-]*)-scheme\.test(\/.*)?$/i.exec(url);
  return match ? `${match[2]}://${match[1]}${match[3] ?? ''}` : url;
}

/** What the child is told at start (in POD_BUILDER_STAND_IN, as JSON). */
export interface StandInConfig {
  appPath: string;
  paths: Record<string, string>;
  name: string;
  version: string;
  /** False: another instance holds the lock. */
  singleInstanceLock: boolean;
}

/** A menu item as the test sees it: the template without its functions. */
export interface MenuItemView {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  enabled?: boolean;
  accelerator?: string;
  submenu?: MenuItemView[];
}

/** One end of the page's IPC: which frame sent it, as Electron tells `event.senderFrame`. */
export interface SenderFrame {
  url: string;
  main: boolean;
}
