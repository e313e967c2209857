/**
 * The layout's items — events at a point, spans and clusters — with their labels and how well
 * their dates are known: plain numbers and strings, as the writers draw them. Re-exported by
 * `./types.ts` with the rest of the layout's types.
 *
 * @module
 */
import type { Precision, Qualifier } from "../types.js";

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
  /** On a broken axis: whether the label runs across a break (drawn with a halo over its zigzag). */
  crossesBreak?: boolean;
  /** Whether a span's label lies over its own bar's doubt, with a halo, for want of room beside it. */
  over?: boolean;
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
  /** A date known only from one side (`[..1760-12-03]`, `[1760-12..]`): its band runs to the plot's edge that way, fading. */
  side?: "before" | "after";
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
  /**
   * For a disputed event: each account's mark, in the order given, drawn on one row and joined by
   * a bracket; `band` then spans them all.
   */
  accounts?: AccountMark[];
}

/**
 * One account of a disputed event on the drawing: where its date may fall, how well it is known,
 * and who gives it.
 *
 * @example
 * ```ts
 * for (const a of item.accounts ?? []) console.log(a.band, a.cites, a.accounts); // [412, 418] "1" [0]
 * ```
 */
export interface AccountMark {
  /** From the account's earliest start to its latest end, px. */
  band: [number, number];
  /** How well its start is known. */
  date: PrecisionLayout;
  /** Citation numbers of the sources giving it, in their order. */
  citations: number[];
  /** Those numbers as set above its mark ("1,3"), or "". */
  cites: string;
  /**
   * The accounts it stands for, by their place in the event's `accounts`: one, or several whose
   * marks would touch at this zoom (they then share one mark, with all their numbers).
   */
  accounts: number[];
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
  /** Ids of the events it holds, in time order: listed when first read (a getter), the same list after. */
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
