import path from 'node:path';
import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  /** Window icon on Linux and Windows (macOS takes it from the bundle). */
  iconPath?: string;
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Pod Builder',
    backgroundColor: '#f6f7f9',
    ...(options.iconPath && process.platform !== 'darwin' ? { icon: options.iconPath } : {}),
    webPreferences: {
      // Reviewed: the preload exposes only the named Host functions, never ipcRenderer.
      preload: path.resolve(options.preloadPath), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows; they are denied anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
