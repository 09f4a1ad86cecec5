import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { chordLabel, fileKeys, fileShortcuts } from '../../../renderer/app/file-keys';
import { useShortcuts, type Shortcut } from '../../../renderer/app/use-shortcuts';

function commands() {
  return {
    newDocument: vi.fn(async () => {}),
    open: vi.fn(async () => {}),
    save: vi.fn(async () => {}),
    saveAs: vi.fn(async () => {}),
  };
}

function Keys({ shortcuts }: { shortcuts: Shortcut[] }) {
  useShortcuts(shortcuts);
  return (
    <>
      <input aria-label="Image" defaultValue="nginx" />
      <div aria-label="Editor" contentEditable suppressContentEditableWarning tabIndex={0} />
    </>
  );
}

describe('the file commands’ keys', () => {
  it('are Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S and Ctrl+Shift+E on the desktop', () => {
    expect(Object.values(fileKeys('desktop')).map(chordLabel)).toEqual([
      'Ctrl+N',
      'Ctrl+O',
      'Ctrl+S',
      'Ctrl+Shift+S',
      'Ctrl+Shift+E',
    ]);
  });

  it('give New Alt+N in a browser, which keeps Ctrl+N, Ctrl+T and Ctrl+W for itself', () => {
    const labels = Object.values(fileKeys('browser')).map(chordLabel);
    expect(labels).toEqual(['Alt+N', 'Ctrl+O', 'Ctrl+S', 'Ctrl+Shift+S', 'Ctrl+Shift+E']);
    expect(labels.filter((label) => /^Ctrl\+[NTW]$/.test(label))).toEqual([]);
    // No two commands share a key, nor a key of the app's other shortcuts (Ctrl+Alt+B, undo).
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).not.toContain('Ctrl+Alt+B');
  });

  it('run New on Alt+N in a browser, from a text field too, and not on Ctrl+N', () => {
    const file = commands();
    render(<Keys shortcuts={fileShortcuts('browser', file, () => {})} />);
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', ctrlKey: true });
    expect(file.newDocument).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', altKey: true });
    fireEvent.keyDown(screen.getByLabelText('Image'), { key: 'n', code: 'KeyN', altKey: true });
    expect(file.newDocument).toHaveBeenCalledTimes(2);
    expect(file.newDocument).toHaveBeenCalledWith(null);
  });

  it('leave Option+N to the typing where it makes a character (ñ on a Mac)', () => {
    const file = commands();
    render(<Keys shortcuts={fileShortcuts('browser', file, () => {})} />);
    for (const label of ['Image', 'Editor']) {
      const typed = fireEvent.keyDown(screen.getByLabelText(label), {
        key: 'Dead',
        code: 'KeyN',
        altKey: true,
      });
      expect(typed).toBe(true);
    }
    expect(file.newDocument).not.toHaveBeenCalled();
    // Off the text, Option+N is New all the same.
    fireEvent.keyDown(document.body, { key: 'Dead', code: 'KeyN', altKey: true });
    expect(file.newDocument).toHaveBeenCalledTimes(1);
  });

  it('run New on the key the layout calls N (Dvorak puts it where QWERTY has L)', () => {
    const file = commands();
    render(<Keys shortcuts={fileShortcuts('browser', file, () => {})} />);
    fireEvent.keyDown(document.body, { key: 'b', code: 'KeyN', altKey: true });
    expect(file.newDocument).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyL', altKey: true });
    expect(file.newDocument).toHaveBeenCalledTimes(1);
  });

  it('run New on Ctrl+N on the desktop', () => {
    const file = commands();
    render(<Keys shortcuts={fileShortcuts('desktop', file, () => {})} />);
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(file.newDocument).toHaveBeenCalledWith(null);
  });
});
