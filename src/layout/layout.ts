import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { scaleUtc } from "d3-scale";
import { describeSpan } from "../model/date-words.js";
import type { FuzzyDate, Timeline, TimelineEvent } from "../types.js";
import { ITEM, shapeOf, type Shape, type ShapeContext } from "./items.js";
import { clusters, MAX_DEPTH, overlapDepth, pack, shareRows } from "./lanes.js";
import { estimateWidth, fitText, type Measure } from "./measure.js";
import { axisTicks } from "./ticks.js";
import type { EraLayout, ItemLayout, LaneLayout, OverviewLayout, TimelineLayout } from "./types.js";

/**
 * Options of {@link layoutTimeline}.
 *
 * @example
 * ```ts
 * layoutTimeline(timeline, { width: 800, height: 420, domain: [new Date("2008-06-01"), new Date("2008-07-01")], overview: false });
 * ```
 */
export interface LayoutOptions {
  /** Width of the drawing, px. */
  width: number;
  /** Height of the drawing, px; grows only when there are more lanes than fit. Default 420. */
  height?: number;
  /** Visible window, UTC epoch ms (or Dates); default the whole timeline. */
  domain?: [number | Date, number | Date];
  /** date-fns locale for axis labels and dates in words; default en-GB. */
  locale?: Locale;
  /** Text measure; default a Helvetica width table, so layout needs no DOM. */
  measure?: Measure;
  /** Draw the overview strip; default true. */
  overview?: boolean;
}

/**
 * Sizes of the vertical bands, px. Named here so a theme can be matched to them.
 *
 * @example
 * ```ts
 * SIZES.row; // 38: the height of one row of events in a lane, px
 * ```
 */
export const SIZES = {
  padding: 6,
  eraLabel: 18,
  laneHeader: 18,
  row: 38,
  axis: 42,
  overview: 30,
  overviewGap: 8,
  sideMargin: 12,
  minSpan: 2 * 60 * 60 * 1000,
  binWidth: 3,
} as const;

const DEFAULT_HEIGHT = 420;
const DAY = 86_400_000;
// Neither the clock nor the data can say where an empty timeline is: use a fixed, neutral year.
const EMPTY_EXTENT: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];

