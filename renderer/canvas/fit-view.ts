/**
 * How the whole Pod is fitted in view: on opening, when the mode changes, and from View › Fit.
 * The margins leave room for what floats over the canvas, so that it never covers the Pod: the
 * export buttons (their bottom edge 48 px down) above the Pod's name, which is drawn 30 units
 * above its frame, so up to 36 px at the largest zoom a fit picks; the zoom buttons beside the
 * kubelet. Hidden nodes count, so that lecture mode's steps reveal parts into room already made
 * for them.
 */
export const FIT_VIEW = {
  padding: { top: '88px', x: '60px', bottom: '24px' },
  maxZoom: 1.2,
  includeHiddenNodes: true,
} as const;
