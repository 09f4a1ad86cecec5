/**
 * TEST HARNESS ONLY: the stand-in's `Menu`. The application menu is shown to the test as its
 * template without the functions; the test clicks an item by its place in it.
 */
import type { MenuItemView } from './wire';

interface Item extends Omit<MenuItemView, 'submenu'> {
  submenu?: Item[];
  click?: (item: Item, window: unknown, event: object) => void;
}

function view(items: readonly Item[]): MenuItemView[] {
  return items.map((item) => {
    const shown: MenuItemView = {};
    for (const key of ['id', 'label', 'role', 'type', 'enabled', 'accelerator'] as const) {
      if (item[key] !== undefined) Object.assign(shown, { [key]: item[key] });
    }
    if (item.submenu) shown.submenu = view(item.submenu);
    return shown;
  });
}

export class MenuItems {
  #items: Item[] = [];

  constructor(
    private readonly show: (items: MenuItemView[] | null) => void,
    private readonly playRole: (role: string) => void,
    private readonly focusedWindow: () => unknown,
  ) {}

  readonly api = {
    buildFromTemplate: (template: Item[]) => ({ items: template }),
    setApplicationMenu: (menu: { items: Item[] } | null) => {
      this.#items = menu?.items ?? [];
      this.show(menu ? view(this.#items) : null);
    },
  };

  /** Clicks the item at `path` (indexes into the menu and its submenus), as the user would. */
  click(path: readonly number[]): void {
    let items = this.#items;
    let item: Item | undefined;
    for (const index of path) {
      item = items[index];
      if (!item) throw new Error(`No menu item at ${path.join('/')}`);
      items = item.submenu ?? [];
    }
    if (!item || item.enabled === false) throw new Error(`Menu item ${path.join('/')} is disabled`);
    if (item.click) item.click(item, this.focusedWindow(), {});
    else if (item.role) this.playRole(item.role);
  }
}
