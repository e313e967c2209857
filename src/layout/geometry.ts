/**
 * Where the events of a window fall at one zoom, as numbers: their marks, bars and bands of doubt,
 * and the extent each takes without its label. A wide zoom over 100,000 events packs them all, and
 * most end in clusters without ever showing a label: an object per event per frame was most of the
 * time (and the garbage), so the numbers live in arrays, one slot per event, kept per timeline.
 *
 * @module
 */
import type { FuzzyDate, Timeline } from "../types.js";
import { highest, lowest } from "./extremes.js";
import { ITEM } from "./sizes.js";
import { POINT, POINT_SIDE, SPAN, type LaneEvents } from "./lane-events.js";
import { atLinear, type Linear, type TimeScale } from "./scale.js";

/** How far an open end runs past its known start before fading out, and the stub of an unknown end, px. */
const OPEN = { fade: 48, stub: 28 } as const;

/** The plot's map and edges: what placing a mark needs to know about the zoom. */
export interface Zoom {
  x: TimeScale;
  /** The same map's numbers, when it is linear (no axis breaks): read in the hot loops. */
  linear?: Linear;
  /** Left and right edge of the plot, px. */
  plot: [number, number];
}

/**
 * Slots of numbers, one per event in the window. A point's band is its start band and its end band;
 * a span's bare extent is its bar.
 */
export interface Geometry {
  /** Position of the event in the timeline's time order. */
  rank: Int32Array;
  /** Start band, bar and end band, px. */
  band0: Float64Array;
  band1: Float64Array;
  bar0: Float64Array;
  bar1: Float64Array;
  end0: Float64Array;
  end1: Float64Array;
  /** Extent without the label, px. */
  bare0: Float64Array;
  bare1: Float64Array;
  /** Centre, for clustering, px. */
  center: Float64Array;
  /**
   * By time rank: the slot an event was last given (good only where `rank` there still holds it:
   * an event out of this window keeps its slot of an earlier one).
   */
  slotOf: Int32Array;
}

/** One lane's events in the window: slots `offset` to `offset + count` of `g`, in priority order. */
export interface LaneSlots {
  g: Geometry;
  offset: number;
  count: number;
  /**
   * The least and greatest centre of these slots, px (Infinity and -Infinity with none): worked
   * out once per layout, for the packings and clusters that count pixel columns over them.
   */
  least: number;
  most: number;
}

function geometry(size: number, events: number): Geometry {
  const f = () => new Float64Array(size);
  return { rank: new Int32Array(size), band0: f(), band1: f(), bar0: f(), bar1: f(), end0: f(), end1: f(), bare0: f(), bare1: f(), center: f(), slotOf: new Int32Array(events) };
}

// One set of slots per timeline, reused by every layout of it.
const slotCache = new WeakMap<Timeline, Geometry>();
let busy = false;

/**
 * Fill slots with the events of each lane that reach into [from, to], and call `use` with them. The
 * slots are the timeline's own, reused by its next layout, so they are good only during `use`.
 *
 * @example
 * ```ts
 * withSlots(timeline, lanes, zoom, from, to, (slots) => slots.map((s) => s.count));
 * ```
 */
export function withSlots<T>(timeline: Timeline, lanes: (LaneEvents | undefined)[], zoom: Zoom, from: number, to: number, use: (slots: LaneSlots[]) => T): T {
  // As many slots as the lanes have events (a timeline built by hand may list a lane twice).
  let total = 0;
  for (const lane of lanes) total += lane?.events.length ?? 0;
  let g = slotCache.get(timeline);
  // A measure that laid out this timeline again from inside a layout would find the slots taken.
  const reused = !busy && g !== undefined && g.rank.length >= total && g.slotOf.length >= timeline.events.length;
  if (!reused) g = geometry(total, timeline.events.length);
  if (!busy) slotCache.set(timeline, g!);
  const slots: LaneSlots[] = [];
  let at = 0;
  for (const lane of lanes) {
    const offset = at;
    if (lane) at = fill(lane, g!, at, zoom, from, to);
    slots.push({ g: g!, offset, count: at - offset, least: lowest(g!.center, offset, at), most: highest(g!.center, offset, at) });
  }
  const outer = busy;
  busy = true;
  try {
    return use(slots);
  } finally {
    busy = outer;
  }
}

