/**
 * The overview strip: the whole extent, its events counted into bins of a few pixels, and the
 * visible window marked on it.
 *
 * @module
 */
import type { Timeline } from "../types.js";
import { timeBounds } from "./lane-events.js";
import { overviewScale } from "./scale.js";
import { SIZES } from "./sizes.js";
import type { OverviewLayout } from "./types.js";

// The density depends on the timeline, its extent (narrower with axis breaks) and the strip's
// width, not on the zoom: count it once.
const binCache = new WeakMap<Timeline, Map<string, readonly number[]>>();

/**
 * The overview strip in `box`: the density of the timeline's events over its whole extent, and
 * the window `domain` as pixels on the strip.
 *
 * @example
 * ```ts
 * overviewOf(timeline, extentOf(timeline), layout.domain, { x: 12, y: 380, width: 776, height: 30 }).window; // [px, px]
 * ```
 */
export function overviewOf(timeline: Timeline, extent: [number, number], domain: [number, number], box: OverviewLayout["box"]): OverviewLayout {
  const count = Math.max(1, Math.floor(box.width / SIZES.binWidth));
  const at = overviewScale(extent, box);
  let byCount = binCache.get(timeline);
  if (!byCount) binCache.set(timeline, (byCount = new Map<string, readonly number[]>()));
  const key = `${count}|${extent[0]}|${extent[1]}`;
  let bins = byCount.get(key);
  if (!bins) {
    bins = Object.freeze(densityOf(timeline, extent, count));
    byCount.set(key, bins);
  }
  return { box, bins, binWidth: box.width / count, window: [at(domain[0]), at(domain[1])] };
}

// Bins are counted in time, a `count`th of the extent each, so that the counts (cached per
// timeline) do not depend on where the strip is drawn.
function densityOf(timeline: Timeline, extent: [number, number], count: number): number[] {
  // A difference array: a span over every bin costs two additions, not one per bin.
  // Each event's bounds from the layout's typed arrays, not from the events all over the heap.
  const diff = new Array<number>(count + 1).fill(0);
  const per = (extent[1] - extent[0]) / count;
  const { earliest, latest } = timeBounds(timeline);
  for (let r = 0; r < earliest.length; r++) {
    const first = Math.min(count - 1, Math.max(0, Math.floor((earliest[r]! - extent[0]) / per)));
    const last = Math.min(count - 1, Math.max(first, Math.floor((latest[r]! - extent[0]) / per)));
    diff[first]!++;
    diff[last + 1]!--;
  }
  const bins: number[] = [];
  diff.slice(0, count).reduce((sum, d) => (bins.push(sum + d), sum + d), 0);
  return bins;
}
