import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Palette } from '../../renderer/palette/Palette';
import { PALETTE_MIME } from '../../renderer/palette/palette-items';

const buttonNames = (region: HTMLElement) =>
  within(region)
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('Palette', () => {
  it('offers containers, volume kinds and the lesson sidecar patterns, by name', () => {
    render(<Palette onAdd={() => {}} />);
    expect(buttonNames(screen.getByRole('region', { name: 'Containers' }))).toEqual([
      'Container',
      'Init container',
      'Sidecar',
      'Native sidecar',
    ]);
    expect(buttonNames(screen.getByRole('region', { name: 'Volumes' }))).toEqual([
      'Volume',
      'Memory volume',
      'ConfigMap volume',
      'Secret volume',
      'PersistentVolumeClaim',
      'hostPath volume',
      'Projected volume',
    ]);
    expect(buttonNames(screen.getByRole('region', { name: 'Sidecar patterns' }))).toEqual([
      'Log shipper',
      'Proxy',
      'Secret sync',
    ]);
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
    expect(onAdd.mock.calls[0]?.[0].edits(null)).toEqual([{ type: 'addContainer', role: 'init' }]);
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
