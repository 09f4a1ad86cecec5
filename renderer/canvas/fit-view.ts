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

/**
 * The view that fits `box` (what the canvas draws, in canvas units) in a canvas `width` ×
 * `height` pixels. A Pod that does not fit even at the smallest zoom is not centred, which
 * would cut off its top and its left: it is shown from its top-left corner (its name, its
 * first containers), below the buttons that float over the canvas, and the rest is a scroll
 * away.
 */
export function fittedViewport(box: Rect, width: number, height: number): Viewport {
  const fit = getViewportForBounds(
    box,
    width,
    height,
    MIN_ZOOM,
    FIT_VIEW.maxZoom,
    FIT_VIEW.padding,
  );
  const tooWide = box.width * fit.zoom > width - 2 * MARGIN.x;
  const tooTall = box.height * fit.zoom > height - MARGIN.top - MARGIN.bottom;
  return {
    x: tooWide ? MARGIN.x - box.x * fit.zoom : fit.x,
    y: tooTall ? MARGIN.top - box.y * fit.zoom : fit.y,
    zoom: fit.zoom,
  };
}
