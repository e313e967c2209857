/**
 * Clusters: the events of a lane that found no room, merged along one row into marks that say how
 * many they hold. At a wide zoom that is nearly every event, so they are read from the lane's
 * slots as numbers, and only each cluster (not each member) becomes an object.
 *
 * @module
 */
import type { LayoutWords } from "../messages/layout.js";
import type { TimelineEvent } from "../types.js";
import type { LaneSlots } from "./geometry.js";
import { byCenter } from "./center-order.js";
import { ROW_GAP } from "./rows.js";
import type { Measure } from "./measure.js";
import type { ClusterItem, ItemLayout, PointItem, SpanItem } from "./types.js";

/** Cluster mark sizes, px. */
export const CLUSTER = { radius: 11, fontSize: 11 } as const;

/**
 * The most clusters a drawing holds, all lanes together: each lane's row of them gets its share.
 * Ten lanes of "+2" pills side by side drew over 1,500 elements, and read as noise rather than
 * as where the events are.
 */
export const MAX_CLUSTERS = 100;

/**
 * How far a cluster reaches from its first member, px, for a row of `width` px to hold `share`
 * clusters at most: a cluster starts only that far from where the one before started.
 *
 * @example
 * ```ts
 * clusterReach(1200, 10); // 120
 * ```
 */
export function clusterReach(width: number, share: number): number {
  return width / Math.max(1, share);
}

/** Where a lane's clusters go, and what they are made of. */
export interface ClusterContext {
  lane: string;
  row: number;
  /** The row's vertical centre, px. */
  y: number;
  /** How far a cluster reaches from its first member, px (see `clusterReach`). */
  reach: number;
  /** The least room an event drawn alone in the row takes, px (see `itemPitch`). */
  pitch: number;
  measure: Measure;
  /** The layout's words in the reader's language: a cluster's count and name. */
  words: Pick<LayoutWords, "clusterCount" | "clusterName">;
  /** The timeline's events in time order: a slot's rank is its position here. */
  byRank: TimelineEvent[];
  /** By rank: each event's earliest start and latest end, UTC ms, and its id. */
  earliest: Float64Array;
  latest: Float64Array;
  ids: string[];
  /**
   * An event that would be a cluster of one, as an item in the clusters' row between `from` and
   * `to` (px), if it fits there; else undefined, and it stays a cluster. `slot` is its slot, from
   * the lane's first.
   */
  alone?: (slot: number, from: number, to: number) => PointItem | SpanItem | undefined;
}

/**
 * A run of neighbours in centre order, `from` to `to` (exclusive), the pill around them, and what
 * its members cover in time: gathered as the run is made, so that a wide zoom reads each member once.
 */
interface Group {
  from: number;
  to: number;
  /** Its first member's centre: the cluster takes in what lies within its reach of it. */
  start: number;
  lo: number;
  hi: number;
  x0: number;
  x1: number;
  /** Its first member's slot: a group of one is drawn as that event where it fits. */
  slot: number;
  /** The least of its members' ranks (its first in time), their earliest start and latest end, UTC ms. */
  least: number;
  t0: number;
  t1: number;
  /** Half its pill's width for its count, and the count from which the pill is wider (one digit more). */
  half: number;
  wider: number;
}

/**
 * Merge the slots that did not fit (`overflow`, from the lane's first slot) into clusters along
 * one row: neighbours whose marks would touch become one cluster, and so do those within its
 * reach (`c.reach`) of its first member, so clusters never overlap, a row holds no more than its
 * share of them, and every event is in exactly one. An event alone there is drawn as itself
 * where `c.alone` finds it room: its own mark (a span's bar, a doubtful date's band) says more
 * than "+1".
 */
export function clusters(overflow: Int32Array, lane: LaneSlots, c: ClusterContext): ItemLayout[] {
  if (overflow.length === 0) return [];
  const order = byCenter(overflow, lane, c.byRank);
  const pill = pillOf(c.measure, c.words.clusterCount);
  // The slots become their ranks in place as they are grouped: each cluster keeps its stretch of
  // this array (its own, made for this call) as its members, where the slots are the timeline's,
  // reused by its next layout. Copying the slots, then each cluster's ranks, made a wide layout
  // over 100,000 events allocate 858 KB of typed arrays; this one array leaves 507.
  const groups = groupsOf(order, lane.g.center, lane.g.rank, c.earliest, c.latest, pill, c.reach);
  const single = c.alone ? itemsAlone(groups, lane.offset, c.alone, c.pitch) : undefined;
  return groups.map((group, i) => single?.[i] ?? cluster(order.subarray(group.from, group.to), group, c));
}

