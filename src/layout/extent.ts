/**
 * The whole time a timeline covers. Apart from the rest of the window's arithmetic
 * (`domain.ts`), since it reads the events' bounds from the layout's index, which itself needs
 * `domain.ts`: a walk of its own over the events, which lie all over the heap, took 3–11 ms of a
 * first render at 100,000 events in CPU profiles.
 *
 * @module
 */
import type { Timeline } from "../types.js";
import { DRAWABLE } from "./domain.js";
import { timeBounds } from "./lane-events.js";

const DAY = 86_400_000;
// Neither the clock nor the data can say where an empty timeline is: use a fixed, neutral year.
const EMPTY_EXTENT: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
const extentCache = new WeakMap<Timeline, [number, number]>();

/**
 * The whole time a timeline covers, with a margin, as [start, end] UTC ms.
 *
 * @example
 * ```ts
 * const [start, end] = extentOf(timeline);
 * handle.zoomTo([start, end]); // the same as "Show all"
 * ```
 */
export function extentOf(timeline: Timeline): [number, number] {
  const cached = extentCache.get(timeline);
  if (cached) return [cached[0], cached[1]];
  let lo = Infinity;
  let hi = -Infinity;
  // The events' bounds from the layout's index, which reads each event once, the eras' here.
  const { earliest, latest } = timeBounds(timeline);
  for (let i = 0; i < earliest.length; i++) {
    lo = Math.min(lo, earliest[i]!);
    hi = Math.max(hi, latest[i]!);
  }
  for (const era of timeline.eras) {
    lo = Math.min(lo, era.start.earliest);
    hi = Math.max(hi, (era.end ?? era.start).latest);
  }
  const pad = Math.max((hi - lo) * 0.03, DAY / 2);
  const extent: [number, number] = lo > hi ? EMPTY_EXTENT : [Math.max(lo - pad, DRAWABLE[0]), Math.min(hi + pad, DRAWABLE[1])];
  extentCache.set(timeline, extent);
  return [extent[0], extent[1]];
}
