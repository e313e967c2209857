/**
 * Axis breaks: where a timeline's long empty stretches are left out, and the stretches of events
 * between them (segments), each drawn at a scale of its own. Time only, no pixels: the map from
 * segments to pixels is `./pieces.ts`.
 *
 * The rule for `"auto"`: an empty stretch (no event or era reaches into it, fuzzy bounds
 * included) is left out when it is at least a quarter of the whole timeline and at least four
 * times as long as the events on one side of it, counting only a side with two or more events.
 * That side is what gains: its events, crowded at one scale, get a width of their own. At most
 * three stretches are left out, the longest. Evenly spread data, a timeline of eras that cover it
 * all (deep time), or two lone events keep one linear scale.
 *
 * @module
 */
import type { Timeline } from "../types.js";
import { DRAWABLE } from "./domain.js";
import { extentOf } from "./extent.js";
import { timeBounds } from "./lane-events.js";

/**
 * How the axis is broken: `"auto"` (the rule above), `"none"` (one linear scale), or the empty
 * stretches to leave out, as [start, end] UTC ms (or Dates). A stretch given by hand leaves out
 * every empty stretch it overlaps, whole; it never cuts an event or era.
 *
 * @example
 * ```ts
 * const breaks: BreaksOption = [[Date.UTC(1989, 0, 1), Date.UTC(2007, 0, 1)]];
 * createTimeline(element, { data, breaks }); // or "auto" (the default), or "none"
 * ```
 */
export type BreaksOption = "auto" | "none" | ReadonlyArray<readonly [number | Date, number | Date]>;

/** A stretch of events drawn at one scale: the time drawn, and the time its events reach. */
export interface Segment {
  /** The time drawn, UTC ms: the events' reach with a margin. */
  start: number;
  end: number;
  /** The time the segment's events and eras reach, UTC ms (what its caption says). */
  from: number;
  to: number;
  /** How many events and eras it holds: its share of the width grows with it. */
  count: number;
}

const DAY = 86_400_000;
const MAX_TIME = 8.64e15;
const MAX_BREAKS = 3;
const SHARE_OF_WHOLE = 0.25;
const TIMES_THE_SIDE = 4;

/** A run of events and eras whose reaches overlap, with no empty time inside. */
interface Run {
  from: number;
  to: number;
  count: number;
}

const cache = new WeakMap<Timeline, Map<string, Segment[]>>();

/**
 * The segments of a timeline: one (the whole extent) when the axis is not broken, else one per
 * stretch of events between breaks, in time order. Deterministic, cached per timeline and option.
 *
 * @example
 * ```ts
 * segmentsOf(seed, "auto").map((s) => [new Date(s.from), new Date(s.to)]);
 * // [[1980-09-22, 1988-08-20], [2008-05-…, 2008-09-…]]: the war, then the visit
 * segmentsOf(seed, "none").length; // 1
 * ```
 */
export function segmentsOf(timeline: Timeline, breaks: BreaksOption = "auto"): Segment[] {
  const key = typeof breaks === "string" ? breaks : JSON.stringify(breaks.map(([a, b]) => [+a, +b]));
  let byKey = cache.get(timeline);
  if (!byKey) cache.set(timeline, (byKey = new Map<string, Segment[]>()));
  let segments = byKey.get(key);
  if (!segments) byKey.set(key, (segments = segment(timeline, breaks)));
  return segments;
}

/**
 * The whole time a timeline's axis covers, [start, end] UTC ms: its extent, or with breaks the
 * first segment's start to the last one's end (each segment has a margin of its own, narrower
 * than one margin on the whole would be).
 *
 * @example
 * ```ts
 * extentFor(seed, "auto"); // [1980-06-…, 2008-09-…]
 * extentFor(seed, "none"); // extentOf(seed)
 * ```
 */
export function extentFor(timeline: Timeline, breaks: BreaksOption = "auto"): [number, number] {
  const segments = segmentsOf(timeline, breaks);
  if (segments.length < 2) return extentOf(timeline);
  return [Math.max(segments[0]!.start, DRAWABLE[0]), Math.min(segments[segments.length - 1]!.end, DRAWABLE[1])];
}

function segment(timeline: Timeline, breaks: BreaksOption): Segment[] {
  const runs = runsOf(timeline);
  const whole = (): Segment[] => {
    const [start, end] = extentOf(timeline);
    return [{ start, end, from: runs[0]?.from ?? start, to: runs[runs.length - 1]?.to ?? end, count: runs.reduce((n, r) => n + r.count, 0) }];
  };
  if (breaks === "none" || runs.length < 2) return whole();
  const cuts = breaks === "auto" ? autoCuts(runs) : chosenCuts(runs, breaks);
  if (cuts.length === 0) return whole();
  return withMargins(groups(runs, cuts));
}

