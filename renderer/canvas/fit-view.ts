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
  padding: { top: '88px', x: '24px', bottom: '20px' },
  maxZoom: 1.2,
  includeHiddenNodes: true,
} as const;

/** The smallest zoom the canvas allows, to fit a very large Pod whole. */
export const MIN_ZOOM = 0.1;
