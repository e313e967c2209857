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

/** Sizes of marks and labels, px. */
export const ITEM = {
  radius: 5,
  /** Height of a span's box and of a point's precision band: both lines of its label fit inside. */
  barHeight: 30,
  fontSize: 12,
  subFontSize: 10.5,
  /** From the title's baseline to the date line's. */
  subLine: 13,
  citeFontSize: 9,
  labelPad: 6,
} as const;

// The least a label is shortened to when it fits on neither side of its mark, px.
export const MIN_LABEL = 48;
