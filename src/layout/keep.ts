/**
 * What a layout keeps of the one drawn before it (`LayoutOptions.previous`): the events drawn there
 * claim room first, each in its row where it still fits. Who wins a row is otherwise decided in
 * time order among equals, and a zoom moves every mark by a different number of pixels, so at each
 * zoom the winners were other events: three in five items of a zoom step at 10,000 events were
 * new, and the reader saw the drawing reshuffle under the pointer (as maps keep their labels
 * while zooming, a timeline keeps its events).
 *
 * @module
 */
import type { Timeline } from "../types.js";
import type { LaneSlots } from "./geometry.js";
import type { Kept } from "./lanes.js";
import type { TimelineLayout } from "./types.js";

/** What one layout drew: the time ranks of its events (not its clusters) and their rows. */
interface Drawn {
  timeline: Timeline;
  ranks: Int32Array;
  rows: Int32Array;
}

// Recorded by the layout that drew them, for the very object it returned: a layout read back from
// JSON, or made for another timeline, keeps nothing.
const drawnBy = new WeakMap<TimelineLayout, Drawn>();

// Each event's row before, plus one, by rank: one array per timeline, cleared after each layout.
const rowScratch = new WeakMap<Timeline, Int32Array>();

/**
 * Note what `layout` drew of `timeline`, so that a later layout given it as `previous` keeps it.
 *
 * @example
 * ```ts
 * remember(layout, timeline, ranks, rows);
 * ```
 */
export function remember(layout: TimelineLayout, timeline: Timeline, ranks: Int32Array, rows: Int32Array): void {
  drawnBy.set(layout, { timeline, ranks, rows });
}

/** What {@link keptOf} reads of the timeline and the plot, besides the slots. */
export interface KeepContext {
  /** By time rank, each event's importance; and whether it differs at all. */
  importance: Float64Array;
  mixed: boolean;
  plot: [number, number];
  /** The least width of an event's label, by its time rank (see `Kept.least`). */
  least: (rank: number) => number;
}

/**
 * Each lane's {@link Kept} (undefined for every lane when `previous` is not a layout of this
 * timeline), and `release`, to be called once the lanes are packed: the rows before are the
 * timeline's own array, cleared for its next layout.
 *
 * @example
 * ```ts
 * const { lanes, release } = keptOf(previous, timeline, slots, context);
 * try { pack(slots[0], rows, shape, false, lanes[0]); } finally { release(); }
 * ```
 */
export function keptOf(previous: TimelineLayout | undefined, timeline: Timeline, slots: LaneSlots[], c: KeepContext): { lanes: (Kept | undefined)[]; release: () => void } {
  const drawn = previous && drawnBy.get(previous);
  if (!drawn || drawn.timeline !== timeline || slots.length === 0) return { lanes: slots.map(() => undefined), release: () => undefined };
  const n = timeline.events.length;
  let before = rowScratch.get(timeline);
  if (!before || before.length < n) rowScratch.set(timeline, (before = new Int32Array(n)));
  const { ranks, rows } = drawn;
  const row = before;
  for (let i = 0; i < ranks.length; i++) row[ranks[i]!] = rows[i]! + 1;
  const firsts = firstSlots(ranks, slots);
  const lanes = slots.map((lane, i): Kept => ({ first: firsts[i]!, before: row, order: c.mixed ? claimOrder(lane, row, c.importance) : undefined, plot: c.plot, least: c.least }));
  return { lanes, release: () => ranks.forEach((r) => (row[r] = 0)) };
}

// Each lane's slots that hold an event drawn before, in slot order (the lane's priority order):
// found through the slots' `slotOf` from the few events drawn, never by reading every slot (a wide
// zoom's lanes hold 100,000 of them, and the first zoom runs this before V8 has optimised it).
function firstSlots(ranks: Int32Array, slots: LaneSlots[]): Int32Array[] {
  const { g } = slots[0]!;
  const byLane: number[][] = slots.map(() => []);
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i]!;
    const at = g.slotOf[r]!;
    // The slot holds this event in this layout only if it still reads so.
    if (g.rank[at] !== r) continue;
    for (let l = 0; l < slots.length; l++) {
      const { offset, count } = slots[l]!;
      if (at >= offset && at < offset + count) {
        byLane[l]!.push(at - offset);
        break;
      }
    }
  }
  return byLane.map((list) => Int32Array.from(list).sort());
}

// Where importance differs: every slot of the lane in the order it claims room. Within each run of
// equal importance, the slots drawn before go first, the rest after them, each in the order they
// came (a pass over the lane's slots, as importance comes first whatever was drawn).
function claimOrder(lane: LaneSlots, before: Int32Array, importance: Float64Array): Int32Array {
  const { g, offset, count } = lane;
  const order = new Int32Array(count);
  let out = 0;
  for (let a = 0; a < count; ) {
    const tier = importance[g.rank[offset + a]!];
    let b = a + 1;
    while (b < count && importance[g.rank[offset + b]!] === tier) b++;
    for (let k = a; k < b; k++) if (before[g.rank[offset + k]!]! > 0) order[out++] = k;
    for (let k = a; k < b; k++) if (before[g.rank[offset + k]!] === 0) order[out++] = k;
    a = b;
  }
  return order;
}