// Write the lane's events that reach into [from, to] from slot `at`; returns the next free slot.
// Reads only the lane's arrays (the events themselves lie all over the heap), but for a span with
// an open or unknown end.
function fill(lane: LaneEvents, g: Geometry, at: number, zoom: Zoom, from: number, to: number): number {
  const [plotLeft, plotRight] = zoom.plot;
  let k = at;
  for (let i = 0; i < lane.form.length; i++) {
    if (!(lane.to[i]! >= from && lane.from[i]! <= to)) continue;
    const rank = lane.ranks[i]!;
    g.rank[k] = rank;
    g.slotOf[rank] = k;
    const form = lane.form[i];
    if (form === POINT) {
      const b0 = xOf(zoom, lane.startEarliest[i]!);
      const b1 = xOf(zoom, lane.startLatest[i]!);
      const center = (b0 + b1) / 2;
      g.band0[k] = g.end0[k] = g.bar0[k] = b0;
      g.band1[k] = g.end1[k] = b1;
      g.bar1[k] = Math.max(b1, b0 + 2);
      g.center[k] = center;
      g.bare0[k] = Math.min(b0, center - ITEM.radius);
      g.bare1[k] = Math.max(b1, center + ITEM.radius);
    } else if (form === POINT_SIDE) {
      sideGeometry(lane.events[i]!.start, zoom, g, k);
    } else {
      if (form === SPAN) {
        const s0 = xOf(zoom, lane.startEarliest[i]!);
        g.band0[k] = g.bar0[k] = s0;
        g.band1[k] = xOf(zoom, lane.startLatest[i]!);
        g.end0[k] = xOf(zoom, lane.endEarliest[i]!);
        const e1 = xOf(zoom, lane.endLatest[i]!);
        g.end1[k] = e1;
        g.bar1[k] = Math.max(e1, s0 + 2);
      } else {
        const { start, end } = lane.events[i]!;
        spanGeometry(start, end ?? start, zoom, g, k);
      }
      g.center[k] = (Math.max(g.bar0[k]!, plotLeft) + Math.min(g.bar1[k]!, plotRight)) / 2;
      g.bare0[k] = g.bar0[k]!;
      g.bare1[k] = g.bar1[k]!;
    }
    k++;
  }
  return k;
}

// Where an instant falls. One function for every call of `fill`: a closure made per call was a new
// call target for each lane, and V8 threw away `fill`'s optimised code at the second lane.
function xOf(zoom: Zoom, t: number): number {
  return zoom.linear ? atLinear(zoom.linear, t) : zoom.x(t);
}

// A date known only from one side: its mark at the date written, and a band of where it may be
// running from there to the plot's edge and fading, as an open end does; a stub past the mark
// where the edge is nearer. (Time right to left is the mirror image, made after the layout.) A
// mark far off the plot, in a window zoomed long before it, keeps its band to just past the edge:
// the rest would never show.
function sideGeometry(date: FuzzyDate, zoom: Zoom, g: Geometry, k: number): void {
  const [plotLeft, plotRight] = zoom.plot;
  const before = date.side === "before";
  const at = xOf(zoom, before ? date.latest : date.earliest);
  const b0 = before ? Math.min(plotLeft, at - OPEN.stub) : Math.max(at, plotLeft - OPEN.stub);
  const b1 = before ? Math.min(at, plotRight + OPEN.stub) : Math.max(plotRight, at + OPEN.stub);
  g.band0[k] = g.end0[k] = g.bar0[k] = b0;
  g.band1[k] = g.end1[k] = g.bar1[k] = b1;
  g.center[k] = at;
  g.bare0[k] = Math.min(b0, at - ITEM.radius);
  g.bare1[k] = Math.max(b1, at + ITEM.radius);
}

// A span's start band, bar and end band. An open end runs to the edge of the plot and fades out
// there ("from 1985 on"); an unknown end is a short fading stub after the start ("end unknown").
// The same, mirrored, for open and unknown starts. A start known only to be on or before its date
// ("began before 2000") is a band from the plot's edge to that date's latest; an end on or after
// its own, from its earliest to the edge; a start on or after its date may come as late as the end
// band, and an end on or before its date as early as the start band.
function spanGeometry(start: FuzzyDate, end: FuzzyDate, zoom: Zoom, g: Geometry, k: number): void {
  const [plotLeft, plotRight] = zoom.plot;
  let s0 = zoom.x(start.earliest);
  let s1 = zoom.x(start.latest);
  let e0 = zoom.x(end.earliest);
  let e1 = zoom.x(end.latest);
  if (end.bound === "open") {
    e1 = Math.max(plotRight, s1 + OPEN.stub);
    e0 = Math.max(s1, e1 - OPEN.fade);
  } else if (end.bound === "unknown") {
    e0 = s1;
    e1 = s1 + OPEN.stub;
  } else if (end.side === "after") e1 = Math.max(plotRight, e0 + OPEN.stub);
  else if (end.side === "before") e0 = Math.min(e0, s1);
  if (start.side === "before") s0 = Math.min(plotLeft, s1 - OPEN.stub);
  else if (start.side === "after") s1 = Math.max(s1, e0);
  if (start.bound === "open") {
    s0 = Math.min(plotLeft, e0 - OPEN.stub);
    s1 = Math.min(e0, s0 + OPEN.fade);
  } else if (start.bound === "unknown") {
    s0 = e0 - OPEN.stub;
    s1 = e0;
  }
  g.band0[k] = s0;
  g.band1[k] = s1;
  g.end0[k] = e0;
  g.end1[k] = e1;
  g.bar0[k] = s0;
  g.bar1[k] = Math.max(e1, s0 + 2);
}
