/** Sizes of the canvas's zones, in canvas units. The node components draw within these boxes. */
export const LAYOUT = {
  padding: 20,
  gap: 24,
  laneGap: 72,
  lanePadding: 16,
  laneHeader: 52,
  bandHeight: 76,
  containerWidth: 210,
  containerHeight: 104,
  initGap: 44,
  maxAppColumns: 4,
  volumeGap: 72,
  volumeWidth: 250,
  volumeHeight: 68,
  kubeletGap: 16,
  kubeletHeight: 56,
} as const;
