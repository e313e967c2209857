/**
 * The rows of one lane as it is packed: sorted, disjoint intervals per row, and per pixel column
 * how many rows are full there, so that the thousands of events a wide zoom cannot place are
 * told so without a search.
 *
 * @module
 */
import type { LaneSlots } from "./geometry.js";

/** Space kept between two things in a row, px. */
export const ROW_GAP = 6;

// How far inside its exact edges a blocked zone is counted, px (see `Rows.block`).
const EDGE = 1 / 64;

// The pixel columns `Rows` counts: from a little left of the plot to past any screen's width.
const COLUMNS_BEYOND = 1024;
const MAX_COLUMN = 32_768;

/**
 * Rows of a lane as sorted, disjoint intervals: placing checks one row in O(log n), and a row
 * can never hold more items than fit side by side, whatever the number of events. Two counts per
 * pixel column, of the rows covering it and of the rows where nothing can start in it, answer "no
 * room anywhere here?" at once, which is the common case when a wide zoom holds thousands of
 * events: at 100,000, a wide step's row search turned away 17,000 events whose centres stood in
 * gaps no interval covers.
 */
export class Rows {
  // Each row's intervals as two sorted lists, their starts and their ends (no tuple per interval).
  declare private readonly starts: number[][];
  declare private readonly ends: number[][];
  declare private readonly limit: number;
  // covered[c] = rows with an interval spanning the whole column [c, c + 1] (offset by `origin`).
  declare private readonly covered: Uint16Array;
  // blocked[c] = rows where nothing can start in column c: an interval there, at least `pitch`
  // wide, would come within ROW_GAP of one the row holds (see `take`).
  declare private readonly blocked: Uint16Array;
  declare private readonly origin: number;
  // The least a thing takes of its row, px from its start (see `pack`).
  declare private readonly pitch: number;

  constructor(limit: number, lo: number, hi: number, pitch: number) {
    this.starts = [];
    this.ends = [];
    this.limit = limit;
    this.pitch = pitch;
    this.origin = Math.floor(lo);
    this.covered = new Uint16Array(Math.max(1, Math.ceil(hi) - this.origin + 1));
    this.blocked = new Uint16Array(this.covered.length);
  }

  /**
   * Surely no room in any row for a mark centred at `x` whose extent starts at `from`: the column
   * under `x` is covered in every row, or nothing can start in the column under `from` in any.
   */
  full(x: number, from: number): boolean {
    const { covered, blocked, origin, limit } = this;
    const c = Math.floor(x) - origin;
    const b = Math.floor(from) - origin;
    return (c >= 0 && c < covered.length && covered[c] === limit) || (b >= 0 && b < blocked.length && blocked[b] === limit);
  }

  /**
   * From slot `from` of a lane's slots on (`center` and `bare0`, from `offset`), the run whose
   * marks have no room in any row (see `full`), up to `to`: each overflows, written to `overflow`
   * from `at` on. Returns the slot the run stops at. A wide zoom over 100,000 events finds nearly
   * all of them here: in `pack`'s own loop each cost a call and the loop's many loads, run in the
   * interpreter until V8 had compiled `pack`, which took it 20 to 40 ms, longer than the zoom
   * step; this loop's own code is ready within a millisecond. Nothing follows the loop but the
   * return (see `extremes`): a count written back after it threw the compiled code away at every call.
   */
  overflowFull(center: Float64Array, bare0: Float64Array, offset: number, from: number, to: number, overflow: Int32Array, at: number): number {
    const { covered, blocked, origin, limit } = this;
    const columns = covered.length;
    let k = from;
    for (; k < to; k++) {
      const c = Math.floor(center[offset + k]!) - origin;
      const b = Math.floor(bare0[offset + k]!) - origin;
      // Both counts read for every slot, not the second only where the first says there is room:
      // a first render finds nearly all its slots covered, and the code V8 compiled then, with no
      // feedback for the second read, was thrown away at its first zoom's first slot.
      const covers = c >= 0 && c < columns ? covered[c]! : 0;
      const blocks = b >= 0 && b < columns ? blocked[b]! : 0;
      if (covers !== limit && blocks !== limit) break;
      overflow[at + k - from] = k;
    }
    return k;
  }

