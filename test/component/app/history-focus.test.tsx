import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toolbar } from '../../../renderer/app/Toolbar';

const file = {
  newDocument: vi.fn(async () => {}),
  open: vi.fn(async () => {}),
  save: vi.fn(async () => {}),
  saveAs: vi.fn(async () => {}),
};

/** The toolbar over a history of two edits, `at` of them applied; Ctrl+Z in a field undoes. */
function WithHistory() {
  const [at, setAt] = useState(2);
  return (
    <>
      <Toolbar
        fileName="pod.yaml"
        dirty={at > 0}
        onExport={() => {}}
        history={{
          canUndo: at > 0,
          canRedo: at < 2,
          undo: () => setAt((n) => n - 1),
          redo: () => setAt((n) => n + 1),
        }}
        onSettings={() => {}}
        file={file}
        templates={[]}
        teach={null}
        platform="desktop"
      />
      <input
        aria-label="Image"
        onKeyDown={(event) => {
          if (event.key === 'z' && event.ctrlKey) setAt((n) => Math.max(0, n - 1));
        }}
      />
    </>
  );
}

const undo = () => screen.getByRole('button', { name: 'Undo' });
const redo = () => screen.getByRole('button', { name: 'Redo' });

describe('the toolbar’s Undo and Redo', () => {
  it('hand the focus to each other as the history runs out, clicked', async () => {
    const user = userEvent.setup();
    render(<WithHistory />);
    await user.click(undo());
    expect(undo()).toHaveFocus();
    await user.click(undo());
    expect(undo()).toBeDisabled();
    expect(redo()).toHaveFocus();
    await user.click(redo());
    await user.click(redo());
    expect(redo()).toBeDisabled();
    expect(undo()).toHaveFocus();
  });

  it('keep the keyboard’s place: Enter, Enter on Undo, then Enter, Enter redoes both', async () => {
    const user = userEvent.setup();
    render(<WithHistory />);
    act(() => undo().focus());
    await user.keyboard('{Enter}{Enter}');
    expect(redo()).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(undo()).toHaveFocus();
    expect(redo()).toBeDisabled();
  });

  it('leave the focus where it is when the history runs out from elsewhere', async () => {
    const user = userEvent.setup();
    render(<WithHistory />);
    const image = screen.getByLabelText('Image');
    await user.click(image);
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(undo()).toBeDisabled();
    expect(image).toHaveFocus();
  });
});
