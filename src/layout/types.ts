import type { Precision, Qualifier } from "../types.js";

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
}

/**
 * A label placed on the drawing, or hidden when there was no room.
 *
 * @example
 * ```ts
 * for (const item of layout.items) if (item.label) console.log(item.label.text, item.label.sub); // "Visit begins" "7 June 2008"
 * ```
 */
export interface LabelLayout {
  /** Text to draw (possibly shortened with "…"). */
  text: string;
  /** A second, smaller line under it: the date in words ("June 2008 (approximate)"), or "". */
  sub: string;
  /** Citation numbers set small after the title ("1,3") when there is room, or "". */
  cites: string;
  /** Left edge of the text, px. */
  x: number;
  /** Baseline of the first line, px; the second line is `ITEM.subLine` px lower. */
  y: number;
  /** Measured width of the wider line, px. */
  width: number;
  /** Whether the label was moved to stay in view (a span running off the left edge). */
  pinned: boolean;
}

/**
 * How well a date is known, for drawing its band and saying it in words.
 *
 * @example
 * ```ts
 * const band: PrecisionLayout = { precision: "month", qualifier: "approximate" };
 * ```
 */
export interface PrecisionLayout {
  precision: Precision;
  qualifier: Qualifier;
  /** An interval end that is not a date: open (it goes on, drawn fading to the edge) or unknown (a short fading stub). */
  bound?: "open" | "unknown";
}

interface ItemBase {
  /** Event id, or `cluster:` + lane + first member for a cluster. */
  id: string;
  /** Lane id. */
  lane: string;
  /** Row within the lane, from 0. */
  row: number;
  /** Vertical centre of the mark, px. */
  y: number;
  /** Left edge of what the item occupies (mark and label), px. */
  x0: number;
  /** Right edge of what the item occupies, px. */
  x1: number;
  /** The label, or null when hidden for lack of room. */
  label: LabelLayout | null;
  /** Accessible name: "title, date in words, N sources". */
  name: string;
}

/**
 * An event at one moment (drawn as a mark), with the band of time it may fall in.
 *
 * @example
 * ```ts
 * const points = layout.items.filter((i): i is PointItem => i.kind === "point");
 * points.map((p) => p.when); // ["7 June 2008", …]
 * ```
 */
export interface PointItem extends ItemBase {
  kind: "point";
  /** Centre of the mark, px. */
  x: number;
  /** The band the date may fall in (its precision), px; equal ends for an exact moment. */
  band: [number, number];
  /** Precision and qualifier of the date. */
  date: PrecisionLayout;
  /** Date in words. */
  when: string;
  /** Citation numbers, in the order cited. */
  citations: number[];
  /**
   * For a set of dates (`[1667,1668]`): whether one or all of them hold, and each candidate's band,
   * px. The candidates are drawn as marks joined on one row; `band` is then empty.
   */
  set?: { kind: "one-of" | "all-of"; candidates: [number, number][] };
}

/**
 * An event with a start and an end, drawn as a bar; each end has its own band of doubt.
 *
 * @example
 * ```ts
 * for (const i of layout.items) if (i.kind === "span") console.log(i.name, i.bar);
 * ```
 */
export interface SpanItem extends ItemBase {
  kind: "span";
  /** Bar from the earliest start to the latest end, px (may run past the plot). */
  bar: [number, number];
  /** Where the start may fall, px. */
  startBand: [number, number];
  /** Where the end may fall, px. */
  endBand: [number, number];
  /** Whether the label sits inside the bar (light on dark) rather than beside it. */
  labelInside: boolean;
  /** Precision and qualifier of each end. */
  start: PrecisionLayout;
  end: PrecisionLayout;
  /** Dates in words. */
  when: string;
  /** Citation numbers. */
  citations: number[];
}

/**
 * Events too dense to show one by one at this zoom, merged; zooming in splits it.
 *
 * @example
 * ```ts
 * for (const i of layout.items) if (i.kind === "cluster") console.log(`+${i.members.length}`, clusterWindow(i, layout));
 * ```
 */
export interface ClusterItem extends ItemBase {
  kind: "cluster";
  /** Centre of the mark, px. */
  x: number;
  /** Ids of the events it holds, in time order. */
  members: string[];
  /** The time its members cover, UTC epoch ms: zooming to it splits the cluster. */
  span: [number, number];
}

/**
 * Anything in the items list.
 *
 * @example
 * ```ts
 * layout.items.map((i) => i.name); // ["Visit begins, 7 June 2008, 1 source", …]
 * ```
 */
export type ItemLayout = PointItem | SpanItem | ClusterItem;

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
   * costs the same few nodes for ten events or a hundred thousand. */
  bins: number[];
  /** Width of a bin, px. */
  binWidth: number;
  /** The visible window on the strip, px. */
  window: [number, number];
}
