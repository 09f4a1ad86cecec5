import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** The margins of a fitted view, in screen pixels (see FIT_VIEW). */
const MARGIN = { top: 88, x: 24, bottom: 20 };

/**
 * How the whole Pod is fitted in view: on opening, when it changes shape, when the canvas
 * changes size, and from View › Fit. The top margin leaves room for what floats over the
 * canvas's top edge, so that it never covers the Pod: the zoom buttons (left) and the export
 * buttons (right), their bottom edge 48 px down, above the Pod's name, which is drawn 30 units
 * above its frame, so up to 36 px at the largest zoom a fit picks. The sides and the bottom
 * are kept narrow: on a small screen every pixel goes to the Pod's text. Hidden nodes count,
 * so that lecture mode's steps reveal parts into room already made for them.
 */
export const FIT_VIEW = {
  padding: { top: `${MARGIN.top}px`, x: `${MARGIN.x}px`, bottom: `${MARGIN.bottom}px` },
  maxZoom: 1.2,
  includeHiddenNodes: true,
} as const;

/** The smallest zoom the canvas allows, to fit a very large Pod whole. */
export const MIN_ZOOM = 0.1;

/** The minimap's size on the large Pods that have one, in screen pixels (PodCanvas). */
export const MINIMAP = { width: 150, height: 100 };
/** What the minimap covers in the canvas's bottom-right corner: itself, its margin, a gap. */
export const MINIMAP_CORNER = { width: MINIMAP.width + 15 + 8, height: MINIMAP.height + 15 + 8 };

type Px = `${number}px`;
type Padding = { top: Px; x: Px; bottom: Px; right?: Px };

const fitIn = (box: Rect, width: number, height: number, padding: Padding) =>
  getViewportForBounds(box, width, height, MIN_ZOOM, FIT_VIEW.maxZoom, padding);

/**
 * The view that fits `box` (what the canvas draws, in canvas units) in a canvas `width` ×
 * `height` pixels. A Pod that does not fit even at the smallest zoom is not centred, which
 * would cut off its top and its left: it is shown from its top-left corner (its name, its
 * first containers), below the buttons that float over the canvas, and the rest is a scroll
 * away. With `corner`, what floats over the canvas's bottom-right corner (the minimap): a Pod
 * that would reach under it is fitted in the width to its left or the height above it,
 * whichever draws it larger.
 */
export function fittedViewport(
  box: Rect,
  width: number,
  height: number,
  corner?: { width: number; height: number },
): Viewport {
  let fit = fitIn(box, width, height, FIT_VIEW.padding);
  const tooWide = box.width * fit.zoom > width - 2 * MARGIN.x;
  const tooTall = box.height * fit.zoom > height - MARGIN.top - MARGIN.bottom;
  const right = fit.x + (box.x + box.width) * fit.zoom;
  const bottom = fit.y + (box.y + box.height) * fit.zoom;
  if (
    corner &&
    !tooWide &&
    !tooTall &&
    right > width - corner.width &&
    bottom > height - corner.height
  ) {
    const left = fitIn(box, width, height, { ...FIT_VIEW.padding, right: `${corner.width}px` });
    const above = fitIn(box, width, height, {
      ...FIT_VIEW.padding,
      bottom: `${corner.height}px`,
    });
    fit = left.zoom >= above.zoom ? left : above;
  }
  return {
    x: tooWide ? MARGIN.x - box.x * fit.zoom : fit.x,
    y: tooTall ? MARGIN.top - box.y * fit.zoom : fit.y,
    zoom: fit.zoom,
  };
}

/**
 * The zoom below which the Pod's smallest text (its chips, images, badges and hints, 12.5 px)
 * would be drawn under 9 px: what a fit may shrink the Pod to, to show what it needs beside it.
 * (Shown whole beside it, a Deployment's Service and ConfigMap drew that text at 7 px at
 * 1024 × 700.)
 */
export const LEGIBLE_ZOOM = 9 / 12.5;

/**
 * The view that fits the Pod, `pod`, and what the canvas draws beside it, `all` (the box
 * around both), in a canvas `width` × `height` pixels. The objects beside the Pod join the fit
 * when they cost the Pod no legibility: when the zoom that fits them all is at least the zoom
 * that fits the Pod alone, or at least LEGIBLE_ZOOM. Otherwise the Pod alone is fitted, and the
 * rest is a pan away: the view is moved towards it as far as the Pod stays whole in the
 * margins, so that as much of it as fits is in view. A Pod too large to fit even at the
 * smallest zoom loses nothing to what stands beside it, which is then fitted with it:
 * fittedViewport shows the box from its top-left corner, the Pod's (the objects are drawn to
 * the Pod's right, beside the containers that use them).
 */
export function podViewport(
  pod: Rect,
  all: Rect,
  width: number,
  height: number,
  corner?: { width: number; height: number },
): Viewport {
  const alone = fittedViewport(pod, width, height, corner);
  const same =
    all.x === pod.x && all.y === pod.y && all.width === pod.width && all.height === pod.height;
  if (same) return alone;
  const whole = fittedViewport(all, width, height, corner);
  if (whole.zoom >= Math.min(alone.zoom, LEGIBLE_ZOOM) - 1e-6) return whole;
  // Kept clear of the minimap, the Pod has no room to move aside.
  if (corner && alone.zoom !== fittedViewport(pod, width, height).zoom) return alone;
  const zoom = alone.zoom;
  // Along one axis: `all` centred between the margins, the Pod kept between them.
  const place = (
    fitted: number,
    size: number,
    near: number,
    far: number,
    podStart: number,
    podSize: number,
    allStart: number,
    allSize: number,
  ) => {
    const least = near - podStart * zoom;
    const most = size - far - (podStart + podSize) * zoom;
    if (least > most + 0.5) return fitted;
    const centred = near + (size - near - far - allSize * zoom) / 2 - allStart * zoom;
    return Math.max(least, Math.min(most, centred));
  };
  return {
    x: place(alone.x, width, MARGIN.x, MARGIN.x, pod.x, pod.width, all.x, all.width),
    y: place(alone.y, height, MARGIN.top, MARGIN.bottom, pod.y, pod.height, all.y, all.height),
    zoom,
  };
}
