import type { MenuItemView } from '../stand-in/wire';

const shown = (label: string | undefined) => (label ?? '').replace(/&(.)/g, '$1');

/**
 * Where an item is in the menu: found by its id, or by its labels as shown, from the menu bar
 * down (`View > Lecture Mode`).
 */
export function menuPath(menu: readonly MenuItemView[], item: string): number[] {
  const labels = item.split(' > ');
  const search = (items: readonly MenuItemView[], depth: number): number[] | null => {
    for (const [index, candidate] of items.entries()) {
      if (labels.length === 1 && candidate.id === item) return [index];
      const matches = labels.length > 1 && shown(candidate.label) === labels[depth];
      if (matches && depth === labels.length - 1) return [index];
      const below = candidate.submenu
        ? search(candidate.submenu, matches ? depth + 1 : depth)
        : null;
      if (below && (matches || labels.length === 1)) return [index, ...below];
    }
    return null;
  };
  const found = search(menu, 0);
  if (!found) throw new Error(`The menu has no item ${item}`);
  return found;
}
