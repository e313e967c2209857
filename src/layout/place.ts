/**
 * The lanes of one window packed into the drawing's rows: each lane's events in the window as
 * slots, the rows shared between lanes by what each needs, every lane packed into its share (the
 * events the layout before drew first, when it is given), and what does not fit clustered.
 *
 * @module
 */
import type { Timeline } from "../types.js";
import { clusterReach, clusters, MAX_CLUSTERS, type ClusterContext } from "./clusters.js";
import { withSlots, type LaneSlots } from "./geometry.js";
import { drawnFor } from "./item-event.js";
import { leastLabel } from "./event-texts.js";
import { shapeAt, type Shape, type ShapeContext } from "./items.js";
import { keptOf } from "./keep.js";
import { depthOf, laneEvents, timeBounds, type Lane } from "./lane-events.js";
import { itemPitch, MAX_DEPTH, pack, shareRows, type Kept, type Packed } from "./lanes.js";
import { SIZES } from "./sizes.js";
import type { ItemLayout, LaneLayout, TimelineLayout } from "./types.js";

// The window is laid out with a twentieth of its width more on either side: an event just past
// the edge still claims its room, and its label can reach in.
const MARGIN = 0.05;

/** The vertical budget: what the fixed bands take, and how many rows of events the rest holds. */
export interface Bands {
  /** Top of the lanes, below the era labels, px. */
  top: number;
  /** Height of everything but the lanes, px. */
  fixed: number;
  /** Height of a lane's heading (0 when there is only the unnamed lane), px. */
  headers: number;
  /** The height asked for, px. */
  requested: number;
  /** Rows of events that fit, at least one per lane. */
  available: number;
  withOverview: boolean;
}

/** Every lane's items and clusters, in time order, the lanes themselves, and where the last one ends. */
export interface PlacedLanes {
  items: ItemLayout[];
  lanes: LaneLayout[];
  bottom: number;
  /** The events drawn (not the clusters): their time ranks and rows. */
  drawn: { ranks: Int32Array; rows: Int32Array };
}

/**
 * Every lane of the window `domain` packed into its share of the rows, with its clusters: the
 * events `previous` drew claim room first (see `LayoutOptions.previous`).
 *
 * @example
 * ```ts
 * const { items, lanes, bottom } = placeLanes(timeline, laneList(timeline), bands, context, domain, undefined);
 * ```
 */
export function placeLanes(timeline: Timeline, lanes: Lane[], bands: Bands, context: ShapeContext, domain: [number, number], previous: TimelineLayout | undefined): PlacedLanes {
  const margin = (domain[1] - domain[0]) * MARGIN;
  const byLane = laneEvents(timeline);
  const events = lanes.map((lane) => byLane.get(lane.id));
  return withSlots(timeline, events, context, domain[0] - margin, domain[1] + margin, (slots) => {
    // Shapes are made only for the events that may get a row, once each, whichever packing asks.
    const shapes = slots.map((lane) => {
      const made = new Map<number, Shape>();
      return (k: number): Shape => {
        let shape = made.get(k);
        if (!shape) {
          const at = lane.offset + k;
          made.set(k, (shape = shapeAt(lane.g, at, timeline.events[lane.g.rank[at]!]!, context)));
        }
        return shape;
      };
    });
    const { importance, mixed } = timeBounds(timeline);
    const least = (rank: number) => leastLabel(timeline.events[rank]!, rank, context);
    const kept = keptOf(previous, timeline, slots, { importance, mixed, plot: context.plot, least });
    try {
      return placeAll(timeline, lanes, bands, context, { slots, shapes, kept: kept.lanes });
    } finally {
      kept.release();
    }
  });
}

/** Each lane's slots in the window, how its shapes are made, and what it keeps of the layout before. */
interface LaneInputs {
  slots: LaneSlots[];
  shapes: ((k: number) => Shape)[];
  kept: (Kept | undefined)[];
}

