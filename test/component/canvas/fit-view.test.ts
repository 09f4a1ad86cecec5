import { describe, expect, it } from 'vitest';
import { fittedViewport, MIN_ZOOM } from '../../../renderer/canvas/fit-view';

/** Where a box in canvas units lands on the screen under `view`. */
function onScreen(
  box: { x: number; y: number; width: number; height: number },
  view: { x: number; y: number; zoom: number },
) {
  const left = view.x + box.x * view.zoom;
  const top = view.y + box.y * view.zoom;
  return { left, top, right: left + box.width * view.zoom, bottom: top + box.height * view.zoom };
}

// The buttons floating over the canvas end 48 px down; the Pod's name is drawn 30 units above
// its frame (the box here starts at the frame).
const BUTTONS_BOTTOM = 48;

describe('the fitted view', () => {
  it('shows a Pod that fits whole, centred across, below the floating buttons', () => {
    const box = { x: 0, y: 0, width: 820, height: 560 };
    const view = fittedViewport(box, 900, 720);
    const at = onScreen(box, view);
    expect(at.top - 30 * view.zoom).toBeGreaterThanOrEqual(BUTTONS_BOTTOM);
    expect(at.bottom).toBeLessThanOrEqual(720);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.right).toBeLessThanOrEqual(900);
    expect(at.left + at.right).toBeCloseTo(900, 0);
  });

  it('shows a Pod too tall for the smallest zoom from its top, its name in view', () => {
    // The 60-container Pod at 1024 × 700: its canvas is 570 × 640 pixels.
    const box = { x: -40, y: -60, width: 1300, height: 9000 };
    const view = fittedViewport(box, 570, 640);
    expect(view.zoom).toBe(MIN_ZOOM);
    const at = onScreen(box, view);
    expect(at.top - 30 * view.zoom).toBeGreaterThanOrEqual(BUTTONS_BOTTOM);
    expect(at.top).toBeLessThan(100);
    // It fits across, so it stays centred across.
    expect(at.left + at.right).toBeCloseTo(570, 0);
  });

  it('shows a Pod too wide for the smallest zoom from its left edge', () => {
    const box = { x: 100, y: 0, width: 9000, height: 9000 };
    const view = fittedViewport(box, 570, 640);
    const at = onScreen(box, view);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.left).toBeLessThan(40);
    expect(at.top - 30 * view.zoom).toBeGreaterThanOrEqual(BUTTONS_BOTTOM);
  });
});
