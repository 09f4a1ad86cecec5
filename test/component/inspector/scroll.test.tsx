import { describe, expect, it } from 'vitest';
import { act, fireEvent } from '@testing-library/react';
import { renderInspector, screen } from './helpers';

/** The region's scroll offset, with each assignment counted (jsdom lays nothing out). */
function scrollOf(region: HTMLElement) {
  const state = { top: 0, sets: 0 };
  Object.defineProperty(region, 'scrollTop', {
    configurable: true,
    get: () => state.top,
    set: (value: number) => {
      state.sets += 1;
      state.top = value;
    },
  });
  return state;
}

describe('Inspector: the scroll of its form', () => {
  it('brings another node to the top of its form, and leaves an unscrolled form alone', () => {
    const { store } = renderInspector(['container:api-server']);
    const region = screen.getByRole('region', { name: 'Inspector' });
    const scroll = scrollOf(region);

    // At the top already: setting the scroll would only make the browser lay the page out.
    act(() => store.getState().select(['container:log-shipper']));
    expect(screen.getByRole('heading', { name: 'Container log-shipper' })).toBeInTheDocument();
    expect(scroll.sets).toBe(0);

    // Scrolled down the form, another node starts at its top.
    scroll.top = 240;
    fireEvent.scroll(region);
    act(() => store.getState().select(['container:api-server']));
    expect(screen.getByRole('heading', { name: 'Container api-server' })).toBeInTheDocument();
    expect(scroll.top).toBe(0);
  });
});
