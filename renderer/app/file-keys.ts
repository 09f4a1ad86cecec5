import type { Host } from '../../shared';
import type { FileCommands } from './use-document';
import type { Shortcut } from './use-shortcuts';

/** The file commands that have a key: the toolbar's menus show it, `App` listens for it. */
export type FileCommand = 'new' | 'open' | 'save' | 'saveAs' | 'export';

export type KeyChord = Pick<Shortcut, 'key' | 'mod' | 'shift' | 'alt'>;

const DESKTOP_KEYS: Readonly<Record<FileCommand, KeyChord>> = {
  new: { key: 'n', mod: true },
  open: { key: 'o', mod: true },
  save: { key: 's', mod: true },
  saveAs: { key: 's', mod: true, shift: true },
  export: { key: 'e', mod: true, shift: true },
};

/**
 * A browser keeps Ctrl+N (and Ctrl+T, Ctrl+W) for its own windows and tabs: the page never sees
 * it. There New is Alt+N, which no browser takes and no other key of the app uses.
 */
const BROWSER_KEYS: Readonly<Record<FileCommand, KeyChord>> = {
  ...DESKTOP_KEYS,
  new: { key: 'n', alt: true },
};

/** The keys of the file commands where the app runs. */
export function fileKeys(platform: Host['platform']): Readonly<Record<FileCommand, KeyChord>> {
  return platform === 'browser' ? BROWSER_KEYS : DESKTOP_KEYS;
}

/** How a menu writes a chord: `Ctrl+Shift+S`, `Alt+N`. */
export function chordLabel(chord: KeyChord): string {
  const parts = [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift'];
  return [...parts.filter(Boolean), chord.key.toUpperCase()].join('+');
}

/** The file commands' shortcuts, on the keys the toolbar's menus show. */
export function fileShortcuts(
  platform: Host['platform'],
  file: FileCommands,
  exportManifest: () => void,
): Shortcut[] {
  const keys = fileKeys(platform);
  return [
    { ...keys.export, file: true, run: exportManifest },
    { ...keys.new, file: true, run: () => void file.newDocument(null) },
    { ...keys.open, file: true, run: () => void file.open() },
    { ...keys.save, file: true, run: () => void file.save() },
    { ...keys.saveAs, file: true, run: () => void file.saveAs() },
  ];
}
