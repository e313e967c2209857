import { layoutEn } from "../messages/layout.js";
import type { Measure } from "./measure.js";
import type { TimelineEvent } from "../types.js";
import type { Shape } from "./items.js";
import type { ClusterItem, ItemLayout } from "./types.js";

/** Space kept between two things in a row, px. */
export const ROW_GAP = 6;

/**
 * Rows of a lane as sorted, disjoint intervals: placing checks one row in O(log n), and a row
 * can never hold more items than fit side by side, whatever the number of events. A count of the
 * rows covering each pixel column answers "full everywhere here?" at once, which is the common
 * case when a wide zoom holds thousands of events.
 */
class Rows {
  readonly rows: [number, number][][] = [];
  // covered[c] = rows with an interval spanning the whole column [c, c + 1] (offset by `origin`).
  private readonly covered: Uint16Array;
  private readonly origin: number;

  constructor(
    readonly limit: number,
    range: [number, number],
  ) {
    this.origin = Math.floor(range[0]);
    this.covered = new Uint16Array(Math.max(1, Math.ceil(range[1]) - this.origin + 1));
  }

  /** Surely no room in any row: the column under `x` is covered in every row. */
  full(x: number): boolean {
    const c = Math.floor(x) - this.origin;
    return c >= 0 && c < this.covered.length && this.covered[c] === this.limit;
  }

  /** The first row where `span` fits (creating one while under the limit), or -1; `take` claims it. */
  place(span: [number, number], take = true): number {
    for (let r = 0; r < this.limit; r++) {
      const row = (this.rows[r] ??= []);
      const i = firstEndingAfter(row, span[0] - ROW_GAP);
      const next = row[i];
      if (next === undefined || next[0] > span[1] + ROW_GAP) {
        if (take) {
          row.splice(i, 0, span);
          const from = Math.max(0, Math.ceil(span[0]) - this.origin);
          const to = Math.min(this.covered.length, Math.floor(span[1]) - this.origin);
          for (let c = from; c < to; c++) this.covered[c]!++;
        }
        return r;
      }
    }
    return -1;
  }

  get used(): number {
    return this.rows.filter((r) => r.length > 0).length;
  }
}

function firstEndingAfter(row: [number, number][], x: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]![1] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outcome of packing one lane. */
export interface Packed {
  /** Items and clusters, with their rows. */
  placed: { shape: Shape; row: number; withLabel: boolean }[];
  /** Shapes that did not fit, to be clustered. */
  overflow: Shape[];
  /** Rows in use. */
  rows: number;
}

/**
 * Pack a lane's shapes (already in priority order: importance, then time) into at most `limit`
 * rows: each takes the first row where it fits with its label, else the first where its mark
 * alone fits (label hidden), else it overflows.
 */
export function pack(shapes: Shape[], limit: number): Packed {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of shapes) {
    if (s.center < lo) lo = s.center;
    if (s.center > hi) hi = s.center;
  }
  const rows = new Rows(limit, lo <= hi ? [lo, hi] : [0, 0]);
  const placed: Packed["placed"] = [];
  const overflow: Shape[] = [];
  for (const shape of shapes) {
    // Where not even the mark fits, the label cannot: skip working out its words.
    if (rows.full(shape.center) || rows.place(shape.bare, false) < 0) {
      overflow.push(shape);
      continue;
    }
    let row = rows.place(shape.full());
    let withLabel = true;
    if (row < 0) {
      row = rows.place(shape.bare);
      withLabel = false;
    }
    if (row < 0) overflow.push(shape);
    else placed.push({ shape, row, withLabel });
  }
  return { placed, overflow, rows: rows.used };
}

/** Cluster mark sizes, px. */
export const CLUSTER = { radius: 11, fontSize: 11 } as const;

/**
 * Merge shapes that did not fit into clusters along one row: neighbours whose marks would touch
 * become one cluster, so clusters never overlap and every shape is in exactly one.
 */
