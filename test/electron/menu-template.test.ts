import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu/menu-template';
import type { MenuContext } from '../../electron/menu/menu-template';
import { MENU_COMMANDS } from '../../shared/host';

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    platform: 'linux',
    appName: 'Pod Builder',
    isPackaged: true,
    recent: [],
    templates: [],
    send: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    newFromTemplate: vi.fn(),
    showAbout: vi.fn(),
    openExternal: vi.fn(),
    reload: vi.fn(),
    ...overrides,
  };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

/** Every item, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...flatten(submenu(item))]);
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('the application menu', () => {
  it('has File, Edit, View and Help on Linux and Windows', () => {
    const menu = buildMenuTemplate(context());
    expect(menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('puts the app menu first on macOS, with About and Quit there', () => {
    const menu = buildMenuTemplate(context({ platform: 'darwin' }));
    expect(menu.map((item) => item.label)).toEqual([
      'Pod Builder',
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
    const appRoles = submenu(menu[0]).map((item) => item.role);
    expect(appRoles).toContain('about');
    expect(appRoles).toContain('quit');
    expect(flatten(menu).some((item) => item.id === 'help:about')).toBe(false);
  });

  it('sends every menu command to the renderer, each from one item with its shortcut', () => {
    const ctx = context();
    const menu = buildMenuTemplate(ctx);
    const accelerators: Record<string, string | undefined> = {};
    for (const command of MENU_COMMANDS) {
      const item = byId(menu, command);
      click(item);
      expect(ctx.send).toHaveBeenLastCalledWith(command);
      accelerators[command] = item.accelerator as string | undefined;
    }
    expect(accelerators).toEqual({
      'file:new': 'CmdOrCtrl+N',
      'file:open': 'CmdOrCtrl+O',
      'file:save': 'CmdOrCtrl+S',
      'file:save-as': 'CmdOrCtrl+Shift+S',
      'file:export-manifest': 'CmdOrCtrl+Shift+E',
      'file:export-diagram-png': undefined,
      'file:export-diagram-svg': undefined,
      'edit:undo': 'CmdOrCtrl+Z',
      'edit:redo': 'Ctrl+Y',
      'view:fit': 'CmdOrCtrl+0',
      'view:zoom-in': 'CmdOrCtrl+=',
      'view:zoom-out': 'CmdOrCtrl+-',
      'view:toggle-inspector': 'CmdOrCtrl+Alt+I',
      'view:toggle-yaml': 'CmdOrCtrl+Alt+Y',
      'view:toggle-problem-badges': 'CmdOrCtrl+Alt+B',
      'view:problems': 'CmdOrCtrl+Shift+M',
      'view:simulate': undefined,
      'view:lecture': 'F5',
    });
    expect(byId(buildMenuTemplate(context({ platform: 'darwin' })), 'edit:redo').accelerator).toBe(
      'Cmd+Shift+Z',
    );
  });

  it('has View › Problems, on the Problems panel’s key', () => {
    const view = submenu(buildMenuTemplate(context()).find((item) => item.label === '&View'));
    expect(view.find((item) => item.id === 'view:problems')).toMatchObject({
      label: '&Problems',
      accelerator: 'CmdOrCtrl+Shift+M',
    });
  });

  it('uses no accelerator twice', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const accelerators = flatten(buildMenuTemplate(context({ platform, isPackaged: false })))
        .map((item) => item.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('lists recent files, opens them, and clears the list', () => {
    const ctx = context({
      recent: [
        { path: '/home/me/web.yaml', name: 'web.yaml' },
        { path: '/home/me/R&D.yaml', name: 'R&D.yaml' },
      ],
    });
    const recent = submenu(byId(buildMenuTemplate(ctx), 'file:open-recent'));
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      'web.yaml',
      'R&&D.yaml',
      'separator',
      'Clear Recent',
    ]);
    click(recent[1]!);
    expect(ctx.openRecent).toHaveBeenCalledWith('/home/me/R&D.yaml');
    click(recent[3]!);
    expect(ctx.clearRecent).toHaveBeenCalled();
  });

  it('says when there are no recent files', () => {
    const recent = submenu(byId(buildMenuTemplate(context()), 'file:open-recent'));
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('offers the templates as new documents', () => {
    const ctx = context({
      templates: [{ id: 'pod-anatomy', title: 'Pod anatomy', description: 'The lesson’s Pod.' }],
    });
    const item = byId(buildMenuTemplate(ctx), 'template:pod-anatomy');
    expect(item).toMatchObject({ label: 'Pod anatomy', toolTip: 'The lesson’s Pod.' });
    click(item);
    expect(ctx.newFromTemplate).toHaveBeenCalledWith('pod-anatomy');
  });

  it('has About in Help outside macOS, and links to the Kubernetes docs', () => {
    const ctx = context();
    const menu = buildMenuTemplate(ctx);
    click(byId(menu, 'help:about'));
    expect(ctx.showAbout).toHaveBeenCalled();
    const help = submenu(menu.at(-1));
    click(help[0]!);
    expect(ctx.openExternal).toHaveBeenCalledWith(
      'https://kubernetes.io/docs/concepts/workloads/pods/',
    );
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isPackaged: boolean) =>
      flatten(buildMenuTemplate(context({ isPackaged }))).map((item) => item.role);
    const ids = (isPackaged: boolean) =>
      flatten(buildMenuTemplate(context({ isPackaged }))).map((item) => item.id);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(ids(true)).not.toContain('view:reload');
    expect(roles(false)).toContain('toggleDevTools');
    expect(ids(false)).toContain('view:reload');
  });

  it('reloads through the shell, which asks about unsaved changes, not the bare reload role', () => {
    const reload = vi.fn();
    const items = flatten(buildMenuTemplate(context({ isPackaged: false, reload })));
    expect(items.map((item) => item.role)).not.toContain('reload');
    const item = items.find((candidate) => candidate.id === 'view:reload');
    expect(item?.accelerator).toBe('CmdOrCtrl+R');
    (item?.click as () => void)();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
