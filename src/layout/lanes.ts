import type { LaneSlots } from "./geometry.js";
import type { Shape } from "./items.js";
import { rowsFor, type Rows } from "./rows.js";
import { ITEM } from "./sizes.js";

/**
 * The least room an event drawn takes of its row, px from its start: a row holds one at most
 * every this many px. With short titles ("E12", "March 1995") ten lanes drew a dozen labelled
 * events each, eight elements apiece, and the page passed 1,500 elements.
 */
export const ITEM_PITCH = 150;

/** The most events a row holds side by side on a plot wider than `ROW_ITEMS` × `ITEM_PITCH`. */
export const ROW_ITEMS = 8;

/**
 * The least room an event drawn takes of its row on a plot `width` px wide: `ITEM_PITCH`, or on a
 * wider plot its `ROW_ITEMS`-th part, so that a full-width chart is no heavier than a narrower one.
 *
 * @example
 * ```ts
 * itemPitch(1180); // 150
 * itemPitch(1900); // 237.5
 * ```
 */
export function itemPitch(width: number): number {
  return Math.max(ITEM_PITCH, width / ROW_ITEMS);
}

/**
 * What a lane keeps of the layout drawn before (see `LayoutOptions.previous`): the events drawn
 * there claim room first (within each importance), each in its row before where it fits.
 */
export interface Kept {
  /** The lane's slots that hold an event drawn before, in slot order. */
  first: Int32Array;
  /** By time rank, each event's row before, plus one (0: not drawn before). */
  before: Int32Array;
  /** Where importance differs: every slot in the order it claims room (`first` then goes unread). */
  order: Int32Array | undefined;
  /** The plot's left and right edges, px: a mark off it keeps its label at the edge. */
  plot: [number, number];
  /** The least width the label of the event of a time rank can take, px, found without saying its date in words. */
  least: (rank: number) => number;
}

/** The outcome of packing one lane. */
export interface Packed {
  /** Items and clusters, with their rows. */
  placed: { shape: Shape; row: number; withLabel: boolean; slot: number }[];
  /** Slots (from the lane's first) of the events that did not fit, to be clustered. */
  overflow: Int32Array;
  /** Rows in use. */
  rows: number;
}

/**
 * Pack a lane's events (their slots, in priority order: importance, then time) into at most
 * `limit` rows: each takes the first row where it fits with its label, else the first where its
 * mark alone fits (label hidden), else it overflows. With `kept`, the events drawn before claim
 * room first, each in its row before where it fits, and the others come in only with their
 * labels. `shape` makes (once) the shape of slot k. With `untilOverflow`, packing stops at the
 * first event that overflows: by then every row holds something (an event overflows only when no
 * row, empty ones included, has room), so `rows` is `limit`, and `placed` and `overflow` are only
 * what came before it. Each event takes at least `pitch` px of its row from its start, so a row
 * holds one at most every `pitch` px, whatever its titles' lengths.
 */
export function pack(lane: LaneSlots, limit: number, shape: (k: number) => Shape, untilOverflow = false, kept?: Kept, pitch = 0): Packed {
  const { g, offset, count } = lane;
  const rows = rowsFor(lane, limit, pitch);
  const placed: Packed["placed"] = [];
  const overflow = new Int32Array(count);
  let overflowed = 0;
  const order = kept?.order;
  // The slots drawn before are tried first, then every slot in order but those.
  const first = kept && !order ? kept.first : undefined;
  const firsts = first ? first.length : 0;
  // Where slots come in their own order, the runs of them with no room anywhere overflow in a
  // loop of their own, each run up to the next slot drawn before (tried first, passed over here).
  const runs = !untilOverflow && !order;
  let passed = 0;
  for (let j = 0; j < firsts + count; j++) {
    if (runs && j >= firsts) {
      const k = j - firsts;
      while (passed < firsts && first![passed]! < k) passed++;
      const stop = rows.overflowFull(g.center, g.bare0, offset, k, passed < firsts ? first![passed]! : count, overflow, overflowed);
      overflowed += stop - k;
      j = firsts + stop;
      if (j >= firsts + count) break;
    }
    const k = j < firsts ? first![j]! : order ? order[j]! : j - firsts;
    const at = offset + k;
    // The row the event had before (-1: not drawn before); tried first, not again in order.
    const before = kept ? kept.before[g.rank[at]!]! - 1 : -1;
    if (j >= firsts && before >= 0 && firsts > 0) continue;
    // Where not even the mark fits, the label cannot: skip working out its words.
    const bareRow = rows.full(g.center[at]!, g.bare0[at]!) ? -1 : rows.place(g.bare0[at]!, g.bare1[at]!, false);
    if (bareRow < 0) {
      overflow[overflowed++] = k;
      if (untilOverflow) break;
      continue;
    }
    if (kept && before < 0 && !roomForLabel(rows, g.bare0[at]!, g.bare1[at]!, g.center[at]!, kept, g.rank[at]!)) {
      rows.placeIn(bareRow, g.bare0[at]!, g.bare1[at]!);
      overflow[overflowed++] = k;
      if (untilOverflow) break;
      continue;
    }
    const s = shape(k);
    const full = s.full();
    let row = before >= 0 && rows.placeIn(before, full[0], full[1]) ? before : rows.place(full[0], full[1]);
    let withLabel = true;
    // After a zoom, an event not drawn before comes in only with its title: a bare mark in a gap
    // the kept events leave says less than the cluster it joins instead, and would be drawn anew.
    // Its mark's room is taken all the same, as a fresh layout's bare mark would take it: left
    // open, every later event there worked out its words in vain (the first zoom over 10,000
    // events took 60 ms in Node, against 13).
    let ghost = false;
    if (row < 0) {
      ghost = !!kept && before < 0;
      row = before >= 0 && rows.placeIn(before, s.bare0, s.bare1) ? before : rows.place(s.bare0, s.bare1);
      withLabel = false;
    }
    if (row < 0 || ghost) {
      overflow[overflowed++] = k;
      if (untilOverflow) break;
    } else placed.push({ shape: s, row, withLabel, slot: k });
  }
  return { placed, overflow: overflow.subarray(0, overflowed), rows: rows.used };
}

// Whether some row has room for the mark and the least its label can take beside it, on either
// side: when none has, an event that must come in with its title cannot, and its date need not be
// said in words. A mark off the plot keeps its label at the plot's edge, away from the mark: it is
// always asked.
function roomForLabel(rows: Rows, bare0: number, bare1: number, center: number, kept: Kept, rank: number): boolean {
  const { plot } = kept;
  if (center < plot[0] || center > plot[1]) return true;
  const beside = ITEM.labelPad + kept.least(rank);
  return rows.place(bare0, bare1 + beside, false) >= 0 || rows.place(bare0 - beside, bare1, false) >= 0;
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