// Neighbours in centre order gathered into runs (see `clusters`), each slot read once and left as
// its rank: a loop of its own, as every loop over a lane's slots is (see `extremes`). Its arrays
// come one by one, not in the cluster context, whose map changed between a first layout and the
// first zoom: a pass of its own over the members, reading them there, was a fifth of a cold zoom
// step over 100,000 events in Node, most of it after its compiled code was thrown away.
function groupsOf(order: Int32Array, center: Float64Array, rank: Int32Array, earliest: Float64Array, latest: Float64Array, pill: Pill, reach: number): Group[] {
  // Half the width of a cluster of one.
  const alone = pillHalf(pill, 1);
  const groups: Group[] = [];
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const x = center[k]!;
    const r = rank[k]!;
    order[i] = r;
    const t0 = earliest[r]!;
    const t1 = latest[r]!;
    const last = groups[groups.length - 1];
    if (last && (Math.min(x, x - alone) <= last.x1 + ROW_GAP || x <= last.start + reach)) {
      last.to = i + 1;
      last.lo = Math.min(last.lo, x);
      last.hi = Math.max(last.hi, x);
      if (r < last.least) last.least = r;
      if (t0 < last.t0) last.t0 = t0;
      if (t1 > last.t1) last.t1 = t1;
      // The pill's width changes only with its count's digits: worked out again only then.
      if (last.to - last.from >= last.wider) around(pill, last);
      else {
        const mid = (last.lo + last.hi) / 2;
        last.x0 = Math.min(last.lo, mid - last.half);
        last.x1 = Math.max(last.hi, mid + last.half);
      }
      // A grown cluster may now reach the one before it: fold back until they are apart.
      while (groups.length > 1) {
        const prev = groups[groups.length - 2]!;
        const cur = groups[groups.length - 1]!;
        if (cur.x0 > prev.x1 + ROW_GAP) break;
        fold(prev, cur);
        around(pill, prev);
        groups.pop();
      }
    } else groups.push({ from: i, to: i + 1, start: x, lo: x, hi: x, x0: Math.min(x, x - alone), x1: Math.max(x, x + alone), slot: k, least: r, t0, t1, half: alone, wider: 10 });
  }
  return groups;
}

// The group after `prev` taken into it.
function fold(prev: Group, cur: Group): void {
  prev.to = cur.to;
  prev.lo = Math.min(prev.lo, cur.lo);
  prev.hi = Math.max(prev.hi, cur.hi);
  prev.least = Math.min(prev.least, cur.least);
  prev.t0 = Math.min(prev.t0, cur.t0);
  prev.t1 = Math.max(prev.t1, cur.t1);
}

// The groups of one drawn as items, left to right, each between what stands before it and the
// next group: by group, the item, or undefined where it stays a cluster.
function itemsAlone(groups: Group[], offset: number, item: NonNullable<ClusterContext["alone"]>, pitch: number): (PointItem | SpanItem | undefined)[] {
  const out = new Array<PointItem | SpanItem | undefined>(groups.length);
  let left = -Infinity;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const next = groups[i + 1];
    const made = group.to - group.from === 1 ? item(group.slot - offset, left, next ? next.x0 - ROW_GAP : Infinity) : undefined;
    out[i] = made;
    // An event drawn takes its pitch of the row here too, as in the rows above (see `pack`); a
    // cluster within that pitch does not end it (a cluster between two events drawn alone let the
    // second start closer than the pitch to the first).
    left = Math.max(left, (made ? Math.max(made.x1, made.x0 + pitch) : group.x1) + ROW_GAP);
  }
  return out;
}

