/**
 * A timeline read lane by lane, in the orders the layout needs: its lanes, each lane's events by
 * priority, how deep its events overlap, and members of a cluster in time order. Each is worked
 * out once per timeline, since every zoom lays out the same events again (so a loaded timeline is
 * treated as immutable: change one by loading or building a new one).
 *
 * @module
 */
import { layoutEn } from "../messages/layout.js";
import type { Timeline, TimelineEvent } from "../types.js";
import { overlapDepth } from "./lanes.js";

/** A lane: a group, or "" for the events without one. */
export interface Lane {
  id: string;
  label: string;
}

/**
 * The lanes, top to bottom: the groups, then one for the events without a group.
 *
 * @example
 * ```ts
 * laneList(timeline); // [{ id: "iraq", label: "Iraq" }, { id: "", label: "Other" }]
 * ```
 */
export function laneList(timeline: Timeline): Lane[] {
  const lanes: Lane[] = timeline.groups.map((g) => ({ id: g.id, label: g.label }));
  if (lanes.length === 0 || timeline.events.some((e) => e.group === undefined)) {
    lanes.push({ id: "", label: lanes.length === 0 ? "" : layoutEn.otherLane });
  }
  return lanes;
}

const laneCache = new WeakMap<Timeline, Map<string, TimelineEvent[]>>();

/**
 * Each lane's events, importance first, then time: the order in which they claim room.
 *
 * @example
 * ```ts
 * eventsByLane(timeline).get("iraq"); // the lane's events, most important first
 * ```
 */
export function eventsByLane(timeline: Timeline): Map<string, TimelineEvent[]> {
  let byLane = laneCache.get(timeline);
  if (!byLane) {
    byLane = new Map();
    const sorted = [...timeline.events].sort((a, b) => b.importance - a.importance || a.start.earliest - b.start.earliest || a.index - b.index);
    for (const e of sorted) {
      const key = e.group ?? "";
      const list = byLane.get(key);
      if (list) list.push(e);
      else byLane.set(key, [e]);
    }
    laneCache.set(timeline, byLane);
  }
  return byLane;
}

const rankCache = new WeakMap<Timeline, (events: TimelineEvent[]) => TimelineEvent[]>();

/**
 * Sorts events into time order. The timeline's events are already in time order, so their
 * positions, sorted as numbers, give it without comparing dates again.
 *
 * @example
 * ```ts
 * timeOrder(timeline)(cluster.map((shape) => shape.event)); // earliest first
 * ```
 */
export function timeOrder(timeline: Timeline): (events: TimelineEvent[]) => TimelineEvent[] {
  let order = rankCache.get(timeline);
  if (!order) {
    const rank = new Map(timeline.events.map((e, i) => [e, i]));
    order = (events) => Array.from(Int32Array.from(events, (e) => rank.get(e) ?? 0).sort(), (r) => timeline.events[r]!);
    rankCache.set(timeline, order);
  }
  return order;
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
