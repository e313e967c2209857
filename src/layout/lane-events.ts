/**
 * A timeline read lane by lane, in the orders the layout needs: its lanes, each lane's events by
 * priority, how deep its events overlap, and members of a cluster in time order. Each is worked
 * out once per timeline, since every zoom lays out the same events again (so a loaded timeline is
 * treated as immutable: change one by loading or building a new one).
 *
 * @module
 */
import { layoutEn, type LayoutWords } from "../messages/layout.js";
import type { Timeline, TimelineEvent } from "../types.js";
import { reachFrom, reachTo } from "./domain.js";
import { overlapDepth } from "./lanes.js";

/** A lane: a group, or "" for the events without one. */
export interface Lane {
  id: string;
  label: string;
}

/**
 * The lanes, top to bottom: the groups, then one for the events without a group, headed in the
 * reader's words ("Other" in English).
 *
 * @example
 * ```ts
 * laneList(timeline); // [{ id: "iraq", label: "Iraq" }, { id: "", label: "Other" }]
 * ```
 */
export function laneList(timeline: Timeline, words: Pick<LayoutWords, "otherLane"> = layoutEn): Lane[] {
  const lanes: Lane[] = timeline.groups.map((g) => ({ id: g.id, label: g.label }));
  if (lanes.length === 0 || indexOf(timeline).ungrouped) {
    lanes.push({ id: "", label: lanes.length === 0 ? "" : words.otherLane });
  }
  return lanes;
}

/**
 * One lane's events, importance first, then time: the order in which they claim room; and what
 * every zoom reads of each, as numbers at the same position.
 */
export interface LaneEvents {
  events: TimelineEvent[];
  /** Each event's position in the timeline's time order (`timeline.events`). */
  ranks: Int32Array;
  /** How far each event reaches, UTC ms: an open end reaches without limit (see `reach`). */
  from: Float64Array;
  to: Float64Array;
  /** Each event's start and end bounds, UTC ms (a point's end is its start). */
  startEarliest: Float64Array;
  startLatest: Float64Array;
  endEarliest: Float64Array;
  endLatest: Float64Array;
  /** Each event's form: a point, a span, or a span with an open or unknown end ({@link SPAN_BOUND}). */
  form: Uint8Array;
}

/** The forms of {@link LaneEvents}: a point, a span with two dates, a span with an open or unknown end. */
export const POINT = 0;
export const SPAN = 1;
export const SPAN_BOUND = 2;

/** What the layout reads of a whole timeline, once: its lanes' events and their time order. */
interface TimelineIndex {
  lanes: Map<string, LaneEvents>;
  /** By time rank: the earliest start and the latest end (or start) of each event, UTC ms, and its id. */
  earliest: Float64Array;
  latest: Float64Array;
  ids: string[];
  /** Whether some event has no group. */
  ungrouped: boolean;
}

const indexCache = new WeakMap<Timeline, TimelineIndex>();

// Built with typed arrays and native numeric sorts: at 100,000 events a comparison sort over the
// event objects (all over the heap) and a Map from event to rank made the first layout of a
// timeline four times slower than every later one.
function indexOf(timeline: Timeline): TimelineIndex {
  let index = indexCache.get(timeline);
  if (index) return index;
  const events = timeline.events;
  const n = events.length;
  const earliest = new Float64Array(n);
  const latest = new Float64Array(n);
  const importance = new Float64Array(n);
  const position = new Float64Array(n);
  const ids: string[] = new Array<string>(n);
  // Lanes by number, in the order first met: one Map lookup per event, the rest typed arrays.
  const numbers = new Map<string, number>();
  const laneAt = new Int32Array(n);
  const counts: number[] = [];
  // The rest of what a lane keeps of each event, by rank: read here in the one pass over the
  // events (which lie all over the heap), then gathered lane by lane from these arrays.
  const at: ByRank = { earliest, latest, startLatest: new Float64Array(n), endEarliest: new Float64Array(n), from: new Float64Array(n), to: new Float64Array(n), form: new Uint8Array(n) };
  let ungrouped = false;
  for (let r = 0; r < n; r++) {
    const e = events[r]!;
    ids[r] = e.id;
    if (e.group === undefined) ungrouped = true;
    const key = e.group ?? "";
    let lane = numbers.get(key);
    if (lane === undefined) numbers.set(key, (lane = counts.push(0) - 1));
    laneAt[r] = lane;
    counts[lane]!++;
    const { start, end } = e;
    earliest[r] = start.earliest;
    latest[r] = (end ?? start).latest;
    importance[r] = e.importance;
    position[r] = e.index;
    at.startLatest[r] = start.latest;
    at.endEarliest[r] = (end ?? start).earliest;
    at.from[r] = reachFrom(e);
    at.to[r] = reachTo(e);
    at.form[r] = !end ? POINT : start.bound || end.bound ? SPAN_BOUND : SPAN;
  }
  const order = priorityOrder(earliest, importance, position);
  // Each lane's ranks in priority order, filled in one pass.
  const ranks = counts.map((count) => new Int32Array(count));
  const filled = new Int32Array(counts.length);
  for (let i = 0; i < n; i++) {
    const r = order[i]!;
    const lane = laneAt[r]!;
    ranks[lane]![filled[lane]!++] = r;
  }
  const ranksOf = new Map([...numbers].map(([key, lane]) => [key, ranks[lane]!]));
  const lanes = new Map<string, LaneEvents>();
  for (const [key, ranks] of ranksOf) lanes.set(key, laneOf(events, ranks, at));
  index = { lanes, earliest, latest, ids, ungrouped };
  indexCache.set(timeline, index);
  return index;
}

