/**
 * The order clusters read a lane's overflowing slots in: by the pixel column of their centre.
 *
 * @module
 */
import type { TimelineEvent } from "../types.js";
import type { LaneSlots } from "./geometry.js";
import { countedColumns } from "./rows.js";

/**
 * Slots (from the lane's first, made absolute) in order of their centre by pixel column: a
 * counting sort, since tens of thousands of events overflow at a wide zoom and clustering only
 * needs them column by column, in overflow order within a column. A few are sorted outright, ties
 * by input position, and so are those whose centre lies past the columns counted.
 *
 * @example
 * ```ts
 * byCenter(packed.overflow, lane, timeline.events); // the overflow's slots, left to right
 * ```
 */
export function byCenter(overflow: Int32Array, lane: LaneSlots, byRank: TimelineEvent[]): Int32Array {
  const { g, offset } = lane;
  const n = overflow.length;
  const outright = (a: number, b: number) => g.center[a]! - g.center[b]! || byRank[g.rank[a]!]!.index - byRank[g.rank[b]!]!.index;
  // The lane's columns as the packing counts them, with one more at either end for the centres
  // past them: a mark of a millennium's middle seen an hour wide, 10^9 px off, asked for a count
  // per pixel up to it (43 s, with 400 events overflowing beside it: test/layout/slots.test.ts).
  const [lo, hi] = countedColumns(lane.least, lane.most);
  if (n < 64 || lo > hi) return Int32Array.from(overflow, (k) => offset + k).sort(outright);
  const columns: Columns = { lo, hi, origin: Math.floor(lo) - 1, above: Math.floor(hi) - Math.floor(lo) + 2 };
  const starts = new Int32Array(columns.above + 2);
  // Each loop over the slots is a function of its own (see `extremes`), and indexed, not `for…of`:
  // a zoom's first frames run them before V8 has optimised them, and an iterator over a typed
  // array is slow in the interpreter.
  countColumns(starts, g.center, offset, overflow, columns);
  for (let col = 1; col < starts.length; col++) starts[col]! += starts[col - 1]!;
  const out = new Int32Array(n);
  scatter(out, starts, g.center, offset, overflow, columns);
  // The slots past either end, each end's run sorted outright (scatter has moved each column's
  // start on to the next column's: the first run ends at starts[0], the last starts at starts[above - 1]).
  const below = starts[0]!;
  const beyond = starts[columns.above - 1]!;
  if (below > 1) out.subarray(0, below).sort(outright);
  if (n - beyond > 1) out.subarray(beyond).sort(outright);
  return out;
}

// Column 0 holds the centres below `lo`, `above` those above `hi`, and column c between them the
// centres whose floor is origin + c.
interface Columns {
  lo: number;
  hi: number;
  origin: number;
  above: number;
}

function columnOf(x: number, c: Columns): number {
  return x < c.lo ? 0 : x > c.hi ? c.above : Math.floor(x) - c.origin;
}

// How many slots stand in each column, one column on: starts[c + 1] for column c.
function countColumns(starts: Int32Array, center: Float64Array, offset: number, overflow: Int32Array, columns: Columns): void {
  for (let i = 0; i < overflow.length; i++) starts[columnOf(center[offset + overflow[i]!]!, columns) + 1]!++;
}

// Each slot to the next place of its column (`starts`, made running sums, moves on as it fills).
function scatter(out: Int32Array, starts: Int32Array, center: Float64Array, offset: number, overflow: Int32Array, columns: Columns): void {
  for (let i = 0; i < overflow.length; i++) {
    const k = offset + overflow[i]!;
    out[starts[columnOf(center[k]!, columns)]!++] = k;
  }
}
