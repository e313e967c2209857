/**
 * Windows of time: the time the chart can show, keeping a window inside a timeline's extent
 * (`extent.ts`), the window a cluster opens onto, and how far an event or era reaches. All in UTC
 * epoch ms, no pixels.
 *
 * @module
 */
import type { FuzzyDate } from "../types.js";
import { SIZES } from "./sizes.js";
import type { TimelineLayout } from "./types.js";

/**
 * The time the chart can show: the whole years a JavaScript `Date` holds, from 1 January 271820
 * BCE to 1 January 275760 (a `Date` reaches about 271821 BCE to 275760, partway through both
 * years). Beyond it a date is not a `Date`: the axis's periods would floor to no date ("NaN BCE"),
 * and d3-time's every-third-month and every-few-minutes intervals, stepping from no date, loop
 * for ever. So the extent stops at its edges, and the axis ticks only inside them.
 */
export const DRAWABLE: readonly [number, number] = [Date.UTC(-271820, 0, 1), Date.UTC(275760, 0, 1)];

/**
 * Where activating a cluster takes the reader: a closer window around its members, or null when
 * zooming would not get meaningfully closer (its members share their dates, or crowd each other
 * at every zoom), and the members should be listed instead.
 *
 * @example
 * ```ts
 * const target = clusterWindow(cluster, layout);
 * target ? handle.zoomTo(target) : showList(cluster.members);
 * ```
 */
export function clusterWindow(cluster: { span: [number, number] }, layout: Pick<TimelineLayout, "domain" | "extent" | "minSpan">): [number, number] | null {
  const pad = Math.max((cluster.span[1] - cluster.span[0]) * 0.15, layout.minSpan / 2);
  const target = clampDomain([cluster.span[0] - pad, cluster.span[1] + pad], layout.extent);
  return target[1] - target[0] < (layout.domain[1] - layout.domain[0]) * 0.8 ? target : null;
}

/**
 * Keep a window inside the extent and no shorter than the minimum span.
 *
 * @example
 * ```ts
 * const t = Date.UTC(2008, 5, 8);
 * clampDomain([t, t], extentOf(timeline)); // a two-hour window around t, inside the extent
 * ```
 */
export function clampDomain(domain: [number, number], extent: [number, number]): [number, number] {
  let [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const full = extent[1] - extent[0];
  let span = Math.min(Math.max(b - a, SIZES.minSpan), full);
  if (!Number.isFinite(span) || span <= 0) span = full;
  const mid = (a + b) / 2;
  a = Math.min(Math.max(mid - span / 2, extent[0]), extent[1] - span);
  b = a + span;
  return [a, b];
}

/**
 * The time an event or era reaches: an open end (`1985/..`) reaches on without limit.
 *
 * @example
 * ```ts
 * reach(event); // [start.earliest, Infinity] for "1985-04-12/.."
 * ```
 */
export function reach(item: { start: FuzzyDate; end?: FuzzyDate }): [number, number] {
  return [reachFrom(item), reachTo(item)];
}

/**
 * Whether an event or era reaches into [from, to]; without a tuple, since it runs for every event
 * on every frame of a zoom.
 *
 * @example
 * ```ts
 * reachesInto(event, layout.domain[0], layout.domain[1]);
 * ```
 */
export function reachesInto(item: { start: FuzzyDate; end?: FuzzyDate }, from: number, to: number): boolean {
  return reachTo(item) >= from && reachFrom(item) <= to;
}

/**
 * Where an event or era starts to reach: `-Infinity` for an open start, or a start known only to be on or before its own.
 *
 * @example
 * ```ts
 * reachFrom(event); // event.start.earliest
 * ```
 */
export function reachFrom(item: { start: FuzzyDate; end?: FuzzyDate }): number {
  return item.start.bound === "open" || item.start.side === "before" ? -Infinity : item.start.earliest;
}

/**
 * Where an event or era stops reaching: `Infinity` for an open end, or an end (or a date) known only to be on or after its own.
 *
 * @example
 * ```ts
 * reachTo(event); // (event.end ?? event.start).latest
 * ```
 */
export function reachTo(item: { start: FuzzyDate; end?: FuzzyDate }): number {
  const end = item.end ?? item.start;
  return end.bound === "open" || end.side === "after" ? Infinity : end.latest;
}
