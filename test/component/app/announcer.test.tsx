import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Announcer } from '../../../renderer/app/Announcer';
import { ANNOUNCEMENT_MS, announce, useAnnouncements } from '../../../renderer/store/announcer';
import { createPodStore } from '../../../renderer/store/pod-store';
import { template } from '../../support/templates';

describe('the live region', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads what is added, says the same words again, and lets old words go', () => {
    vi.useFakeTimers();
    render(<Announcer />);
    const region = screen.getByRole('status');
    // On the page before anything is said; read by additions, not whole at each change.
    expect(region.textContent).toBe('');
    expect(region.getAttribute('aria-atomic')).toBe('false');
    expect(region.getAttribute('aria-relevant')).toBe('additions');
    act(() => announce('Added Volume volume-1.'));
    act(() => announce('Undone.'));
    const first = region.lastElementChild;
    act(() => announce('Undone.'));
    // A new element: what a screen reader reads.
    expect(region.lastElementChild).not.toBe(first);
    expect(region.lastElementChild?.textContent).toBe('Undone.');
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS));
    expect(region.textContent).toBe('');
  });
});

describe('an undo, as a screen reader hears it', () => {
  const said = () => useAnnouncements.getState().said.at(-1)?.message;

  it('says a step was undone even when it left the text as it was, then that none is left', () => {
    const store = createPodStore({ text: template('pod-anatomy.yaml'), fileName: 'pod.yaml' });
    const { text } = store.getState();
    // A key typed and deleted again: one step, which changes nothing.
    store.getState().setText(`${text}x`, 'yaml');
    store.getState().setText(text, 'yaml');
    store.getState().undo();
    expect(said()).toBe('Undone.');
    store.getState().undo();
    expect(said()).toBe('Nothing to undo.');
    store.getState().redo();
    expect(said()).toBe('Redone.');
  });
});
