import { describe, expect, it } from 'vitest';
import {
  fittedViewport,
  LEGIBLE_ZOOM,
  MIN_ZOOM,
  MINIMAP_CORNER,
  podViewport,
} from '../../../renderer/canvas/fit-view';

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

  it('keeps a Pod clear of the minimap, in the width to its left or the height above it', () => {
    // A Pod of 20 containers at 1440 × 900: its canvas is 750 × 810 pixels.
    const box = { x: 0, y: 0, width: 1000, height: 1250 };
    const plain = fittedViewport(box, 750, 810);
    const cornerOf = (view: typeof plain) => {
      const at = onScreen(box, view);
      return at.right > 750 - MINIMAP_CORNER.width && at.bottom > 810 - MINIMAP_CORNER.height;
    };
    expect(cornerOf(plain)).toBe(true);
    const clear = fittedViewport(box, 750, 810, MINIMAP_CORNER);
    expect(cornerOf(clear)).toBe(false);
    expect(clear.zoom).toBeLessThan(plain.zoom);
    const at = onScreen(box, clear);
    expect(at.top - 30 * clear.zoom).toBeGreaterThanOrEqual(BUTTONS_BOTTOM);
    expect(at.left).toBeGreaterThanOrEqual(0);
    // A Pod clear of it anyway is fitted as without it.
    const small = { x: 0, y: 0, width: 400, height: 300 };
    expect(fittedViewport(small, 750, 810, MINIMAP_CORNER)).toEqual(
      fittedViewport(small, 750, 810),
    );
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

describe('the fitted view of a Pod with the objects it needs beside it', () => {
  // A Pod taller than wide, its neighbour cards (230 units wide) 96 units to its right.
  const pod = { x: 0, y: 0, width: 560, height: 620 };
  const all = { x: 0, y: 0, width: 560 + 96 + 230, height: 620 };
  const cards = { x: 656, y: 200, width: 230, height: 72 };

  it('is the fitted view of the Pod when nothing stands beside it', () => {
    expect(podViewport(pod, pod, 770, 790)).toEqual(fittedViewport(pod, 770, 790));
  });

  it('shows them too when that keeps the zoom that fits the Pod alone', () => {
    const view = podViewport(pod, all, 1100, 790);
    expect(view).toEqual(fittedViewport(all, 1100, 790));
    expect(view.zoom).toBeCloseTo(fittedViewport(pod, 1100, 790).zoom, 6);
    expect(onScreen(all, view).right).toBeLessThanOrEqual(1100);
  });

  it('shows them too, smaller than the Pod alone, while its text stays legible', () => {
    const view = podViewport(pod, all, 920, 790);
    expect(view).toEqual(fittedViewport(all, 920, 790));
    expect(view.zoom).toBeLessThan(fittedViewport(pod, 920, 790).zoom);
    expect(view.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
  });

  it('fits the Pod alone when showing them would shrink its text, moved towards them', () => {
    // A narrow canvas: fitting all would draw the Pod's smallest text under 9 px.
    const view = podViewport(pod, all, 680, 790);
    const alone = fittedViewport(pod, 680, 790);
    expect(fittedViewport(all, 680, 790).zoom).toBeLessThan(LEGIBLE_ZOOM);
    expect(view.zoom).toBe(alone.zoom);
    // The Pod whole, in the margins, below the floating buttons...
    const at = onScreen(pod, view);
    expect(at.left).toBeCloseTo(24, 6);
    expect(at.right).toBeLessThanOrEqual(680 - 24);
    expect(at.top - 30 * view.zoom).toBeGreaterThanOrEqual(BUTTONS_BOTTOM);
    expect(at.bottom).toBeLessThanOrEqual(790 - 20);
    // ...moved aside, towards the cards a pan away.
    expect(at.left).toBeLessThan(onScreen(pod, alone).left);
    expect(onScreen(cards, view).left).toBeGreaterThan(at.right);
  });

  it('shows a Pod too tall for the smallest zoom from its top, the cards beside it', () => {
    const large = { x: -40, y: -60, width: 1300, height: 9000 };
    const beside = { ...large, width: 1300 + 96 + 230 };
    const view = podViewport(large, beside, 570, 640);
    expect(view.zoom).toBe(MIN_ZOOM);
    const at = onScreen(large, view);
    expect(at.top).toBe(onScreen(large, fittedViewport(large, 570, 640)).top);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(onScreen(beside, view).right).toBeLessThanOrEqual(570);
  });
});
