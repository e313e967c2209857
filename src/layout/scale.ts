/**
 * The one map between time (UTC epoch ms) and x (px). The layout places items, eras, ticks and the
 * overview's window with it; zooming, the brush and the keyboard read pixels back into time with it.
 * Written once, so that what is drawn and what a drag or a key press asks for cannot drift apart.
 *
 * It is d3's linear scale over epoch ms rather than `scaleUtc`: the time scale turns its domain
 * into Dates, which drops the fractions of a millisecond that a zoom's window and a padded extent
 * have, so a window read back from the zoom would no longer be exactly the one shown.
 *
 * @module
 */
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { windowScale } from "./pieces.js";
import type { Box, TimelineLayout } from "./types.js";

/**
 * A map from UTC epoch ms to px; `invert` maps px back to ms. A d3 continuous scale, so d3-zoom's
 * `transform.rescaleX` accepts it.
 *
 * @example
 * ```ts
 * const x: TimeScale = scaleOf(layout);
 * x(Date.UTC(2008, 5, 8)); // px
 * x.invert(layout.plot.x); // layout.domain[0]
 * ```
 */
export type TimeScale = ScaleLinear<number, number>;

/**
 * The map taking the instants `domain` (UTC ms) onto the pixels `range`, linearly, without clamping.
 *
 * @example
 * ```ts
 * const x = timeScale([Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)], [0, 800]);
 * x(Date.UTC(2008, 6, 2)); // ≈ 400
 * ```
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleLinear().domain(domain).range(range);
}

/**
 * A linear map's numbers, for loops over thousands of instants: {@link atLinear} gives what the
 * d3 scale gives, to the bit, without its chain of closures (which, inlined into a layout's hot
 * loop, made V8's optimising compile of that loop take 100 ms on a 2-core machine).
 */
export interface Linear {
  d0: number;
  span: number;
  r0: number;
  r1: number;
}

/**
 * The numbers of {@link timeScale}`(domain, range)`.
 *
 * @example
 * ```ts
 * atLinear(linearOf([0, 10], [0, 100]), 5); // 50, as timeScale([0, 10], [0, 100])(5)
 * ```
 */
export function linearOf(domain: readonly [number, number], range: readonly [number, number]): Linear {
  // As d3's bimap: a descending domain is read from its other end.
  const [d0, d1, r0, r1] = domain[1] < domain[0] ? [domain[1], domain[0], range[1], range[0]] : [domain[0], domain[1], range[0], range[1]];
  return { d0, span: d1 - d0, r0, r1 };
}

/**
 * The px of an instant on a linear map, computed as d3's scale computes it.
 *
 * @example
 * ```ts
 * atLinear(linearOf(layout.domain, [layout.plot.x, layout.plot.x + layout.plot.width]), Date.UTC(2008, 5, 8));
 * ```
 */
export function atLinear(l: Linear, t: number): number {
  // d3's normalize, then interpolateNumber; an empty domain maps every instant to its middle, and
  // NaN (no instant: d3 gives its `unknown`) to NaN.
  const u = l.span ? (t - l.d0) / l.span : Number.isNaN(l.span) || Number.isNaN(t) ? Number.NaN : 0.5;
  return l.r0 * (1 - u) + l.r1 * u;
}

// The horizontal extent of a box in the direction time runs: [left, right] px, or [right, left]
// when time runs right to left.
function spanOf(box: Pick<Box, "x" | "width">, rtl = false): [number, number] {
  return rtl ? [box.x + box.width, box.x] : [box.x, box.x + box.width];
}

/**
 * The map of a layout's plot: its window onto its plot's left and right edges. The layout placed
 * its items, eras and ticks with this map.
 *
 * @example
 * ```ts
 * const layout = layoutTimeline(timeline, { width: 800 });
 * scaleOf(layout).invert(layout.plot.x + layout.plot.width / 2); // the instant in the middle of the view
 * ```
 */
export function scaleOf(layout: Pick<TimelineLayout, "domain" | "plot" | "timeDirection" | "pieces">): TimeScale {
  const span = spanOf(layout.plot, layout.timeDirection === "rtl");
  // A broken axis's map is piecewise: each segment at its own scale.
  return layout.pieces ? windowScale(layout.pieces, layout.domain, span) : timeScale(layout.domain, span);
}

/**
 * The overview's map: the whole extent onto the overview strip. The window it marks, the brush
 * over it and zooming (whose scale 1 shows the whole extent) all read time through it.
 *
 * @example
 * ```ts
 * const strip = overviewScale(layout.extent, layout.overview!.box);
 * strip(layout.domain[0]); // layout.overview!.window[0]
 * overviewScale(layout.extent, box, true); // time running right to left: the extent's start on the right
 * ```
 */
export function overviewScale(extent: readonly [number, number], box: Pick<Box, "x" | "width">, rtl = false): TimeScale {
  return timeScale(extent, spanOf(box, rtl));
}

/**
 * The instant at `x` px in a layout's plot, UTC ms: where the reader stands in time.
 *
 * @example
 * ```ts
 * timeAt(layout, layout.plot.x); // layout.domain[0]
 * ```
 */
export function timeAt(layout: Pick<TimelineLayout, "domain" | "plot" | "timeDirection" | "pieces">, x: number): number {
  return scaleOf(layout).invert(x);
}

/**
 * A scale's instants as a window, [start, end] UTC ms (for a scale d3-zoom rescaled, the window it shows).
 *
 * @example
 * ```ts
 * windowOf(transform.rescaleX(overviewScale(extent, box))); // the window a zoom transform shows
 * ```
 */
export function windowOf(scale: TimeScale): [number, number] {
  const [start = 0, end = 0] = scale.domain();
  return [start, end];
}
