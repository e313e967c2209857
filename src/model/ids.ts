/**
 * Deterministic identifiers: the same input gives the same ids on every load, so links, deep
 * links and tests can rely on them.
 *
 * @module
 */
import type { Timeline, TimelineEvent } from "../types.js";

/** Returns `base`, or `base-2`, `base-3`, … — the first one not yet in `taken`, which it then joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base === "" ? "item" : base;
  // Most ids are free: one look-up (adding) says so, with no need for the counters.
  const size = taken.size;
  if (taken.add(root).size > size) return root;
  let id = root;
  // Where the last search for this root stopped: 50,000 sources with one slug would otherwise
  // try 2, 3, … from the start each time, quadratic in the sheet's length.
  let counters = next.get(taken);
  if (!counters) next.set(taken, (counters = new Map<string, number>()));
  for (let n = counters.get(root) ?? 2; taken.has(id); n++) {
    id = `${root}-${n}`;
    counters.set(root, n + 1);
  }
  taken.add(id);
  return id;
}

const next = new WeakMap<Set<string>, Map<string, number>>();

// Each timeline's events by id, made at the first look-up: at 100,000 events the map takes 50 ms,
// which a first render that looks nothing up need not wait for. The view makes it a part at a time
// while the page is idle (`indexIds`, view/render.ts), so that no one task holds the page for
// that long. A timeline is not changed once made (the layout's index holds the same).
interface ById {
  map: Map<string, TimelineEvent>;
  /** How many of the events the map holds: the first `next`. */
  next: number;
  /** Look-ups that walked the rest, and the last one's id and answer (a choice asks for its event five times). */
  scans: number;
  lastId?: string;
  last?: TimelineEvent;
}

const byId = new WeakMap<Timeline, ById>();

// How many look-ups before the map is whole find their event by walking the part not yet made,
// before one makes the rest. A walk over the 95,000 events left of 100,000 took 1–16 ms in Node
// (the first, cold, the slowest); making their part of the map, 60–90 in Chromium: a reader zooming
// or choosing right after a first render asked for one id, and waited for the whole map.
const SCANS = 4;

/**
 * A timeline's events by id, made once per timeline.
 *
 * @example
 * ```ts
 * eventsById(timeline).get("visit")?.title; // "Maliki visits Tehran"
 * ```
 */
export function eventsById(timeline: Timeline): ReadonlyMap<string, TimelineEvent> {
  indexIds(timeline, Number.POSITIVE_INFINITY);
  return byId.get(timeline)!.map;
}

/**
 * The event with this id (the last of them, where a timeline built by hand gives one twice), as
 * `eventsById(timeline).get(id)` finds it, without making the rest of the map for the first few
 * look-ups while it is made a part at a time (see `indexIds`).
 *
 * @example
 * ```ts
 * eventById(timeline, "visit")?.title; // "Maliki visits Tehran"
 * ```
 */
export function eventById(timeline: Timeline, id: string): TimelineEvent | undefined {
  const made = record(timeline);
  const events = timeline.events;
  if (made.next < events.length && made.lastId === id) return made.last;
  if (made.next === events.length || made.scans >= SCANS) return eventsById(timeline).get(id);
  made.scans++;
  // From the end: a later event with the id wins, as it does in the map.
  let found: TimelineEvent | undefined;
  for (let i = events.length - 1; i >= made.next && !found; i--) if (events[i]!.id === id) found = events[i];
  made.lastId = id;
  return (made.last = found ?? made.map.get(id));
}

/**
 * Add up to `count` more of a timeline's events to its map by id (see `eventsById`); true once
 * the map holds them all. A later id repeated wins, as in `new Map(entries)`.
 *
 * @example
 * ```ts
 * while (!indexIds(timeline, 5_000)) await idle(); // then eventsById(timeline) is made
 * ```
 */
export function indexIds(timeline: Timeline, count: number): boolean {
  const made = record(timeline);
  const events = timeline.events;
  const end = Math.min(events.length, made.next + count);
  addIds(made.map, events, made.next, end);
  made.next = end;
  return end === events.length;
}

// A loop, not `new Map(events.map(…))`: no pair made per event. A function that does nothing
// after its loop but return (see `layout/extremes`): with the loop inside `indexIds`, the code V8
// compiled while the first call looped was thrown away after the loop at every later call.
function addIds(map: Map<string, TimelineEvent>, events: readonly TimelineEvent[], from: number, to: number): void {
  for (let i = from; i < to; i++) map.set(events[i]!.id, events[i]!);
}

function record(timeline: Timeline): ById {
  let made = byId.get(timeline);
  if (!made) byId.set(timeline, (made = { map: new Map(), next: 0, scans: 0 }));
  return made;
}
