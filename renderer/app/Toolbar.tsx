import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Host, TemplateInfo } from '../../shared';
import type { FileCommands } from './use-document';
import { chordLabel, fileKeys } from './file-keys';
import { NodeMenu, type MenuItem } from '../canvas/NodeMenu';

export interface HistoryControls {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

export function Toolbar({
  fileName,
  dirty,
  onExport,
  history,
  onSettings,
  file,
  templates,
  teach,
  platform,
}: {
  fileName: string;
  dirty: boolean;
  onExport: () => void;
  history: HistoryControls;
  onSettings: () => void;
  file: FileCommands;
  templates: readonly TemplateInfo[];
  /** The teaching controls: simulate, lecture, export diagram. */
  teach: ReactNode;
  /** Where the app runs, which decides some keys (a browser keeps Ctrl+N for itself). */
  platform: Host['platform'];
}) {
  const [menu, setMenu] = useState<'new' | 'file' | null>(null);
  // A menu button opens its menu with the arrow keys too, as the platform's menu buttons do.
  const openWithArrows = (which: 'new' | 'file') => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setMenu(which);
  };
  const newButton = useRef<HTMLButtonElement>(null);
  const fileButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  // Undo to the start of the history disables the Undo button the user is on, and the browser
  // would drop the focus to the page: it goes to Redo instead (and from Redo, at the end of the
  // history, to Undo), so that the keyboard keeps its place and the focus stays in sight. The
  // button is still the focused element here, before the browser next renders.
  const { canUndo, canRedo } = history;
  // A held Enter, which repeats, stops there: it does not go on to redo what it undid.
  const handedOver = useRef(false);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const to =
      !canUndo && canRedo && focused === undoButton.current
        ? redoButton.current
        : !canRedo && canUndo && focused === redoButton.current
          ? undoButton.current
          : null;
    if (!to) return;
    handedOver.current = true;
    to.focus();
  }, [canUndo, canRedo]);
  const onHistoryKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.repeat) handedOver.current = false;
    else if (handedOver.current && event.key === 'Enter') event.preventDefault();
  };
  const keys = fileKeys(platform);
  // Each template says what it shows, as the native menu's tooltips do: newcomers pick by that.
  const newItems: MenuItem[] = [
    {
      label: 'Blank Pod',
      description: 'A Pod still waiting for its first container.',
      shortcut: chordLabel(keys.new),
      run: () => void file.newDocument(null),
    },
    ...templates.map((t) => ({
      label: t.title,
      description: t.description,
      run: () => void file.newDocument(t.id),
    })),
  ];
  const fileItems: MenuItem[] = [
    { label: 'Open…', shortcut: chordLabel(keys.open), run: () => void file.open() },
    { label: 'Save', shortcut: chordLabel(keys.save), run: () => void file.save() },
    { label: 'Save as…', shortcut: chordLabel(keys.saveAs), run: () => void file.saveAs() },
  ];
  return (
    <header className="toolbar">
      <div className="brand">
        <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
          <rect x="2" y="2" width="28" height="28" rx="7" fill="var(--accent)" />
          <rect x="7" y="8" width="8" height="9" rx="2" fill="#fff" opacity="0.95" />
          <rect x="17" y="8" width="8" height="9" rx="2" fill="#fff" opacity="0.7" />
          <rect x="7" y="20" width="18" height="4" rx="2" fill="#fff" opacity="0.85" />
        </svg>
        <span className="brand__name">Pod Builder</span>
      </div>
      <div className="toolbar__menus">
        <button
          ref={newButton}
          type="button"
          className="button button--quiet"
          aria-haspopup="menu"
          aria-expanded={menu === 'new'}
          onClick={() => setMenu(menu === 'new' ? null : 'new')}
          onKeyDown={openWithArrows('new')}
        >
          New
        </button>
        {menu === 'new' && (
          <NodeMenu
            label="New"
            at={{ x: 0, y: 36 }}
            items={newItems}
            onClose={() => setMenu(null)}
            opener={newButton}
          />
        )}
        <button
          ref={fileButton}
          type="button"
          className="button button--quiet"
          aria-haspopup="menu"
          aria-expanded={menu === 'file'}
          onClick={() => setMenu(menu === 'file' ? null : 'file')}
          onKeyDown={openWithArrows('file')}
        >
          File
        </button>
        {menu === 'file' && (
          <NodeMenu
            label="File"
            at={{ x: 56, y: 36 }}
            items={fileItems}
            onClose={() => setMenu(null)}
            opener={fileButton}
          />
        )}
      </div>
      <div className="toolbar__file" title={fileName}>
        {fileName}
        {dirty && (
          <span className="toolbar__dirty" aria-label="unsaved changes">
            ●
          </span>
        )}
      </div>
      <div className="toolbar__teach">{teach}</div>
      <div className="toolbar__actions">
        <div className="button-group" role="group" aria-label="History">
          <button
            ref={undoButton}
            type="button"
            onKeyDown={onHistoryKey}
            className="button button--icon"
            onClick={history.undo}
            disabled={!history.canUndo}
            aria-label="Undo"
            title="Undo (Ctrl+Z)"
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M8 5 3.5 9.5 8 14M4 9.5h8a4.5 4.5 0 0 1 0 9h-2" />
            </svg>
          </button>
          <button
            ref={redoButton}
            type="button"
            onKeyDown={onHistoryKey}
            className="button button--icon"
            onClick={history.redo}
            disabled={!history.canRedo}
            aria-label="Redo"
            title="Redo (Ctrl+Shift+Z)"
          >
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M12 5l4.5 4.5L12 14M16 9.5H8a4.5 4.5 0 0 0 0 9h2" />
            </svg>
          </button>
        </div>
        <button type="button" className="button" onClick={onSettings}>
          Settings
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onExport}
          title={chordLabel(keys.export)}
        >
          Export manifest
        </button>
      </div>
    </header>
  );
}
