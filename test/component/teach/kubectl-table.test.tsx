import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import nativeSidecar from '../../../assets/templates/native-sidecar.yaml?raw';
import { renderTeach } from './helpers';

/**
 * jsdom has no layout: the `kubectl get pods` block is given the width its text has in the side
 * pane at 1024 × 700 (256 px: the pane's 306 less the panel's and the block's padding), and, for a
 * table too long for it, the width it scrolls over.
 */
const ROOM = 256;
function layOut(scrollWidth = ROOM) {
  const of = (element: HTMLElement, width: number) =>
    element.classList.contains('teach-kubectl-status') ? width : 0;
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return of(this, ROOM);
  });
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return of(this, scrollWidth);
  });
}
afterEach(() => vi.restoreAllMocks());

const table = () => screen.getByRole('status', { name: 'kubectl get pods' });
const scrubTo = (seconds: number) =>
  fireEvent.change(screen.getByRole('slider', { name: 'Time' }), {
    target: { value: String(seconds) },
  });

describe('kubectl get pods in a narrow side pane', () => {
  it('at 1024 × 700 shows the whole line, AGE included, at 9 px or more, its columns aligned', () => {
    layOut();
    renderTeach(<SimulationPanel />, { mode: 'simulate', text: nativeSidecar });
    scrubTo(3);
    const [header = '', row = ''] = (table().textContent ?? '').split('\n');
    expect(header.split(/\s+/)).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(row.split(/\s+/)).toEqual(['api-native-sidecar', '1/2', 'Init:1/2', '0', '3s']);
    // Each value starts under its heading.
    for (const [heading, value] of [
      ['READY', '1/2'],
      ['STATUS', 'Init:1/2'],
      ['RESTARTS', '0 '],
      ['AGE', '3s'],
    ] as const) {
      expect(row.indexOf(value), heading).toBe(header.indexOf(heading));
    }
    // The stylesheet draws the longest line `--line-em` em wide, in `ROOM - 1` px down to 9 px.
    const em = Number(table().style.getPropertyValue('--line-em'));
    expect(em).toBeGreaterThan(0);
    expect(em * 9).toBeLessThanOrEqual(ROOM - 1);
    // Nothing scrolls, so there is no scroller to reach.
    expect(screen.queryByRole('group', { name: /kubectl get pods/ })).toBeNull();
    expect(table().parentElement).not.toHaveAttribute('tabindex');
  });

  it('keeps kubectl’s own spacing where the line fits so', () => {
    renderTeach(<SimulationPanel />, { mode: 'simulate', text: nativeSidecar });
    scrubTo(3);
    expect(table().textContent).toBe(
      'NAME                 READY   STATUS     RESTARTS   AGE\n' +
        'api-native-sidecar   1/2     Init:1/2   0          3s',
    );
  });

  it('lets the keyboard scroll a line that cannot fit: the scroller takes the focus, is named, and its arrows are its own', () => {
    layOut(ROOM + 60);
    const { teach } = renderTeach(<SimulationPanel />, { mode: 'simulate', text: nativeSidecar });
    scrubTo(3);
    const scroller = screen.getByRole('group', {
      name: 'kubectl get pods output, scrolls sideways',
    });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(scroller).toContainElement(table());
    scroller.focus();
    fireEvent.keyDown(scroller, { key: 'ArrowLeft' });
    fireEvent.keyDown(scroller, { key: 'ArrowRight' });
    expect(teach.getState().time).toBe(3);
  });
});