// Time ranks in the order events claim room: importance first, then the earliest start, then the
// position given. The ranks are already in time order, so equal importance keeps it.
function priorityOrder(earliest: Float64Array, importance: Float64Array, position: Float64Array): Int32Array {
  const n = earliest.length;
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) order[r] = r;
  let mixed = false;
  for (let r = 1; r < n && !mixed; r++) mixed = importance[r] !== importance[0];
  if (mixed) order.sort((x, y) => importance[y]! - importance[x]! || earliest[x]! - earliest[y]! || position[x]! - position[y]! || x - y);
  else {
    // Time order breaks ties of a start by the end; priority by the position given.
    for (let a = 0; a < n; ) {
      let b = a + 1;
      while (b < n && earliest[b] === earliest[a]) b++;
      if (b - a > 1) order.subarray(a, b).sort((x, y) => position[x]! - position[y]! || x - y);
      a = b;
    }
  }
  return order;
}

// What the index reads of each event, by time rank.
interface ByRank {
  earliest: Float64Array;
  latest: Float64Array;
  startLatest: Float64Array;
  endEarliest: Float64Array;
  from: Float64Array;
  to: Float64Array;
  form: Uint8Array;
}

function laneOf(all: TimelineEvent[], ranks: Int32Array, at: ByRank): LaneEvents {
  const n = ranks.length;
  const f = () => new Float64Array(n);
  const events = new Array<TimelineEvent>(n);
  const lane: LaneEvents = { events, ranks, from: f(), to: f(), startEarliest: f(), startLatest: f(), endEarliest: f(), endLatest: f(), form: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const r = ranks[i]!;
    events[i] = all[r]!;
    lane.from[i] = at.from[r]!;
    lane.to[i] = at.to[r]!;
    lane.startEarliest[i] = at.earliest[r]!;
    lane.startLatest[i] = at.startLatest[r]!;
    lane.endEarliest[i] = at.endEarliest[r]!;
    lane.endLatest[i] = at.latest[r]!;
    lane.form[i] = at.form[r]!;
  }
  return lane;
}

/**
 * Each lane's events by priority (importance, then time), with their time ranks and reach; worked
 * out once per timeline.
 *
 * @example
 * ```ts
 * laneEvents(timeline).get("iraq")?.events; // the lane's events, most important first
 * ```
 */
export function laneEvents(timeline: Timeline): Map<string, LaneEvents> {
  return indexOf(timeline).lanes;
}

/**
 * The earliest start and latest end of the timeline's events, by time rank (their position in
 * `timeline.events`), UTC ms, and their ids: a cluster's span and members, without reading each
 * member again.
 *
 * @example
 * ```ts
 * const { earliest, latest } = timeBounds(timeline);
 * earliest[0]; // timeline.events[0].start.earliest
 * ```
 */
export function timeBounds(timeline: Timeline): { earliest: Float64Array; latest: Float64Array; ids: string[] } {
  return indexOf(timeline);
}

const depthCache = new WeakMap<Timeline, Map<string, number>>();

/**
 * How many of a lane's events overlap in time at its busiest instant.
 *
 * @example
 * ```ts
 * depthOf(timeline, "iraq"); // 3: three events there share a moment, at any zoom
 * ```
 */
export function depthOf(timeline: Timeline, lane: string): number {
  let byLane = depthCache.get(timeline);
  if (!byLane) {
    byLane = new Map();
    for (const [key, events] of laneEvents(timeline)) byLane.set(key, overlapDepth(events.startEarliest, events.endLatest));
    depthCache.set(timeline, byLane);
  }
  return byLane.get(lane) ?? 1;
}
