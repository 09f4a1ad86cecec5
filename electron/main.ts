import path from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import type { MenuCommand, OpenedFile, RecentFile, TemplateInfo } from '../shared/host';
import { APP_ENTRY_URL, APP_ORIGIN, devServerUrl } from './app-url';
import { manifestArgument } from './cli';
import { Dialogs } from './document/dialogs';
import { DocumentSession } from './document/document-session';
import { Documents } from './document/documents';
import { DraftStore } from './files/drafts';
import { PathGrants } from './files/path-grants';
import { RecentFiles } from './files/recent-files';
import { Channels } from './ipc/channels';
import { registerFileHandlers } from './ipc/file-handlers';
import { setSenderPolicy } from './ipc/sender';
import { registerWindowHandlers } from './ipc/window-handlers';
import { setAboutPanel, showAbout } from './menu/about';
import { buildMenuTemplate } from './menu/menu-template';
import { handleAppProtocol, registerAppScheme } from './security/app-protocol';
import { hardenSession, hardenWebContents, openExternalIfSafe } from './security/harden';
import { createMainWindow } from './window/main-window';

// dist/electron/main.cjs → dist/renderer
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const iconPath = path.join(app.getAppPath(), 'assets', 'icons', 'png', '512x512.png');
const templatesDirectory = path.join(app.getAppPath(), 'assets', 'templates');

const devUrl = devServerUrl(process.env.POD_BUILDER_DEV_URL, app.isPackaged);
const trustedOrigins = devUrl ? [APP_ORIGIN, devUrl.origin] : [APP_ORIGIN];

registerAppScheme();
app.enableSandbox();
// Windows ties the taskbar entry and the jump list of recent files to this id (electron-builder's
// appId).
if (process.platform === 'win32') app.setAppUserModelId('dev.podbuilder.app');
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  // Another Pod Builder is running; it gets our command line through 'second-instance'.
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let windowReady: Promise<void> = Promise.resolve();
  let quitting = false;
  let recent: readonly RecentFile[] = [];
  let templates: readonly TemplateInfo[] = [];
  // A file named on the command line or handed over by macOS before the window was ready.
  let pendingPath = manifestArgument(process.argv, process.cwd(), app.isPackaged);

  const grants = new PathGrants();
  const userData = app.getPath('userData');
  const drafts = new DraftStore(path.join(userData, 'drafts', 'current.json'));
  const documentSession = new DocumentSession(drafts);
  const dialogs = new Dialogs(
    () => mainWindow,
    () => app.getPath('documents'),
  );
  const documents = new Documents({
    dialogs,
    session: documentSession,
    grants,
    recent: new RecentFiles(path.join(userData, 'recent-files.json')),
    drafts,
    templatesDirectory,
    deliver: (file: OpenedFile) => mainWindow?.webContents.send(Channels.documentOpened, file),
    command: (command) => send(command),
    wantState: (request) => {
      try {
        const page = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
        if (!page || page.isDestroyed() || page.isCrashed()) return false;
        page.send(Channels.documentStateWanted, request);
        return true;
      } catch {
        // Gone meanwhile: the question goes on with the text main holds.
        return false;
      }
    },
    onRecentChanged: (files) => {
      recent = files;
      // The operating system's own list (Dock, jump list) follows ours.
      if (files[0]) app.addRecentDocument(files[0].path);
      else app.clearRecentDocuments();
      refreshMenu();
    },
  });

  /** Runs `action` once there is a window whose page has loaded, opening one if needed. */
  function withWindow(action: (window: BrowserWindow) => void | Promise<void>): void {
    if (!mainWindow) openMainWindow();
    const window = mainWindow;
    if (window) void windowReady.then(() => action(window));
  }

  const send = (command: MenuCommand): void =>
    withWindow((window) => window.webContents.send(Channels.menuCommand, command));

  function refreshMenu(): void {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.getName(),
      isPackaged: app.isPackaged,
      recent,
      templates,
      send,
      openRecent: (filePath) =>
        withWindow(() => documents.openAndDeliver(() => documents.openRecent(filePath))),
      clearRecent: () => void documents.clearRecent(),
      newFromTemplate: (id) =>
        withWindow(() => documents.openAndDeliver(() => documents.newDocument(id))),
      showAbout: () => void showAbout(mainWindow, iconPath),
      openExternal: openExternalIfSafe,
      reload: () =>
        withWindow(async (window) => {
          if (await documents.confirmDiscard()) reloadPage(window);
        }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function openMainWindow(): void {
    const window = createMainWindow({
      preloadPath,
      url: devUrl ? devUrl.href : APP_ENTRY_URL,
      iconPath,
      devTools: !app.isPackaged,
    });
    mainWindow = window;
    windowReady = new Promise((resolve) => window.webContents.once('did-finish-load', resolve));

    let closeConfirmed = false;
    let asking = false;
    window.on('close', (event) => {
      if (closeConfirmed || !documentSession.state.dirty) return;
      event.preventDefault();
      if (asking) return;
      asking = true;
      void documents.confirmDiscard().then((proceed) => {
        asking = false;
        if (proceed) {
          closeConfirmed = true;
          window.close();
        } else {
          quitting = false;
        }
      });
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });

    // The page crashed or was killed: load it again and hand it back the unsaved document, which
    // the main process still holds (the last text the page reported).
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit' || window.isDestroyed()) return;
      console.error(`[window] the page is gone (${details.reason}); reloading it`);
      reloadPage(window);
    });

    // Back from another program (an editor, a terminal): has the open file changed meanwhile?
    window.on('focus', () => void documents.checkOpenFile());
  }

  /** Loads the page again and gives it back the document it showed. */
  function reloadPage(window: BrowserWindow): void {
    windowReady = new Promise((resolve) => window.webContents.once('did-finish-load', resolve));
    const restored = documents.restoreAfterReload();
    window.webContents.reload();
    void Promise.all([restored, windowReady]).then(([file]) => {
      if (file && !window.isDestroyed()) window.webContents.send(Channels.documentOpened, file);
    });
  }

  function openPending(): void {
    const filePath = pendingPath;
    pendingPath = null;
    if (filePath) withWindow(() => documents.openAndDeliver(() => documents.openPath(filePath)));
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    pendingPath = manifestArgument(argv, workingDirectory, app.isPackaged);
    if (app.isReady()) openPending();
  });

  // macOS: a file opened with Pod Builder from the Finder or the Dock, possibly before ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    pendingPath = filePath;
    if (app.isReady()) openPending();
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  app.on('will-quit', () => documents.close());

  void app.whenReady().then(async () => {
    handleAppProtocol(rendererRoot);
    hardenSession(session.defaultSession, trustedOrigins);
    setSenderPolicy({
      webContents: () => (mainWindow ? [mainWindow.webContents] : []),
      origins: trustedOrigins,
    });
    registerFileHandlers(documents);
    registerWindowHandlers({
      window: () => mainWindow,
      onDocumentState: (state) => documents.reportState(state),
    });
    setAboutPanel(iconPath);

    // Drafts of earlier runs are set aside before the page can report a clean state, so they
    // stay until the user has answered for them.
    const [recentFiles, templateList, earlierDrafts] = await Promise.all([
      documents.recentFiles().catch(() => []),
      documents.templates().catch(() => []),
      drafts.setAside().catch(() => []),
    ]);
    recent = recentFiles;
    templates = templateList;
    refreshMenu();
    openMainWindow();
    await windowReady;
    await documents.offerRecovery(earlierDrafts);
    openPending();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}
