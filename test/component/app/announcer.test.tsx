import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Announcer } from '../../../renderer/app/Announcer';
import { announce } from '../../../renderer/store/announcer';

describe('the live region', () => {
  it('is on the page before anything is said, and says the same words again as new words', () => {
    render(<Announcer />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    act(() => announce('Undone.'));
    const first = region.lastElementChild;
    act(() => announce('Undone.'));
    // A new element: a screen reader reads what is added to a live region, not what stays.
    expect(region.lastElementChild).not.toBe(first);
    expect(region.lastElementChild?.textContent).toBe('Undone.');
  });
});