// Every event's and era's reach, merged where they overlap or touch. The events' reaches are
// the layout's index's (its one walk over the events, which lie all over the heap: a walk of its
// own here took 18 ms of a first render at 100,000 events), the eras' read here, and all taken in
// order of their starts (the events come sorted so; only the eras may need a sort).
function runsOf(timeline: Timeline): Run[] {
  const { earliest, latest } = timeBounds(timeline);
  const eras = timeline.eras;
  let from: Float64Array = earliest;
  let to: Float64Array = latest;
  if (eras.length) {
    from = new Float64Array(earliest.length + eras.length);
    to = new Float64Array(from.length);
    from.set(earliest);
    to.set(latest);
    for (let i = 0, k = earliest.length; i < eras.length; i++, k++) {
      from[k] = eras[i]!.start.earliest;
      to[k] = (eras[i]!.end ?? eras[i]!.start).latest;
    }
  }
  const n = from.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = from[i]! >= from[i - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!sorted) order.sort((x, y) => from[x]! - from[y]! || to[x]! - to[y]!);
  const runs: Run[] = [];
  let last: Run | undefined;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const start = from[i]!;
    if (last && start <= last.to) {
      last.to = Math.max(last.to, to[i]!);
      last.count++;
    } else runs.push((last = { from: start, to: Math.max(start, to[i]!), count: 1 }));
  }
  return runs;
}

// Cuts are indices i: the empty stretch between runs[i - 1] and runs[i].
function autoCuts(runs: Run[]): number[] {
  const whole = runs[runs.length - 1]!.to - runs[0]!.from;
  const gap = (i: number) => runs[i]!.from - runs[i - 1]!.to;
  let cuts = runs
    .map((_, i) => i)
    .filter((i) => i > 0 && gap(i) >= whole * SHARE_OF_WHOLE)
    .sort((a, b) => gap(b) - gap(a) || a - b)
    .slice(0, MAX_BREAKS)
    .sort((a, b) => a - b);
  // Dropping a cut merges its sides, which may make a neighbouring cut worth less: until stable.
  for (let changed = true; changed; ) {
    const sides = groups(runs, cuts);
    const kept = cuts.filter((cut, k) => gains(sides[k]!, gap(cut)) || gains(sides[k + 1]!, gap(cut)));
    changed = kept.length !== cuts.length;
    cuts = kept;
  }
  return cuts;
}

function gains(side: Run, gap: number): boolean {
  return side.count >= 2 && (side.to - side.from) * TIMES_THE_SIDE <= gap;
}

function chosenCuts(runs: Run[], chosen: ReadonlyArray<readonly [number | Date, number | Date]>): number[] {
  const cuts = new Set<number>();
  for (const [a, b] of chosen) {
    const [lo, hi] = +a <= +b ? [+a, +b] : [+b, +a];
    for (let i = 1; i < runs.length; i++) if (runs[i - 1]!.to < hi && runs[i]!.from > lo) cuts.add(i);
  }
  return [...cuts].sort((a, b) => a - b);
}

// The runs between cuts, each as one run.
function groups(runs: Run[], cuts: number[]): Run[] {
  const bounds = [0, ...cuts, runs.length];
  return bounds.slice(1).map((end, k) => {
    const part = runs.slice(bounds[k], end);
    return { from: part[0]!.from, to: part[part.length - 1]!.to, count: part.reduce((n, r) => n + r.count, 0) };
  });
}

// A margin on each side of a segment, as the whole extent has one, but never more than a quarter
// of the empty stretch beside it, so segments stay apart in time.
function withMargins(sides: Run[]): Segment[] {
  return sides.map((side, k) => {
    const own = Math.max((side.to - side.from) * 0.04, DAY / 2);
    const before = k > 0 ? (side.from - sides[k - 1]!.to) / 4 : Infinity;
    const after = k < sides.length - 1 ? (sides[k + 1]!.from - side.to) / 4 : Infinity;
    // Never past the first or last instant a Date holds, where no tick could be labelled.
    const start = Math.max(-MAX_TIME, side.from - Math.min(own, before));
    const end = Math.min(MAX_TIME, side.to + Math.min(own, after));
    return { start, end, from: side.from, to: side.to, count: side.count };
  });
}