// Packs every lane into its share of the rows, its items and clusters in time order, and notes
// which events were drawn in which rows (for the next layout to keep).
function placeAll(timeline: Timeline, lanes: Lane[], bands: Bands, context: ShapeContext, { slots, shapes, kept }: LaneInputs): PlacedLanes {
  const { available, headers } = bands;
  // Rows a lane keeps whatever the zoom, for events that overlap in time (which no zoom pulls
  // apart), as far as the height allows; what still cannot be split is listed when activated.
  const least = fitLeast(lanes.map((lane) => Math.min(MAX_DEPTH, depthOf(timeline, lane.id))), available);
  // A first packing with every row there is says what each lane needs at this zoom; when its
  // share turns out to be that many rows, the packing stands and is not done again. A lane that
  // overflows even so needs all of them and one for its clusters, which its first overflow
  // shows: at a wide zoom that is early, and the rest is packed once, into the lane's share.
  const pitch = itemPitch(context.plot[1] - context.plot[0]);
  const trials = slots.map((lane, i) => pack(lane, available, shapes[i]!, true, kept[i], pitch));
  const demand = trials.map((t) => t.rows + (t.overflow.length > 0 ? 1 : 0));
  const rowsPerLane = shareRows(demand.map((d) => Math.max(1, d)), available, least);

  const items: ItemLayout[] = [];
  const laneLayouts: LaneLayout[] = [];
  const drawn: number[] = [];
  const { earliest, latest, ids } = timeBounds(timeline);
  // Clusters are made over the plot and the margin either side of it (see placeLanes).
  const reach = clusterReach((context.plot[1] - context.plot[0]) * (1 + 2 * MARGIN), Math.floor(MAX_CLUSTERS / Math.max(1, lanes.length)));
  let y = bands.top;
  lanes.forEach((lane, i) => {
    const rowY = (r: number) => y + headers + r * SIZES.row + SIZES.row / 2;
    const c: LaneContext = { lane: lane.id, rowY, reach, pitch, measure: context.measure, words: context.words, byRank: timeline.events, earliest, latest, ids, shape: shapes[i]!, kept: kept[i], drawn };
    const used = placeLane(slots[i]!, trials[i]!, rowsPerLane[i] ?? 1, c, items);
    const height = headers + used * SIZES.row;
    laneLayouts.push({ id: lane.id, label: lane.label, y, height, rows: used, ...(lane.gathered ? { gathered: lane.gathered } : {}) });
    y += height;
  });
  items.sort((a, b) => a.x0 - b.x0 || a.y - b.y || (a.id < b.id ? -1 : 1));
  const ranks = new Int32Array(drawn.length >> 1);
  const rows = new Int32Array(ranks.length);
  for (let j = 0; j < ranks.length; j++) {
    ranks[j] = drawn[2 * j]!;
    rows[j] = drawn[2 * j + 1]!;
  }
  return { items, lanes: laneLayouts, bottom: y, drawn: { ranks, rows } };
}

/** Where one lane's rows are and how its shapes and clusters are made. */
interface LaneContext extends Omit<ClusterContext, "row" | "y"> {
  /** The vertical centre of a row, px. */
  rowY: (row: number) => number;
  shape: (k: number) => Shape;
  /** What the lane keeps of the layout before, if anything. */
  kept: Kept | undefined;
  /** Each event drawn, as its rank and row, in turn. */
  drawn: number[];
}

// Packs one lane into its share of rows, adds its items and clusters to `items`, and says how many
// rows it uses.
function placeLane(lane: LaneSlots, trial: Packed, rows: number, c: LaneContext, items: ItemLayout[]): number {
  // Clusters get a row of their own below the items, so a lane that overflows packs its items
  // into one row fewer (a lane of one row keeps it and grows by one for its clusters). What
  // overflowed with every row there is overflows with fewer too: no need to find out again.
  const itemRows = Math.max(1, rows - 1);
  let packed = trial;
  if (trial.overflow.length > 0) packed = pack(lane, itemRows, c.shape, false, c.kept, c.pitch);
  else if (trial.rows > rows) {
    packed = pack(lane, rows, c.shape, false, c.kept, c.pitch);
    if (packed.overflow.length > 0 && itemRows < rows) packed = pack(lane, itemRows, c.shape, false, c.kept, c.pitch);
  }
  for (const { shape, row, withLabel, slot } of packed.placed) {
    items.push(drawnFor(shape.build(row, c.rowY(row), withLabel), shape.event));
    c.drawn.push(lane.g.rank[lane.offset + slot]!, row);
  }
  const clustered = packed.overflow.length > 0;
  const clusterRow = clustered ? Math.max(packed.rows, 1) : 0;
  if (clustered) {
    const y = c.rowY(clusterRow);
    // A cluster of one is drawn as its event, with its title where that fits, else as its bare mark.
    const alone = (k: number, from: number, to: number) => {
      const shape = c.shape(k);
      const full = shape.full();
      const withLabel = full[0] >= from && full[1] <= to;
      if (!withLabel && (shape.bare0 < from || shape.bare1 > to)) return undefined;
      c.drawn.push(lane.g.rank[lane.offset + k]!, clusterRow);
      return drawnFor(shape.build(clusterRow, y, withLabel), shape.event);
    };
    for (const item of clusters(packed.overflow, lane, { ...c, row: clusterRow, y, alone })) items.push(item);
  }
  return Math.max(1, clustered ? clusterRow + 1 : packed.rows);
}

// Scale wished-for minimum rows down to what the height holds, keeping at least one per lane.
function fitLeast(wish: number[], available: number): number[] {
  const total = wish.reduce((a, b) => a + b, 0);
  if (total <= available) return wish;
  return wish.map((w) => Math.max(1, Math.floor((w * available) / total)));
}
