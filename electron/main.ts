import path from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN, devServerUrl } from './app-url';
import { PathGrants } from './files/path-grants';
import { registerFileHandlers } from './ipc/file-handlers';
import { setSenderPolicy } from './ipc/sender';
import { registerWindowHandlers } from './ipc/window-handlers';
import { handleAppProtocol, registerAppScheme } from './security/app-protocol';
import { hardenSession, hardenWebContents } from './security/harden';
import { createMainWindow } from './window/main-window';

// dist/electron/main.cjs → dist/renderer
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const iconPath = path.join(app.getAppPath(), 'assets', 'icons', 'png', '512x512.png');

const devUrl = devServerUrl(process.env.POD_BUILDER_DEV_URL, app.isPackaged);
const trustedOrigins = devUrl ? [APP_ORIGIN, devUrl.origin] : [APP_ORIGIN];

let mainWindow: BrowserWindow | null = null;
const grants = new PathGrants();

registerAppScheme();
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath,
    url: devUrl ? devUrl.href : APP_ENTRY_URL,
    iconPath,
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

void app.whenReady().then(() => {
  handleAppProtocol(rendererRoot);
  hardenSession(session.defaultSession, trustedOrigins);
  setSenderPolicy({
    webContents: () => (mainWindow ? [mainWindow.webContents] : []),
    origins: trustedOrigins,
  });
  const window = () => mainWindow;
  registerFileHandlers({ window, grants, defaultDirectory: () => app.getPath('documents') });
  registerWindowHandlers({ window });
  openMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
