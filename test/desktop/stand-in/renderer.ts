/**
 * TEST HARNESS ONLY: the `electron` module as the real preload sees it in the page. `ipcRenderer`
 * reaches the main process through two page bindings the harness exposes (`__electronInvoke`,
 * `__electronSend`); messages from main arrive through `__electronDeliver`. Unlike Electron there
 * is no isolated world: the preload runs in the page's own, before the app's script.
 *
 * Runs in the page: it must not refer to anything outside itself.
 */
export function electronInPage(): unknown {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const bindings = window as unknown as {
    __electronInvoke(channel: string, args: unknown[]): Promise<unknown>;
    __electronSend(channel: string, args: unknown[]): Promise<void>;
  };
  const invoke = bindings.__electronInvoke;
  const post = bindings.__electronSend;
  const listeners = new Map<string, Set<Listener>>();
  const droppedPaths = new WeakMap<object, string>();

  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => invoke(channel, args),
    send: (channel: string, ...args: unknown[]): void => void post(channel, args),
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };

  const hidden = (name: string, value: unknown) =>
    Object.defineProperty(window, name, { value, enumerable: false });
  hidden('__electronDeliver', (channel: string, args: unknown[]) => {
    for (const listener of [...(listeners.get(channel) ?? [])]) {
      listener({ sender: ipcRenderer }, ...args);
    }
  });
  // The operating system tells Electron where a dropped file is; here the harness does.
  hidden('__electronDroppedFrom', (file: object, path: string) => droppedPaths.set(file, path));

  // Like the context bridge, the page gets a copy: changing it does not change the preload's.
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
  };

  return {
    ipcRenderer,
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        Object.defineProperty(window, key, { value: copy(api), enumerable: true });
      },
    },
    webUtils: {
      // Electron answers '' for a File that is not on disk.
      getPathForFile: (file: object) => droppedPaths.get(file) ?? '',
    },
  };
}

/** The page's first script: the stand-in, then the real preload (a CommonJS bundle) on top. */
export function preloadScript(preloadSource: string): string {
  return `(() => {
  const electron = (${electronInPage.toString()})();
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('The preload may require only electron, not ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
