import type { LaneSlots } from "./geometry.js";
import type { Shape } from "./items.js";

/** Space kept between two things in a row, px. */
export const ROW_GAP = 6;
// The pixel columns `Rows` counts: from a little left of the plot to past any screen's width.
const COLUMNS_BEYOND = 1024;
const MAX_COLUMN = 32_768;

/**
 * Rows of a lane as sorted, disjoint intervals: placing checks one row in O(log n), and a row
 * can never hold more items than fit side by side, whatever the number of events. A count of the
 * rows covering each pixel column answers "full everywhere here?" at once, which is the common
 * case when a wide zoom holds thousands of events.
 */
class Rows {
  // Each row's intervals as two sorted lists, their starts and their ends (no tuple per interval).
  declare private readonly starts: number[][];
  declare private readonly ends: number[][];
  declare private readonly limit: number;
  // covered[c] = rows with an interval spanning the whole column [c, c + 1] (offset by `origin`).
  declare private readonly covered: Uint16Array;
  declare private readonly origin: number;

  constructor(limit: number, lo: number, hi: number) {
    this.starts = [];
    this.ends = [];
    this.limit = limit;
    this.origin = Math.floor(lo);
    this.covered = new Uint16Array(Math.max(1, Math.ceil(hi) - this.origin + 1));
  }

  /** Surely no room in any row: the column under `x` is covered in every row. */
  full(x: number): boolean {
    const c = Math.floor(x) - this.origin;
    return c >= 0 && c < this.covered.length && this.covered[c] === this.limit;
  }

  /** The first row where [from, to] fits (creating one while under the limit), or -1; `take` claims it. */
  place(from: number, to: number, take = true): number {
    for (let r = 0; r < this.limit; r++) {
      const starts = (this.starts[r] ??= []);
      const ends = (this.ends[r] ??= []);
      const i = firstEndingAfter(ends, from - ROW_GAP);
      if (i === ends.length || starts[i]! > to + ROW_GAP) {
        if (take) {
          starts.splice(i, 0, from);
          ends.splice(i, 0, to);
          const first = Math.max(0, Math.ceil(from) - this.origin);
          const last = Math.min(this.covered.length, Math.floor(to) - this.origin);
          for (let c = first; c < last; c++) this.covered[c]!++;
        }
        return r;
      }
    }
    return -1;
  }

  get used(): number {
    return this.starts.filter((r) => r.length > 0).length;
  }
}

function firstEndingAfter(ends: number[], x: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outcome of packing one lane. */
export interface Packed {
  /** Items and clusters, with their rows. */
  placed: { shape: Shape; row: number; withLabel: boolean }[];
  /** Slots (from the lane's first) of the events that did not fit, to be clustered. */
  overflow: Int32Array;
  /** Rows in use. */
  rows: number;
}

/**
 * Pack a lane's events (their slots, in priority order: importance, then time) into at most
 * `limit` rows: each takes the first row where it fits with its label, else the first where its
 * mark alone fits (label hidden), else it overflows. `shape` makes (once) the shape of slot k.
 * With `untilOverflow`, packing stops at the first event that overflows: by then every row holds
 * something (an event overflows only when no row, empty ones included, has room), so `rows` is
 * `limit`, and `placed` and `overflow` are only what came before it.
 */
export function pack(lane: LaneSlots, limit: number, shape: (k: number) => Shape, untilOverflow = false): Packed {
  const { g, offset, count } = lane;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = offset; k < offset + count; k++) {
    const center = g.center[k]!;
    if (center < lo) lo = center;
    if (center > hi) hi = center;
  }
  // Columns are counted only where a plot can be: a mark far outside it (a millennium's middle
  // seen an hour wide, 10^9 px off) would otherwise ask for a count per pixel up to it.
  lo = Math.max(lo, -COLUMNS_BEYOND);
  hi = Math.min(hi, MAX_COLUMN);
  const rows = lo <= hi ? new Rows(limit, lo, hi) : new Rows(limit, 0, 0);
  const placed: Packed["placed"] = [];
  const overflow = new Int32Array(count);
  let overflowed = 0;
  for (let k = 0; k < count; k++) {
    const at = offset + k;
    // Where not even the mark fits, the label cannot: skip working out its words.
    if (rows.full(g.center[at]!) || rows.place(g.bare0[at]!, g.bare1[at]!, false) < 0) {
      overflow[overflowed++] = k;
      if (untilOverflow) break;
      continue;
    }
    const s = shape(k);
    const full = s.full();
    let row = rows.place(full[0], full[1]);
    let withLabel = true;
    if (row < 0) {
      row = rows.place(s.bare0, s.bare1);
      withLabel = false;
    }
    if (row < 0) {
      overflow[overflowed++] = k;
      if (untilOverflow) break;
    } else placed.push({ shape: s, row, withLabel });
  }
  return { placed, overflow: overflow.subarray(0, overflowed), rows: rows.used };
}

/**
 * Share `available` rows between lanes by demand: every lane gets its minimum (at least one), the
 * rest go where most is missing.
 */
export function shareRows(demand: number[], available: number, minimum: number[] = []): number[] {
  const least = demand.map((_, i) => Math.max(1, minimum[i] ?? 1));
  const total = demand.reduce((a, b) => a + b, 0);
  if (total <= available) return demand.map((d, i) => Math.max(least[i]!, d));
  const share = [...least];
  let left = available - share.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let best = -1;
    let gap = 0;
    demand.forEach((d, i) => {
      const missing = (d - share[i]!) / d;
      if (d > share[i]! && missing > gap) {
        gap = missing;
        best = i;
      }
    });
    if (best < 0) break;
    share[best]!++;
    left--;
  }
  return share;
}


/** Most rows a lane keeps in reserve for events that overlap in time. */
export const MAX_DEPTH = 8;

/**
 * How many of the intervals from `starts[i]` to `ends[i]` overlap at the busiest instant. Events that overlap in time can never be
 * split by zooming, so a lane needs this many rows (up to {@link MAX_DEPTH}) for its clusters to
 * come apart when the reader zooms in.
 */
export function overlapDepth(starts: ArrayLike<number>, ends: ArrayLike<number>): number {
  // Starts and ends sorted apart and merged: no pair per edge, and native numeric sorts.
  const from = Float64Array.from(starts).sort();
  const to = Float64Array.from(ends).sort();
  let depth = 0;
  let most = 0;
  // Starts before ends at the same instant: touching intervals count as overlapping.
  for (let i = 0, j = 0; i < from.length; ) {
    if (j >= to.length || from[i]! <= to[j]!) {
      depth++;
      i++;
      if (depth > most) most = depth;
    } else {
      depth--;
      j++;
    }
  }
  return most;
}
