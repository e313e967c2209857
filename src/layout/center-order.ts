/**
 * The order clusters read a lane's overflowing slots in: by the pixel column of their centre.
 *
 * @module
 */
import type { TimelineEvent } from "../types.js";
import { highestAt, lowestAt } from "./extremes.js";
import type { LaneSlots } from "./geometry.js";

/**
 * Slots (from the lane's first, made absolute) in order of their centre by pixel column: a
 * counting sort, since tens of thousands of events overflow at a wide zoom and clustering only
 * needs them column by column, in overflow order within a column. A few are sorted outright, ties
 * by input position.
 *
 * @example
 * ```ts
 * byCenter(packed.overflow, lane, timeline.events); // the overflow's slots, left to right
 * ```
 */
export function byCenter(overflow: Int32Array, lane: LaneSlots, byRank: TimelineEvent[]): Int32Array {
  const { g, offset } = lane;
  const n = overflow.length;
  if (n < 64) {
    const index = (k: number) => byRank[g.rank[k]!]!.index;
    const slots = Array.from(overflow, (k) => offset + k);
    return Int32Array.from(slots.sort((a, b) => g.center[a]! - g.center[b]! || index(a) - index(b)));
  }
  // Each loop over the slots is a function of its own (see `extremes`), and indexed, not
  // `for…of`: a zoom's first frames run them before V8 has optimised them, and an iterator over a
  // typed array is slow in the interpreter.
  const origin = Math.floor(lowestAt(g.center, offset, overflow));
  const starts = new Int32Array(Math.floor(highestAt(g.center, offset, overflow)) - origin + 2);
  countColumns(starts, g.center, offset, overflow, origin);
  for (let col = 1; col < starts.length; col++) starts[col]! += starts[col - 1]!;
  const out = new Int32Array(n);
  scatter(out, starts, g.center, offset, overflow, origin);
  return out;
}

// How many slots stand in each column, one column on: starts[c + 1] for column c from `origin`.
function countColumns(starts: Int32Array, center: Float64Array, offset: number, overflow: Int32Array, origin: number): void {
  for (let i = 0; i < overflow.length; i++) starts[Math.floor(center[offset + overflow[i]!]!) - origin + 1]!++;
}

// Each slot to the next place of its column (`starts`, made running sums, moves on as it fills).
function scatter(out: Int32Array, starts: Int32Array, center: Float64Array, offset: number, overflow: Int32Array, origin: number): void {
  for (let i = 0; i < overflow.length; i++) {
    const k = offset + overflow[i]!;
    out[starts[Math.floor(center[k]!) - origin]!++] = k;
  }
}