function cluster(ranks: Int32Array, { lo, hi, x0, x1, least, t0, t1 }: Group, c: ClusterContext): ClusterItem {
  const count = ranks.length;
  // The first member in time order is the least rank: the ranks are the timeline's time order.
  const first = c.byRank[least]!;
  const text = c.words.clusterCount(count);
  const x = (lo + hi) / 2;
  const width = c.measure(text, CLUSTER.fontSize);
  // The members' ids are listed, in time order, when first read (a reader opening the cluster,
  // the focus looking for an event): a zoom frame at a wide zoom reads none of them, and listing
  // (and sorting) every member of every cluster was half of what such a layout allocated and a
  // tenth of its time. The ids by rank are the timeline's own and never change, so the list is
  // the same whenever it is made.
  const ids = c.ids;
  let members: string[] | undefined;
  return {
    kind: "cluster",
    id: `cluster:${c.lane}:${first.id}`,
    lane: c.lane,
    row: c.row,
    y: c.y,
    x0,
    x1,
    x,
    get members(): string[] {
      if (!members) {
        const sorted = timeOrder(ranks, least);
        members = [];
        for (let i = 0; i < count; i++) members.push(ids[sorted[i]!]!);
      }
      return members;
    },
    span: [t0, t1],
    label: { text, sub: "", cites: "", x: x - width / 2, y: c.y + CLUSTER.fontSize / 2 - 2, width, pinned: false },
    name: c.words.clusterName(count),
  } satisfies ItemLayout;
}

// Ranks in time order: sorted as numbers, in place. One cluster can hold most of a lane's
// events, tens of thousands: those are marked in a bit set over their ranks and read back in
// order, which takes a pass over the members and one over the set's words. A cluster whose ranks
// lie far apart for its size is sorted outright.
function timeOrder(ranks: Int32Array, least: number): Int32Array {
  let most = -Infinity;
  for (let i = 0; i < ranks.length; i++) if (ranks[i]! > most) most = ranks[i]!;
  const words = ((most - least) >> 5) + 1;
  if (ranks.length < 64 || words > ranks.length * 2) return ranks.sort();
  const bits = new Uint32Array(words);
  for (let i = 0; i < ranks.length; i++) {
    const d = ranks[i]! - least;
    bits[d >> 5]! |= 1 << (d & 31);
  }
  let k = 0;
  for (let w = 0; w < words; w++) {
    for (let word = bits[w]!; word !== 0; word &= word - 1) {
      ranks[k++] = least + (w << 5) + (31 - Math.clz32(word & -word));
    }
  }
  // Each rank is read back once: a lane's slots hold distinct events, so there are as many as went in.
  return ranks;
}

// A cluster is a pill wide enough for its count and for the stretch its members cover. Its width
// depends only on how many digits the count has (in the reader's digits), so half of it is worked
// out once per digit count, measure and language.
const pillHalves = new WeakMap<Measure, WeakMap<LayoutWords["clusterCount"], number[]>>();

// A pill's measure, words and the halves worked out so far. Read by module functions, not by
// closures made per call: a closure is a new call target in each lane, and V8 threw away
// `clusters`' optimised code at the second lane of a first layout.
interface Pill {
  measure: Measure;
  countText: LayoutWords["clusterCount"];
  halves: number[];
}

function pillOf(measure: Measure, countText: LayoutWords["clusterCount"]): Pill {
  let byWords = pillHalves.get(measure);
  if (!byWords) pillHalves.set(measure, (byWords = new WeakMap()));
  let halves = byWords.get(countText);
  if (!halves) byWords.set(countText, (halves = []));
  return { measure, countText, halves };
}

// Half the width of a pill whose count has this many digits.
function pillHalf(pill: Pill, digits: number): number {
  return (pill.halves[digits] ??= Math.max(CLUSTER.radius, (pill.measure(pill.countText("8".repeat(digits)), CLUSTER.fontSize) + 10) / 2));
}

// Widen a group's pill to its count and the stretch its members cover, and note from which count
// it widens next.
function around(pill: Pill, group: Group): void {
  const digits = String(group.to - group.from).length;
  const h = pillHalf(pill, digits);
  group.half = h;
  group.wider = 10 ** digits;
  const mid = (group.lo + group.hi) / 2;
  group.x0 = Math.min(group.lo, mid - h);
  group.x1 = Math.max(group.hi, mid + h);
}