/**
 * Lay out a timeline at one zoom: axis ticks, lanes, positioned items, clusters, era bands and the
 * overview — plain numbers and strings that any renderer can draw. Pure and deterministic: the same
 * timeline and options give the same layout, bit for bit, in Node or a browser.
 *
 * @example
 * ```ts
 * const { timeline } = loadTimeline(csv);
 * const layout = layoutTimeline(timeline, { width: 800, domain: [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)] });
 * layout.items.map((i) => i.kind); // ["span", "point", …, "cluster"]
 * ```
 */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions): TimelineLayout {
  const width = Math.max(120, options.width);
  const measure = options.measure ?? estimateWidth;
  const locale = options.locale ?? enGB;
  const extent = extentOf(timeline);
  const domain = clampDomain(options.domain ? [+options.domain[0], +options.domain[1]] : extent, extent);
  const plotX: [number, number] = [SIZES.sideMargin, width - SIZES.sideMargin];
  const x = scaleUtc().domain(domain).range(plotX);
  const toX = (ms: number) => x(ms);
  const citations = Object.fromEntries(timeline.sources.map((s) => [s.id, s.number]));

  const lanes = laneList(timeline);
  const withOverview = options.overview !== false;
  const top = SIZES.padding + (timeline.eras.length > 0 ? SIZES.eraLabel : 0);
  const fixed = top + SIZES.axis + (withOverview ? SIZES.overview + SIZES.overviewGap : 0) + SIZES.padding;
  const headers = lanes.length > 1 || lanes[0]?.id !== "" ? SIZES.laneHeader : 0;
  const requested = options.height ?? DEFAULT_HEIGHT;
  const available = Math.max(lanes.length, Math.floor((requested - fixed - headers * lanes.length) / SIZES.row));
  // Rows a lane keeps whatever the zoom, for events that overlap in time (which no zoom pulls
  // apart), as far as the height allows; what still cannot be split is listed when activated.
  const least = fitLeast(lanes.map((lane) => Math.min(MAX_DEPTH, depthOf(timeline, lane.id))), available);

  const context: ShapeContext = { x: toX, plot: plotX, measure, locale, maxLabel: maxLabelWidth(plotX[1] - plotX[0]), citations };
  const margin = (domain[1] - domain[0]) * 0.05;
  const byLane = eventsByLane(timeline);
  const shapes = lanes.map((lane) => {
    const list: Shape[] = [];
    for (const e of byLane.get(lane.id) ?? []) {
      if (reachesInto(e, domain[0] - margin, domain[1] + margin)) list.push(shapeOf(e, context));
    }
    return list;
  });
  // A first packing with every row there is says what each lane needs at this zoom; when its
  // share turns out to be that many rows, the packing stands and is not done again.
  const trials = shapes.map((list) => pack(list, available));
  const demand = trials.map((t) => t.rows + (t.overflow.length > 0 ? 1 : 0));
  const rowsPerLane = shareRows(demand.map((d) => Math.max(1, d)), available, least);

  const items: ItemLayout[] = [];
  const laneLayouts: LaneLayout[] = [];
  let y = top;
  lanes.forEach((lane, i) => {
    const rows = rowsPerLane[i] ?? 1;
    const list = shapes[i] ?? [];
    const trial = trials[i]!;
    // Clusters get a row of their own below the items, so a lane that overflows packs its items
    // into one row fewer (a lane of one row keeps it and grows by one for its clusters). What
    // overflowed with every row there is overflows with fewer too: no need to find out again.
    const itemRows = Math.max(1, rows - 1);
    let packed = trial;
    if (trial.overflow.length > 0) packed = pack(list, itemRows);
    else if (trial.rows > rows) {
      packed = pack(list, rows);
      if (packed.overflow.length > 0 && itemRows < rows) packed = pack(list, itemRows);
    }
    const rowY = (r: number) => y + headers + r * SIZES.row + SIZES.row / 2;
    for (const { shape, row, withLabel } of packed.placed) items.push(shape.build(row, rowY(row), withLabel));
    const clustered = packed.overflow.length > 0;
    const clusterRow = clustered ? Math.max(packed.rows, 1) : 0;
    if (clustered) for (const c of clusters(packed.overflow, lane.id, clusterRow, rowY(clusterRow), measure, timeOrder(timeline))) items.push(c);
    const used = Math.max(1, clustered ? clusterRow + 1 : packed.rows);
    const height = headers + used * SIZES.row;
    laneLayouts.push({ id: lane.id, label: lane.label, y, height, rows: used });
    y += height;
  });
  items.sort((a, b) => a.x0 - b.x0 || a.y - b.y || (a.id < b.id ? -1 : 1));

  const plotBottom = Math.max(y, requested - (fixed - top));
  const axisY = plotBottom;
  const axis = { y: axisY, height: SIZES.axis, ...axisTicks({ x: toX, domain, range: plotX, locale, measure, fontSize: 11 }) };
  let height = axisY + SIZES.axis + SIZES.padding;
  let overview: OverviewLayout | undefined;
  if (withOverview) {
    overview = overviewOf(timeline, extent, domain, { x: plotX[0], y: height, width: plotX[1] - plotX[0], height: SIZES.overview });
    height += SIZES.overview + SIZES.overviewGap;
  }

  return {
    width,
    height,
    domain,
    extent,
    minSpan: SIZES.minSpan,
    plot: { x: plotX[0], y: top, width: plotX[1] - plotX[0], height: plotBottom - top },
    axis,
    lanes: laneLayouts,
    eras: timeline.eras.flatMap((era) => eraLayout(era, toX, plotX, top, citations, locale, measure)),
    items,
    ...(overview ? { overview } : {}),
    citations,
  };
}

const extentCache = new WeakMap<Timeline, [number, number]>();

/**
 * The whole time a timeline covers, with a margin, as [start, end] UTC ms.
 *
 * @example
 * ```ts
 * const [start, end] = extentOf(timeline);
 * handle.zoomTo([start, end]); // the same as "Show all"
 * ```
 */
export function extentOf(timeline: Timeline): [number, number] {
  const cached = extentCache.get(timeline);
  if (cached) return [cached[0], cached[1]];
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of [...timeline.events, ...timeline.eras]) {
    lo = Math.min(lo, item.start.earliest);
    hi = Math.max(hi, (item.end ?? item.start).latest);
  }
  const pad = Math.max((hi - lo) * 0.03, DAY / 2);
  const extent: [number, number] = lo > hi ? EMPTY_EXTENT : [lo - pad, hi + pad];
  extentCache.set(timeline, extent);
  return [extent[0], extent[1]];
}

