/** Sizes of the canvas's zones, in canvas units. The node components draw within these boxes. */
export const LAYOUT = {
  padding: 20,
  gap: 24,
  laneGap: 80,
  lanePadding: 16,
  laneHeader: 52,
  bandHeight: 76,
  containerWidth: 192,
  containerHeight: 104,
  initGap: 44,
  maxAppColumns: 4,
  volumeGap: 48,
  volumeWidth: 264,
  volumeHeight: 68,
  kubeletGap: 16,
  kubeletHeight: 56,
  /**
   * A container's mount tags stack below its bottom handle (MountEdge): the first `mountTagTop`
   * below it, one every `mountTagStep`. The gap under a container grows to hold them.
   */
  mountTagTop: 8,
  mountTagStep: 23,
  /**
   * An init container's "exits 0 →" to the next one is drawn with its centre this far above the
   * next container, clear of the tags above it and of the arrowhead below.
   */
  sequenceLabelLift: 22,
} as const;

/**
 * Where the label of an init container's hand-off goes, given the middle of its edge. Down to
 * the next init container: just above it, since the first one's mount tags hang below it where
 * the middle would be. Across to the app lane: in the middle of the gap between the lanes, clear
 * of the init lane's edge, where mount edges rise past the init containers.
 */
export function handOffLabel(
  down: boolean,
  middle: { x: number; y: number },
  target: { x: number; y: number },
): { x: number; y: number } {
  if (down) return { x: middle.x, y: target.y - LAYOUT.sequenceLabelLift };
  return { x: target.x - LAYOUT.laneGap / 2, y: middle.y };
}
