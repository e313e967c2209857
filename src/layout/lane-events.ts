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
import { gatheredOf, laneOfGroup } from "./gathered.js";
import { overlapDepth } from "./lanes.js";

/** A lane: a group, or "" for the events without one (and the groups gathered past `MAX_LANES`). */
export interface Lane {
  id: string;
  label: string;
  /** The ids of the groups this lane gathers, in their order; only on the last lane, past `MAX_LANES`. */
  gathered?: string[];
}

/**
 * The lanes, top to bottom: the groups, then one for the events without a group, headed in the
 * reader's words ("Other" in English). With more than `MAX_LANES` lanes, that last lane
 * also holds the groups past the first `MAX_LANES − 1`, and says how many ("12 more groups").
 *
 * @example
 * ```ts
 * laneList(timeline); // [{ id: "iraq", label: "Iraq" }, { id: "", label: "Other" }]
 * ```
 */
export function laneList(timeline: Timeline, words: Pick<LayoutWords, "otherLane" | "moreLanes"> = layoutEn): Lane[] {
  const { gathered, ungrouped } = indexOf(timeline);
  const lanes: Lane[] = timeline.groups.flatMap((g) => (gathered?.has(g.id) ? [] : [{ id: g.id, label: g.label }]));
  if (gathered) lanes.push({ id: "", label: words.moreLanes(gathered.size, ungrouped), gathered: [...gathered.keys()] });
  else if (lanes.length === 0 || ungrouped) lanes.push({ id: "", label: lanes.length === 0 ? "" : words.otherLane });
  return lanes;
}

/**
 * The groups drawn in the last lane, past the most a drawing holds (`MAX_LANES`), each with
 * its heading; undefined when every group has a lane of its own.
 *
 * @example
 * ```ts
 * gatheredGroups(timeline)?.get("g25"); // "Group 25": drawn in the last lane, its name said with each event's
 * ```
 */
export function gatheredGroups(timeline: Timeline): ReadonlyMap<string, string> | undefined {
  return indexOf(timeline).gathered;
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
  /** Each event's form: a point, a span, a span with an open or unknown end ({@link SPAN_BOUND}), or a point known from one side ({@link POINT_SIDE}). */
  form: Uint8Array;
}

/**
 * The forms of {@link LaneEvents}: a point, a span with two dates, a span with an open or unknown
 * end, a point known only from one side (`[..1760-12-03]`).
 */
export const POINT = 0;
export const SPAN = 1;
export const SPAN_BOUND = 2;
export const POINT_SIDE = 3;

/** What the layout reads of a whole timeline, once: its lanes' events and their time order. */
interface TimelineIndex {
  lanes: Map<string, LaneEvents>;
  /** By time rank: the earliest start and the latest end (or start) of each event, UTC ms, its importance and its id. */
  earliest: Float64Array;
  latest: Float64Array;
  importance: Float64Array;
  ids: string[];
  /** By time rank: where each event starts and stops reaching (`reachFrom`, `reachTo`: open ends are infinite). */
  from: Float64Array;
  to: Float64Array;
  /** Whether the events' importance differs (else priority is time order alone). */
  mixed: boolean;
  /** Whether some event has no group. */
  ungrouped: boolean;
  /** The groups drawn in the last lane (see `MAX_LANES`), by id, with their headings. */
  gathered: Map<string, string> | undefined;
}

const indexCache = new WeakMap<Timeline, TimelineIndex>();

// Built with typed arrays and native numeric sorts: at 100,000 events a comparison sort over the
// event objects (all over the heap) and a Map from event to rank made the first layout of a
// timeline four times slower than every later one.
function indexOf(timeline: Timeline): TimelineIndex {
  let index = indexCache.get(timeline);
  if (index) return index;
  const events = timeline.events;
  const at = readByRank(events);
  const { order, mixed } = priorityOrder(at.earliest, at.importance, at.position);
  const gathered = gatheredOf(timeline.groups, at.ungrouped);
  const { target, keys, counts } = gather(at, gathered);
  // Each lane's ranks in priority order, filled in one pass.
  const ranks = counts.map((count) => new Int32Array(count));
  const filled = new Int32Array(counts.length);
  for (let i = 0; i < order.length; i++) {
    const r = order[i]!;
    const lane = target[at.laneAt[r]!]!;
    ranks[lane]![filled[lane]!++] = r;
  }
  const lanes = new Map<string, LaneEvents>();
  keys.forEach((key, lane) => lanes.set(key, laneOf(events, ranks[lane]!, at)));
  index = { lanes, earliest: at.earliest, latest: at.latest, importance: at.importance, ids: at.ids, from: at.from, to: at.to, mixed, ungrouped: at.ungrouped, gathered };
  indexCache.set(timeline, index);
  return index;
}

