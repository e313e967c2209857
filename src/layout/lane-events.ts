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

function indexOf(timeline: Timeline): TimelineIndex {
  let index = indexCache.get(timeline);
  if (index) return index;
  const n = timeline.events.length;
  const earliest = new Float64Array(n);
  const latest = new Float64Array(n);
  const ids: string[] = [];
  const rank = new Map<TimelineEvent, number>();
  let ungrouped = false;
  timeline.events.forEach((e, r) => {
    rank.set(e, r);
    ids.push(e.id);
    if (e.group === undefined) ungrouped = true;
    earliest[r] = e.start.earliest;
    latest[r] = (e.end ?? e.start).latest;
  });
  const sorted = [...timeline.events].sort((a, b) => b.importance - a.importance || a.start.earliest - b.start.earliest || a.index - b.index);
  const byLane = new Map<string, TimelineEvent[]>();
  for (const e of sorted) {
    const key = e.group ?? "";
    const list = byLane.get(key);
    if (list) list.push(e);
    else byLane.set(key, [e]);
  }
  const lanes = new Map<string, LaneEvents>();
  for (const [key, events] of byLane) lanes.set(key, laneOf(events, rank));
  index = { lanes, earliest, latest, ids, ungrouped };
  indexCache.set(timeline, index);
  return index;
}

function laneOf(events: TimelineEvent[], rank: Map<TimelineEvent, number>): LaneEvents {
  const n = events.length;
  const f = () => new Float64Array(n);
  const lane: LaneEvents = { events, ranks: new Int32Array(n), from: f(), to: f(), startEarliest: f(), startLatest: f(), endEarliest: f(), endLatest: f(), form: new Uint8Array(n) };
  events.forEach((e, i) => {
    const { start, end } = e;
    lane.ranks[i] = rank.get(e) ?? 0;
    lane.from[i] = reachFrom(e);
    lane.to[i] = reachTo(e);
    lane.startEarliest[i] = start.earliest;
    lane.startLatest[i] = start.latest;
    lane.endEarliest[i] = (end ?? start).earliest;
    lane.endLatest[i] = (end ?? start).latest;
    lane.form[i] = !end ? POINT : start.bound || end.bound ? SPAN_BOUND : SPAN;
  });
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
    const intervals = new Map<string, [number, number][]>();
    for (const e of timeline.events) {
      const key = e.group ?? "";
      const list = intervals.get(key) ?? [];
      list.push([e.start.earliest, (e.end ?? e.start).latest]);
      intervals.set(key, list);
    }
    byLane = new Map([...intervals].map(([key, list]) => [key, overlapDepth(list)]));
    depthCache.set(timeline, byLane);
  }
  return byLane.get(lane) ?? 1;
}