/**
 * Where activating a cluster takes the reader: a closer window around its members, or null when
 * zooming would not get meaningfully closer (its members share their dates, or crowd each other
 * at every zoom), and the members should be listed instead.
 *
 * @example
 * ```ts
 * const target = clusterWindow(cluster, layout);
 * target ? handle.zoomTo(target) : showList(cluster.members);
 * ```
 */
export function clusterWindow(cluster: { span: [number, number] }, layout: Pick<TimelineLayout, "domain" | "extent" | "minSpan">): [number, number] | null {
  const pad = Math.max((cluster.span[1] - cluster.span[0]) * 0.15, layout.minSpan / 2);
  const target = clampDomain([cluster.span[0] - pad, cluster.span[1] + pad], layout.extent);
  return target[1] - target[0] < (layout.domain[1] - layout.domain[0]) * 0.8 ? target : null;
}

/**
 * Keep a window inside the extent and no shorter than the minimum span.
 *
 * @example
 * ```ts
 * const t = Date.UTC(2008, 5, 8);
 * clampDomain([t, t], extentOf(timeline)); // a two-hour window around t, inside the extent
 * ```
 */
export function clampDomain(domain: [number, number], extent: [number, number]): [number, number] {
  let [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const full = extent[1] - extent[0];
  let span = Math.min(Math.max(b - a, SIZES.minSpan), full);
  if (!Number.isFinite(span) || span <= 0) span = full;
  const mid = (a + b) / 2;
  a = Math.min(Math.max(mid - span / 2, extent[0]), extent[1] - span);
  b = a + span;
  return [a, b];
}

interface Lane {
  id: string;
  label: string;
}

function laneList(timeline: Timeline): Lane[] {
  const lanes: Lane[] = timeline.groups.map((g) => ({ id: g.id, label: g.label }));
  if (lanes.length === 0 || timeline.events.some((e) => e.group === undefined)) {
    lanes.push({ id: "", label: lanes.length === 0 ? "" : "Other" });
  }
  return lanes;
}

// Each lane's events, importance first, then time: the order in which they claim room. Cached
// per timeline, since every zoom lays out the same events again (so a loaded timeline is treated
// as immutable: change one by loading or building a new one).
const laneCache = new WeakMap<Timeline, Map<string, TimelineEvent[]>>();
function eventsByLane(timeline: Timeline): Map<string, TimelineEvent[]> {
  let byLane = laneCache.get(timeline);
  if (!byLane) {
    byLane = new Map();
    const sorted = [...timeline.events].sort((a, b) => b.importance - a.importance || a.start.earliest - b.start.earliest || a.index - b.index);
    for (const e of sorted) {
      const key = e.group ?? "";
      const list = byLane.get(key);
      if (list) list.push(e);
      else byLane.set(key, [e]);
    }
    laneCache.set(timeline, byLane);
  }
  return byLane;
}

// Members of a cluster in time order: the timeline's events are already in time order, so their
// positions, sorted as numbers, give it without comparing dates again.
const rankCache = new WeakMap<Timeline, (events: TimelineEvent[]) => TimelineEvent[]>();
function timeOrder(timeline: Timeline): (events: TimelineEvent[]) => TimelineEvent[] {
  let order = rankCache.get(timeline);
  if (!order) {
    const rank = new Map(timeline.events.map((e, i) => [e, i]));
    order = (events) => Array.from(Int32Array.from(events, (e) => rank.get(e) ?? 0).sort(), (r) => timeline.events[r]!);
    rankCache.set(timeline, order);
  }
  return order;
}

// Scale wished-for minimum rows down to what the height holds, keeping at least one per lane.
function fitLeast(wish: number[], available: number): number[] {
  const total = wish.reduce((a, b) => a + b, 0);
  if (total <= available) return wish;
  const least = wish.map((w) => Math.max(1, Math.floor((w * available) / total)));
  return least;
}

const depthCache = new WeakMap<Timeline, Map<string, number>>();
function depthOf(timeline: Timeline, lane: string): number {
  let byLane = depthCache.get(timeline);
  if (!byLane) {
    const intervals = new Map<string, [number, number][]>();
    for (const e of timeline.events) {
      const key = e.group ?? "";
      const list = intervals.get(key) ?? [];
      list.push([e.start.earliest, (e.end ?? e.start).latest]);
      intervals.set(key, list);
    }
    byLane = new Map([...intervals].map(([key, list]) => [key, overlapDepth(list)]));
    depthCache.set(timeline, byLane);
  }
  return byLane.get(lane) ?? 1;
}

/**
 * The time an event or era reaches: an open end (`1985/..`) reaches on without limit.
 *
 * @example
 * ```ts
 * reach(event); // [start.earliest, Infinity] for "1985-04-12/.."
 * ```
 */
export function reach(item: { start: FuzzyDate; end?: FuzzyDate }): [number, number] {
  return [reachFrom(item), reachTo(item)];
}

/**
 * Whether an event or era reaches into [from, to]; without a tuple, since it runs for every event
 * on every frame of a zoom.
 *
 * @example
 * ```ts
 * reachesInto(event, layout.domain[0], layout.domain[1]);
 * ```
 */
export function reachesInto(item: { start: FuzzyDate; end?: FuzzyDate }, from: number, to: number): boolean {
  return reachTo(item) >= from && reachFrom(item) <= to;
}

function reachFrom(item: { start: FuzzyDate }): number {
  return item.start.bound === "open" ? -Infinity : item.start.earliest;
}

function reachTo(item: { start: FuzzyDate; end?: FuzzyDate }): number {
  return item.end?.bound === "open" ? Infinity : (item.end ?? item.start).latest;
}

function eraLayout(
  era: Timeline["eras"][number],
  x: (ms: number) => number,
  plot: [number, number],
  top: number,
  citations: Record<string, number>,
  locale: Locale,
  measure: Measure,
): EraLayout[] {
  const [from, to] = reach(era);
  const x0 = Math.max(plot[0], Number.isFinite(from) ? x(from) : plot[0]);
  const x1 = Math.min(plot[1], Number.isFinite(to) ? x(to) : plot[1]);
  if (x1 <= x0) return [];
  const numbers = era.sources.map((id) => citations[id] ?? 0);
  const cites = numbers.join(",");
  const citesWidth = cites === "" ? 0 : measure(` ${cites}`, ITEM.citeFontSize);
  const text = fitText(era.title, x1 - x0 - 8 - citesWidth, ITEM.fontSize, measure);
  const when = describeSpan(era.start, era.end, { locale });
  return [
    {
      id: era.id,
      x0,
      x1,
      label: text === "" ? null : { text, sub: "", cites, x: x0 + 4, y: top - 5, width: measure(text, ITEM.fontSize) + citesWidth, pinned: x(era.start.earliest) < plot[0] },
      name: `${era.title}, ${when}${numbers.length ? `, ${numbers.length === 1 ? "source" : "sources"} ${numbers.join(", ")}` : ""}`,
      citations: numbers,
    },
  ];
}

// The density depends on the timeline and the strip's width, not on the zoom: count it once.
const binCache = new WeakMap<Timeline, Map<number, number[]>>();

function overviewOf(timeline: Timeline, extent: [number, number], domain: [number, number], box: OverviewLayout["box"]): OverviewLayout {
  const count = Math.max(1, Math.floor(box.width / SIZES.binWidth));
  const at = (ms: number) => box.x + ((ms - extent[0]) / (extent[1] - extent[0])) * box.width;
  let byCount = binCache.get(timeline);
  if (!byCount) binCache.set(timeline, (byCount = new Map<number, number[]>()));
  let bins = byCount.get(count);
  if (!bins) {
    bins = densityOf(timeline, extent, count);
    byCount.set(count, bins);
  }
  return { box, bins: [...bins], binWidth: box.width / count, window: [at(domain[0]), at(domain[1])] };
}

function densityOf(timeline: Timeline, extent: [number, number], count: number): number[] {
  // A difference array: a span over every bin costs two additions, not one per bin.
  const diff = new Array<number>(count + 1).fill(0);
  const per = (extent[1] - extent[0]) / count;
  for (const e of timeline.events) {
    const first = Math.min(count - 1, Math.max(0, Math.floor((e.start.earliest - extent[0]) / per)));
    const last = Math.min(count - 1, Math.max(first, Math.floor(((e.end ?? e.start).latest - extent[0]) / per)));
    diff[first]!++;
    diff[last + 1]!--;
  }
  const bins: number[] = [];
  diff.slice(0, count).reduce((sum, d) => (bins.push(sum + d), sum + d), 0);
  return bins;
}

// Labels may take most of a phone's width (there is little else there), less of a wide column.
function maxLabelWidth(plot: number): number {
  return Math.max(80, plot * (plot < 480 ? 0.75 : 0.45));
}