// The index's lanes after gathering: each lane number read (by group) to the number of its lane,
// the lanes' keys by number, and how many events each holds.
function gather(at: ByRank, gathered: Map<string, string> | undefined): { target: Int32Array; keys: string[]; counts: number[] } {
  const target = new Int32Array(at.counts.length);
  const keys: string[] = [];
  const counts: number[] = [];
  for (const [key, lane] of at.numbers) {
    const into = laneOfGroup(key === "" ? undefined : key, gathered);
    let t = keys.indexOf(into);
    if (t < 0) t = keys.push(into) - 1;
    target[lane] = t;
    counts[t] = (counts[t] ?? 0) + at.counts[lane]!;
  }
  return { target, keys, counts };
}

// What the index reads of each event, by time rank, and each event's lane by number.
interface ByRank {
  earliest: Float64Array;
  latest: Float64Array;
  startLatest: Float64Array;
  endEarliest: Float64Array;
  from: Float64Array;
  to: Float64Array;
  form: Uint8Array;
  importance: Float64Array;
  position: Float64Array;
  ids: string[];
  /** Lanes by number, in the order first met, each event's lane number, and each lane's count. */
  numbers: Map<string, number>;
  laneAt: Int32Array;
  counts: number[];
  ungrouped: boolean;
}

// The one pass over the events (which lie all over the heap), into arrays gathered lane by lane
// after. A function of its own, and small: V8 optimises a small hot loop at once, where inside
// the whole index its optimising compile took a 2-core machine 100 ms, all spent running slowly.
function readByRank(events: TimelineEvent[]): ByRank {
  const n = events.length;
  const f = () => new Float64Array(n);
  const at: ByRank = { earliest: f(), latest: f(), startLatest: f(), endEarliest: f(), from: f(), to: f(), form: new Uint8Array(n), importance: f(), position: f(), ids: new Array<string>(n), numbers: new Map(), laneAt: new Int32Array(n), counts: [], ungrouped: false };
  for (let r = 0; r < n; r++) {
    const e = events[r]!;
    const { start, end } = e;
    at.ids[r] = e.id;
    if (e.group === undefined) at.ungrouped = true;
    const key = e.group ?? "";
    let lane = at.numbers.get(key);
    if (lane === undefined) at.numbers.set(key, (lane = at.counts.push(0) - 1));
    at.laneAt[r] = lane;
    at.counts[lane]!++;
    at.earliest[r] = start.earliest;
    at.latest[r] = (end ?? start).latest;
    at.startLatest[r] = start.latest;
    at.endEarliest[r] = (end ?? start).earliest;
    at.importance[r] = e.importance;
    at.position[r] = e.index;
    at.from[r] = reachFrom(e);
    at.to[r] = reachTo(e);
    at.form[r] = !end ? (start.side ? POINT_SIDE : POINT) : start.bound || end.bound || start.side || end.side ? SPAN_BOUND : SPAN;
  }
  return at;
}

// Time ranks in the order events claim room: importance first, then the earliest start, then the
// position given. The ranks are already in time order, so equal importance keeps it.
function priorityOrder(earliest: Float64Array, importance: Float64Array, position: Float64Array): { order: Int32Array; mixed: boolean } {
  const n = earliest.length;
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) order[r] = r;
  let mixed = false;
  for (let r = 1; r < n && !mixed; r++) mixed = importance[r] !== importance[0];
  if (mixed) order.sort((x, y) => importance[y]! - importance[x]! || earliest[x]! - earliest[y]! || position[x]! - position[y]! || x - y);
  else {
    // Time order breaks ties of a start by the end; priority by the position given. Runs of a
    // shared start are short and mostly in order already: checked, then sorted in place.
    const before = (x: number, y: number) => position[x]! - position[y]! || x - y;
    for (let a = 0; a < n; ) {
      let b = a + 1;
      let sorted = true;
      while (b < n && earliest[b] === earliest[a]) {
        if (sorted && before(order[b - 1]!, order[b]!) > 0) sorted = false;
        b++;
      }
      if (!sorted) order.subarray(a, b).sort(before);
      a = b;
    }
  }
  return { order, mixed };
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
 * `timeline.events`), UTC ms, their importance and their ids, and whether importance differs: a
 * cluster's span and members, and the order events claim room in, without reading each event again.
 *
 * @example
 * ```ts
 * const { earliest, latest } = timeBounds(timeline);
 * earliest[0]; // timeline.events[0].start.earliest
 * ```
 */
export function timeBounds(timeline: Timeline): { earliest: Float64Array; latest: Float64Array; importance: Float64Array; ids: string[]; from: Float64Array; to: Float64Array; mixed: boolean } {
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