export function clusters(overflow: Shape[], lane: string, row: number, y: number, measure: Measure, timeOrder: (events: TimelineEvent[]) => TimelineEvent[]): ClusterItem[] {
  const groups: { members: Shape[]; lo: number; hi: number; extent: [number, number] }[] = [];
  for (const shape of byCenter(overflow)) {
    const last = groups[groups.length - 1];
    const alone = pill(shape.center, shape.center, 1, measure);
    if (last && alone[0] <= last.extent[1] + ROW_GAP) {
      last.members.push(shape);
      last.lo = Math.min(last.lo, shape.center);
      last.hi = Math.max(last.hi, shape.center);
      last.extent = pill(last.lo, last.hi, last.members.length, measure);
      // A grown cluster may now reach the one before it: fold back until they are apart.
      while (groups.length > 1) {
        const prev = groups[groups.length - 2]!;
        const cur = groups[groups.length - 1]!;
        if (cur.extent[0] > prev.extent[1] + ROW_GAP) break;
        for (const m of cur.members) prev.members.push(m);
        prev.lo = Math.min(prev.lo, cur.lo);
        prev.hi = Math.max(prev.hi, cur.hi);
        prev.extent = pill(prev.lo, prev.hi, prev.members.length, measure);
        groups.pop();
      }
    } else groups.push({ members: [shape], lo: shape.center, hi: shape.center, extent: alone });
  }
  return groups.map(({ members, lo, hi, extent }) => {
    const events = timeOrder(members.map((m) => m.event));
    const first = events[0]!;
    const text = layoutEn.clusterCount(events.length);
    const x = (lo + hi) / 2;
    const width = measure(text, CLUSTER.fontSize);
    let from = Infinity;
    let to = -Infinity;
    for (const e of events) {
      if (e.start.earliest < from) from = e.start.earliest;
      if ((e.end ?? e.start).latest > to) to = (e.end ?? e.start).latest;
    }
    return {
      kind: "cluster",
      id: `cluster:${lane}:${first.id}`,
      lane,
      row,
      y,
      x0: extent[0],
      x1: extent[1],
      x,
      members: events.map((e) => e.id),
      span: [from, to],
      label: { text, sub: "", cites: "", x: x - width / 2, y: y + CLUSTER.fontSize / 2 - 2, width, pinned: false },
      name: layoutEn.clusterName(events.length),
    } satisfies ItemLayout;
  });
}

// Shapes in order of their centre by pixel column (a bucket sort: tens of thousands of shapes
// overflow at a wide zoom, and clustering only needs them column by column).
function byCenter(shapes: Shape[]): Shape[] {
  if (shapes.length < 64) return [...shapes].sort((a, b) => a.center - b.center || a.event.index - b.event.index);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of shapes) {
    if (s.center < lo) lo = s.center;
    if (s.center > hi) hi = s.center;
  }
  const origin = Math.floor(lo);
  const buckets: Shape[][] = Array.from({ length: Math.floor(hi) - origin + 1 }, () => []);
  for (const s of shapes) buckets[Math.floor(s.center) - origin]!.push(s);
  const out: Shape[] = [];
  for (const bucket of buckets) for (const s of bucket) out.push(s);
  return out;
}

// A cluster is a pill wide enough for its count and for the stretch its members cover. Its width
// depends only on how many digits the count has, so it is measured once per digit count.
const pillWidths = new WeakMap<Measure, number[]>();
function pill(lo: number, hi: number, count: number, measure: Measure): [number, number] {
  let widths = pillWidths.get(measure);
  if (!widths) pillWidths.set(measure, (widths = []));
  const digits = String(count).length;
  const width = (widths[digits] ??= measure(layoutEn.clusterCount("8".repeat(digits)), CLUSTER.fontSize));
  const half = Math.max(CLUSTER.radius, (width + 10) / 2);
  const mid = (lo + hi) / 2;
  return [Math.min(lo, mid - half), Math.max(hi, mid + half)];
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
 * How many of `intervals` overlap at the busiest instant. Events that overlap in time can never be
 * split by zooming, so a lane needs this many rows (up to {@link MAX_DEPTH}) for its clusters to
 * come apart when the reader zooms in.
 */
export function overlapDepth(intervals: [number, number][]): number {
  const edges: [number, number][] = [];
  for (const [a, b] of intervals) edges.push([a, 1], [b, -1]);
  // Starts before ends at the same instant: touching intervals count as overlapping.
  edges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  let depth = 0;
  let most = 0;
  for (const [, step] of edges) {
    depth += step;
    if (depth > most) most = depth;
  }
  return most;
}
