import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NodeMenu, placeMenu, type MenuItem } from '../../../renderer/canvas/NodeMenu';

/** A window of 1000 × 700 with the canvas between x 200 and 700, y 50 and 650. */
const canvas = { left: 200, top: 50, right: 700, bottom: 650 };
const size = { width: 240, height: 180 };

describe('where a menu opens', () => {
  it('opens below and to the right of the point when it fits there', () => {
    expect(placeMenu({ x: 300, y: 100 }, size, canvas)).toEqual({ x: 300, y: 100, maxHeight: 542 });
  });

  it('flips to the left of a point near the right edge, and above a point near the bottom', () => {
    const place = placeMenu({ x: 650, y: 600 }, size, canvas);
    expect(place).toMatchObject({ x: 650 - 240, y: 600 - 180 });
    expect(place.x + size.width).toBeLessThanOrEqual(canvas.right);
    expect(place.y + size.height).toBeLessThanOrEqual(canvas.bottom);
  });

  it('is pushed back inside the edge when neither side of the point has room across', () => {
    const narrow = { ...canvas, right: 480 };
    expect(placeMenu({ x: 400, y: 100 }, size, narrow).x).toBe(480 - 8 - 240);
  });

  it('opens on the side with more room and scrolls when it fits on neither side', () => {
    const short = { ...canvas, bottom: 250 };
    expect(placeMenu({ x: 300, y: 80 }, size, short)).toEqual({ x: 300, y: 80, maxHeight: 162 });
    expect(placeMenu({ x: 300, y: 220 }, size, short)).toEqual({ x: 300, y: 58, maxHeight: 162 });
  });
});

describe('the focus around a menu', () => {
  it('goes back to what had it when the menu opened (the node), then runs the item', async () => {
    const user = userEvent.setup();
    const focused: (Element | null)[] = [];
    const onClose = vi.fn();
    const items: MenuItem[] = [
      { label: 'Duplicate', shortcut: 'Ctrl+D', run: () => focused.push(document.activeElement) },
      { label: 'Copy', shortcut: 'Ctrl+C', run: () => {} },
    ];
    render(<button type="button">Node</button>);
    const opener = screen.getByRole('button', { name: 'Node' });
    opener.focus();
    render(<NodeMenu label="Actions" at={{ x: 0, y: 0 }} items={items} onClose={onClose} />);
    expect(screen.getByRole('menuitem', { name: /Duplicate/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(opener).toHaveFocus();

    screen.getByRole('menuitem', { name: /Duplicate/ }).focus();
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(focused).toEqual([opener]);
  });
});
