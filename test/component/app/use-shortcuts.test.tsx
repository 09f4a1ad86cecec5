import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useShortcuts, type Shortcut } from '../../../renderer/app/use-shortcuts';

function Keys({ shortcuts, dialog }: { shortcuts: Shortcut[]; dialog?: boolean }) {
  useShortcuts(shortcuts);
  return (
    <>
      <input aria-label="Image" defaultValue="nginx" />
      {dialog && <dialog open>Export with 1 error?</dialog>}
    </>
  );
}

describe('window-wide shortcuts', () => {
  it('run a file command from a text field, the field left first (which applies it)', () => {
    const order: string[] = [];
    const save = vi.fn(() => order.push('save'));
    render(<Keys shortcuts={[{ key: 's', mod: true, file: true, run: save }]} />);
    const field = screen.getByLabelText('Image');
    field.focus();
    field.addEventListener('blur', () => order.push('blur'));
    fireEvent.keyDown(field, { key: 's', ctrlKey: true });
    expect(order).toEqual(['blur', 'save']);
    // And the focus goes back to the field.
    expect(field).toHaveFocus();
  });

  it('leave an undo in a text field to the field, and do nothing behind a modal dialog', () => {
    const undo = vi.fn();
    const save = vi.fn();
    const { rerender } = render(
      <Keys
        shortcuts={[
          { key: 's', mod: true, file: true, run: save },
          { key: 'z', mod: true, history: true, run: undo },
        ]}
      />,
    );
    const field = screen.getByLabelText('Image');
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(undo).not.toHaveBeenCalled();
    rerender(
      <Keys
        dialog
        shortcuts={[
          { key: 's', mod: true, file: true, run: save },
          { key: 'z', mod: true, history: true, run: undo },
        ]}
      />,
    );
    fireEvent.keyDown(document.body, { key: 's', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(save).not.toHaveBeenCalled();
    expect(undo).not.toHaveBeenCalled();
  });
});
