import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Palette } from '../../renderer/palette/Palette';
import { PALETTE_MIME } from '../../renderer/palette/palette-items';

describe('Palette', () => {
  it('offers the four lesson items as buttons named for what they add', () => {
    render(<Palette onAdd={() => {}} />);
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Container', 'Init container', 'Sidecar', 'Volume']);
    expect(screen.getByRole('button', { name: 'Volume' })).toHaveAccessibleDescription(
      /emptyDir volume/,
    );
  });

  it('adds an item with the keyboard: focus it and press Enter', async () => {
    const onAdd = vi.fn();
    render(<Palette onAdd={onAdd} />);
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Init container' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(onAdd.mock.calls[0]?.[0].edit).toEqual({ type: 'addContainer', role: 'init' });
  });

  it('puts the item id on the drag payload', () => {
    render(<Palette onAdd={() => {}} />);
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      effectAllowed: 'none',
    };
    const button = screen.getByRole('button', { name: 'Sidecar' });
    const event = new Event('dragstart', { bubbles: true });
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
    button.dispatchEvent(event);
    expect(data.get(PALETTE_MIME)).toBe('sidecar');
    expect(dataTransfer.effectAllowed).toBe('copy');
  });
});
