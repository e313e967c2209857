/**
 * Sizes of the vertical bands, px. Named here so a theme can be matched to them.
 *
 * @example
 * ```ts
 * SIZES.row; // 38: the height of one row of events in a lane, px
 * ```
 */
export const SIZES = {
  padding: 6,
  eraLabel: 18,
  laneHeader: 18,
  row: 38,
  axis: 42,
  /** Below a broken axis: each segment's caption. */
  segmentCaption: 14,
  overview: 30,
  overviewGap: 8,
  sideMargin: 12,
  minSpan: 2 * 60 * 60 * 1000,
  binWidth: 3,
} as const;
