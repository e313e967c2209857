import type { ItemLayout, LabelLayout } from "./item-types.js";
import type { Pieces } from "./pieces.js";

export type { AccountMark, ClusterItem, ItemLayout, LabelLayout, PointItem, PrecisionLayout, SpanItem } from "./item-types.js";

/**
 * The geometry of a timeline at one zoom, as plain numbers and strings: what the renderer draws,
 * what server-side rendering prints and what tests read. JSON-serialisable, no functions.
 *
 * @example
 * ```ts
 * const layout = layoutTimeline(timeline, { width: 800 });
 * console.log(layout.domain, layout.items.length, layout.axis.coarse[0]?.label);
 * ```
 */
export interface TimelineLayout {
  /** Width of the drawing in px. */
  width: number;
  /** Height of the drawing in px. */
  height: number;
  /** Visible window, UTC epoch ms. */
  domain: [number, number];
  /** The whole extent of the data (with a margin), the limit of zooming out. */
  extent: [number, number];
  /** Shortest window the timeline zooms in to, ms. */
  minSpan: number;
  /** The plot area: where lanes and items sit. */
  plot: Box;
  /** Time axis: two rows of ticks. */
  axis: AxisLayout;
  /** Lanes, top to bottom. */
  lanes: LaneLayout[];
  /** Background spans. */
  eras: EraLayout[];
  /** Events and clusters in the window, in time order. */
  items: ItemLayout[];
  /** The overview strip: the whole extent with the window marked; absent when too short to draw. */
  overview?: OverviewLayout;
  /** Source id → citation number. */
  citations: Record<string, number>;
  /**
   * "rtl" when time runs right to left (the layout is mirrored: labels lie before their marks,
   * tick labels before their ticks); absent when it runs left to right.
   */
  timeDirection?: "rtl";
  /**
   * A broken axis (see `breaks`): the map of its pieces at zoom 1, which zooming rescales. Absent
   * when the axis is one linear scale.
   */
  pieces?: Pieces;
  /** A broken axis's segments, each at its own scale, in time order (all of them, in view or not). */
  segments?: SegmentLayout[];
  /** The breaks in view, each between two segments. */
  breaks?: BreakLayout[];
}

/**
 * A stretch of events drawn at a scale of its own, and the caption that says the time it covers.
 *
 * @example
 * ```ts
 * layout.segments?.map((s) => s.label); // ["1980 – 1988", "May 2008 – September 2008"]
 * ```
 */
export interface SegmentLayout {
  /** The time drawn, UTC ms. */
  start: number;
  end: number;
  /** Where it is at this zoom, px (maybe outside the plot). */
  x0: number;
  x1: number;
  /** The time its events reach, in words: "1980 – 1988". */
  label: string;
  /** Where its caption is centred under the axis, px; null when it is out of view or does not fit. */
  captionX: number | null;
}

/**
 * An empty stretch of time left out of the axis.
 *
 * @example
 * ```ts
 * layout.breaks?.[0]?.label; // "20 years"
 * ```
 */
export interface BreakLayout {
  /** The time left out, UTC ms: from the last event before to the first after. */
  start: number;
  end: number;
  /** The break on the axis, px. */
  x0: number;
  x1: number;
  /** How long the stretch left out is: "20 years". */
  label: string;
  /** Width of the label as drawn, px. */
  labelWidth: number;
  /** Its accessible name: "20 years without events, left out of the axis". */
  name: string;
}

/**
 * A rectangle in px.
 *
 * @example
 * ```ts
 * layoutTimeline(timeline, { width: 800 }).plot; // { x: 12, y: 6, width: 776, height: 328 }
 * ```
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One tick of the axis.
 *
 * @example
 * ```ts
 * layout.axis.fine.map((t) => `${t.label} at ${t.x}px`);
 * ```
 */
export interface Tick {
  /** Position in px. */
  x: number;
  /** The instant it marks, UTC epoch ms. */
  value: number;
  /** Text under it. */
  label: string;
  /** Where the label's text ends on the right, so labels can be checked for overlap. */
  labelEnd: number;
}

/**
 * The axis: a fine row (days, months or years) under a coarse row (months, years, decades …).
 *
 * @example
 * ```ts
 * const { fineUnit, coarseUnit } = layout.axis; // e.g. "month", "year"
 * ```
 */
export interface AxisLayout {
  /** Top of the axis in px. */
  y: number;
  /** Height of the axis in px. */
  height: number;
  /** Name of the fine unit, e.g. "month". */
  fineUnit: string;
  /** Name of the coarse unit, e.g. "year". */
  coarseUnit: string;
  /** Fine ticks, with short labels ("Jun", "8"). */
  fine: Tick[];
  /** Coarse ticks, with full labels ("June 2008", "1980s"); the first is pinned to the left edge. */
  coarse: Tick[];
}

/**
 * A lane: one group's band.
 *
 * @example
 * ```ts
 * layout.lanes.map((lane) => `${lane.label}: ${lane.rows} rows`);
 * ```
 */
export interface LaneLayout {
  /** Group id, or "" for events without a group. */
  id: string;
  /** Heading. */
  label: string;
  /** Top in px. */
  y: number;
  /** Height in px. */
  height: number;
  /** Rows of items it holds at this zoom. */
  rows: number;
  /**
   * The ids of the groups this lane holds besides the events without a group: only on the last
   * lane, when there are more groups than a drawing holds lanes (ten; the groups past the ninth).
   */
  gathered?: string[];
}

/**
 * A background era band.
 *
 * @example
 * ```ts
 * layout.eras.map((era) => `${era.name}: ${era.x0}–${era.x1}px`);
 * ```
 */
export interface EraLayout {
  id: string;
  /** Left and right edge, px (clipped to the plot). */
  x0: number;
  x1: number;
  /** Label at the top of the band, or null without room. */
  label: LabelLayout | null;
  /** Accessible name. */
  name: string;
  /** Citation numbers. */
  citations: number[];
}

/**
 * The overview strip.
 *
 * @example
 * ```ts
 * if (layout.overview) console.log(layout.overview.window, layout.overview.bins.length);
 * ```
 */
export interface OverviewLayout {
  /** Where it sits. */
  box: Box;
  /** How many events fall in each bin of `binWidth` px across the strip: a density, so the strip
   * costs the same few nodes for ten events or a hundred thousand. The same (frozen) list for
   * every layout of a timeline at one strip width, so a writer can reuse what it made of it. */
  bins: readonly number[];
  /** Width of a bin, px. */
  binWidth: number;
  /** The visible window on the strip, px. */
  window: [number, number];
  /** With a broken axis, each segment's stretch on the strip (which keeps true linear time), px. */
  segments?: Array<[number, number]>;
}
