import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile, TemplateInfo } from '../../shared/host';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Development builds get Reload and the developer tools. */
  isPackaged: boolean;
  recent: readonly RecentFile[];
  templates: readonly TemplateInfo[];
  /** Forwards a command to the renderer. */
  send: (command: MenuCommand) => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  newFromTemplate: (templateId: string) => void;
  showAbout: () => void;
  openExternal: (url: string) => void;
  /** Reloads the page, asking first about unsaved changes (development builds). */
  reload: () => void;
}

export const HELP_LINKS: readonly { label: string; url: string }[] = [
  { label: 'Pods', url: 'https://kubernetes.io/docs/concepts/workloads/pods/' },
  {
    label: 'Pod Lifecycle',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/',
  },
  {
    label: 'Init Containers',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
  },
  {
    label: 'Sidecar Containers',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
];

/** Menu labels show `&` as a mnemonic marker; a file name's own `&` must be doubled. */
function literal(label: string): string {
  return label.replace(/&/g, '&&');
}

function command(
  label: string,
  name: MenuCommand,
  accelerator: string | null,
  context: MenuContext,
): MenuItemConstructorOptions {
  return {
    id: name,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => context.send(name),
  };
}

function recentMenu(context: MenuContext): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = context.recent.map((file, index) => ({
    id: `recent:${index}`,
    label: literal(file.name),
    toolTip: file.path,
    sublabel: file.path,
    click: () => context.openRecent(file.path),
  }));
  if (items.length === 0) items.push({ label: 'No Recent Files', enabled: false });
  items.push(
    { type: 'separator' },
    {
      id: 'recent:clear',
      label: 'Clear Recent',
      enabled: context.recent.length > 0,
      click: context.clearRecent,
    },
  );
  return { id: 'file:open-recent', label: 'Open &Recent', submenu: items };
}

function templateMenu(context: MenuContext): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = context.templates.map((template) => ({
    id: `template:${template.id}`,
    label: literal(template.title),
    ...(template.description ? { toolTip: template.description } : {}),
    click: () => context.newFromTemplate(template.id),
  }));
  if (items.length === 0) items.push({ label: 'No Templates', enabled: false });
  return { id: 'file:new-from-template', label: 'New from &Template', submenu: items };
}

/**
 * The application menu: File, Edit, View, Help, plus the app menu on macOS. Items that act on the
 * document send a `MenuCommand` to the renderer; the shell handles the rest itself.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: context.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&New', 'file:new', 'CmdOrCtrl+N', context),
      templateMenu(context),
      { type: 'separator' },
      command('&Open…', 'file:open', 'CmdOrCtrl+O', context),
      recentMenu(context),
      { type: 'separator' },
      command('&Save', 'file:save', 'CmdOrCtrl+S', context),
      command('Save &As…', 'file:save-as', 'CmdOrCtrl+Shift+S', context),
      command('&Export Manifest…', 'file:export-manifest', 'CmdOrCtrl+Shift+E', context),
      command('Export &Diagram as PNG…', 'file:export-diagram-png', null, context),
      command('Export Diagram as S&VG…', 'file:export-diagram-svg', null, context),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('&Undo', 'edit:undo', 'CmdOrCtrl+Z', context),
      command('&Redo', 'edit:redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', context),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('&Fit Pod to Window', 'view:fit', 'CmdOrCtrl+0', context),
      command('Zoom &In', 'view:zoom-in', 'CmdOrCtrl+=', context),
      command('Zoom &Out', 'view:zoom-out', 'CmdOrCtrl+-', context),
      { type: 'separator' },
      command('Show or Hide &Inspector', 'view:toggle-inspector', 'CmdOrCtrl+Alt+I', context),
      command('Show or Hide &YAML', 'view:toggle-yaml', 'CmdOrCtrl+Alt+Y', context),
      // Opens the Problems panel on its first problem, as Ctrl+Shift+M does in the browser.
      command('&Problems', 'view:problems', 'CmdOrCtrl+Shift+M', context),
      command(
        'Show or Hide Problem &Badges',
        'view:toggle-problem-badges',
        'CmdOrCtrl+Alt+B',
        context,
      ),
      { type: 'separator' },
      command('&Simulate Lifecycle', 'view:simulate', null, context),
      command('&Lecture Mode', 'view:lecture', 'F5', context),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.isPackaged
        ? []
        : ([
            { type: 'separator' },
            // Not the 'reload' role, which reloads without asking about unsaved changes.
            {
              id: 'view:reload',
              label: '&Reload',
              accelerator: 'CmdOrCtrl+R',
              click: context.reload,
            },
            { role: 'toggleDevTools' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      ...HELP_LINKS.map((link): MenuItemConstructorOptions => ({
        label: `Kubernetes Docs: ${link.label}`,
        // Reviewed: fixed kubernetes.io links, opened through openExternalIfSafe.
        click: () => context.openExternal(link.url), // eng-disable OPEN_EXTERNAL_JS_CHECK
      })),
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { id: 'help:about', label: `&About ${context.appName}`, click: context.showAbout },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
