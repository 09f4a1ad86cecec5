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