  /** The first row where [from, to] fits (creating one while under the limit), or -1; `take` claims it. */
  place(from: number, to: number, take = true): number {
    to = Math.max(to, from + this.pitch);
    // The rows' loop written out, not a call of `placeIn` per row: this runs for most events of a
    // wide zoom, and a zoom's first frames run it before V8 has optimised (and inlined) it.
    for (let r = 0; r < this.limit; r++) {
      const starts = (this.starts[r] ??= []);
      const ends = (this.ends[r] ??= []);
      const i = firstEndingAfter(ends, from - ROW_GAP);
      if (i === ends.length || starts[i]! > to + ROW_GAP) {
        if (take) this.take(r, i, from, to);
        return r;
      }
    }
    return -1;
  }

  /** Whether [from, to] fits in row `r` (below the limit); `take` claims it there. */
  placeIn(r: number, from: number, to: number, take = true): boolean {
    if (r >= this.limit) return false;
    to = Math.max(to, from + this.pitch);
    const starts = (this.starts[r] ??= []);
    const ends = (this.ends[r] ??= []);
    const i = firstEndingAfter(ends, from - ROW_GAP);
    if (i !== ends.length && starts[i]! <= to + ROW_GAP) return false;
    if (take) this.take(r, i, from, to);
    return true;
  }

  // Claims [from, to] in row r, as its i-th interval.
  private take(r: number, i: number, from: number, to: number): void {
    const starts = this.starts[r]!;
    const ends = this.ends[r]!;
    starts.splice(i, 0, from);
    ends.splice(i, 0, to);
    const { origin, covered } = this;
    const first = Math.max(0, Math.ceil(from) - origin);
    const last = Math.min(covered.length, Math.floor(to) - origin);
    for (let c = first; c < last; c++) covered[c]!++;
    this.block(starts, ends, i);
  }

  // Counts the columns where nothing can now start in the row, once each: an interval [a, b]
  // there is at least `pitch` wide, so it fits beside [from, to] only if it starts past to + ROW_GAP
  // or by from − pitch − ROW_GAP. The zones of the row's intervals either side were counted when
  // they were taken, and may overlap this one's: only the columns outside theirs are counted. Each
  // zone is taken `EDGE` px narrower, so that no rounding of its edges (`place` adds where this
  // subtracts) can call a column blocked where an interval would just fit.
  private block(starts: number[], ends: number[], i: number): void {
    const { origin, blocked, pitch } = this;
    const reach = pitch + ROW_GAP;
    const after = i > 0 ? Math.floor(ends[i - 1]! + ROW_GAP - EDGE) : -Infinity;
    const before = i + 1 < starts.length ? Math.ceil(starts[i + 1]! - reach + EDGE) : Infinity;
    const first = Math.max(0, Math.max(Math.ceil(starts[i]! - reach + EDGE), after) - origin);
    const last = Math.min(blocked.length, Math.min(Math.floor(ends[i]! + ROW_GAP - EDGE), before) - origin);
    for (let c = first; c < last; c++) blocked[c]!++;
  }

  /** Rows up to the last one holding anything: a kept event may hold a row below an empty one. */
  get used(): number {
    for (let r = this.starts.length - 1; r >= 0; r--) if (this.starts[r]!.length > 0) return r + 1;
    return 0;
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

/**
 * The pixel columns counted for marks whose centres run from `least` to `most`, px: only where a
 * plot can be. A mark far outside it (a millennium's middle seen an hour wide, 10^9 px off) would
 * otherwise ask for a count per pixel up to it; empty (`from > to`) when every mark is outside.
 *
 * @example
 * ```ts
 * countedColumns(-5e9, 600); // [-1024, 600]
 * ```
 */
export function countedColumns(least: number, most: number): [from: number, to: number] {
  return [Math.max(least, -COLUMNS_BEYOND), Math.min(most, MAX_COLUMN)];
}

/**
 * Empty rows, at most `limit`, over the columns a lane's marks stand in.
 *
 * @example
 * ```ts
 * rowsFor(lane, 3, 150).place(10, 40); // 0: the first row takes [10, 160]
 * ```
 */
export function rowsFor(lane: LaneSlots, limit: number, pitch: number): Rows {
  const [lo, hi] = countedColumns(lane.least, lane.most);
  return lo <= hi ? new Rows(limit, lo, hi, pitch) : new Rows(limit, 0, 0, pitch);
}

