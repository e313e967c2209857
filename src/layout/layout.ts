import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { scaleUtc } from "d3-scale";
import { describeSpan } from "../model/date-words.js";
import type { Timeline, TimelineEvent } from "../types.js";
import { ITEM, shapeOf, type ShapeContext } from "./items.js";
import { clusters, pack, shareRows } from "./lanes.js";
import { estimateWidth, fitText, type Measure } from "./measure.js";
import { axisTicks } from "./ticks.js";
import type { EraLayout, ItemLayout, LaneLayout, OverviewLayout, TimelineLayout } from "./types.js";

/** Options of {@link layoutTimeline}. */
export interface LayoutOptions {
  /** Width of the drawing, px. */
  width: number;
  /** Height of the drawing, px; grows when there are more lanes than fit. Default 360. */
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

/** Sizes of the vertical bands, px. Named here so a theme can be matched to them. */
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

const DEFAULT_HEIGHT = 360;
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

  const context: ShapeContext = { x: toX, plot: plotX, measure, locale, maxLabel: Math.max(80, (plotX[1] - plotX[0]) * 0.45), citations };
  const margin = (domain[1] - domain[0]) * 0.05;
  const shapes = lanes.map((lane) =>
    byPriority(timeline)
      .filter((e) => (e.group ?? "") === lane.id && (e.end ?? e.start).latest >= domain[0] - margin && e.start.earliest <= domain[1] + margin)
      .map((e) => shapeOf(e, context)),
  );
  const demand = shapes.map((list) => {
    const trial = pack(list, available);
    return trial.rows + (trial.overflow.length > 0 ? 1 : 0);
  });
  const rowsPerLane = shareRows(demand.map((d) => Math.max(1, d)), available);

  const items: ItemLayout[] = [];
  const laneLayouts: LaneLayout[] = [];
  let y = top;
  lanes.forEach((lane, i) => {
    const rows = rowsPerLane[i] ?? 1;
    const list = shapes[i] ?? [];
    let packed = pack(list, rows);
    // Overflow needs a row of its own for clusters: pack again with one row fewer.
    if (packed.overflow.length > 0 && rows > 1) packed = pack(list, rows - 1);
    const rowY = (r: number) => y + headers + r * SIZES.row + SIZES.row / 2;
    for (const { shape, row, withLabel } of packed.placed) items.push(shape.build(row, rowY(row), withLabel));
    const clusterRow = packed.overflow.length > 0 ? Math.min(rows - 1, packed.rows) : 0;
    if (packed.overflow.length > 0) items.push(...clusters(packed.overflow, lane.id, clusterRow, rowY(clusterRow), measure));
    const used = Math.max(1, packed.rows + (packed.overflow.length > 0 && rows > 1 ? 1 : 0));
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

/** The whole time a timeline covers, with a margin, as [start, end] UTC ms. */
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

/** Keep a window inside the extent and no shorter than the minimum span. */
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

// Importance first, then time: the order in which events claim room. Cached per timeline,
// since every zoom lays out the same events again.
const priorityCache = new WeakMap<Timeline, TimelineEvent[]>();
function byPriority(timeline: Timeline): TimelineEvent[] {
  let list = priorityCache.get(timeline);
  if (!list) {
    list = [...timeline.events].sort((a, b) => b.importance - a.importance || a.start.earliest - b.start.earliest || a.index - b.index);
    priorityCache.set(timeline, list);
  }
  return list;
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
  const x0 = Math.max(plot[0], x(era.start.earliest));
  const x1 = Math.min(plot[1], x((era.end ?? era.start).latest));
  if (x1 <= x0) return [];
  const text = fitText(era.title, x1 - x0 - 8, ITEM.fontSize, measure);
  const when = describeSpan(era.start, era.end, { locale });
  return [
    {
      id: era.id,
      x0,
      x1,
      label: text === "" ? null : { text, sub: "", x: x0 + 4, y: top - 5, width: measure(text, ITEM.fontSize), pinned: x(era.start.earliest) < plot[0] },
      name: `${era.title}, ${when}`,
      citations: era.sources.map((id) => citations[id] ?? 0),
    },
  ];
}

function overviewOf(timeline: Timeline, extent: [number, number], domain: [number, number], box: OverviewLayout["box"]): OverviewLayout {
  const count = Math.max(1, Math.floor(box.width / SIZES.binWidth));
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
  const at = (ms: number) => box.x + ((ms - extent[0]) / (extent[1] - extent[0])) * box.width;
  return { box, bins, binWidth: box.width / count, window: [at(domain[0]), at(domain[1])] };
}
