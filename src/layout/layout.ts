/**
 * The layout's entry: a timeline at one zoom as plain numbers and strings. The vertical bands and
 * the packing of lanes are worked out here; windows of time, the overview, eras and the per-timeline
 * orders live in files of their own, re-exported here for the callers that import them from here.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { layoutEn, type LayoutWords } from "../messages/layout.js";
import type { DateWordsOptions } from "../model/date-words.js";
import { citationText } from "../model/citation.js";
import type { Calendar, Timeline } from "../types.js";
import { clampDomain } from "./domain.js";
import { brokenAxis } from "./broken-axis.js";
import { eraLayout } from "./eras.js";
import { clusters, type ClusterContext } from "./clusters.js";
import { withSlots, type LaneSlots } from "./geometry.js";
import { eventTexts } from "./event-texts.js";
import { shapeAt, type Shape, type ShapeContext } from "./items.js";
import { depthOf, laneEvents, laneList, timeBounds, type Lane } from "./lane-events.js";
import { MAX_DEPTH, pack, shareRows, type Packed } from "./lanes.js";
import { mirrorLayout } from "./mirror.js";
import { estimateWidth, type Measure } from "./measure.js";
import { overviewOf } from "./overview.js";
import { piecesOf, windowScale, type Pieces } from "./pieces.js";
import { linearOf, overviewScale, timeScale } from "./scale.js";
import { extentFor, segmentsOf, type BreaksOption } from "./segments.js";
import { SIZES } from "./sizes.js";
import { axisTicks } from "./ticks.js";
import type { ItemLayout, LaneLayout, OverviewLayout, TimelineLayout } from "./types.js";

export { SIZES } from "./sizes.js";
export { clampDomain, clusterWindow, extentOf, reach, reachesInto } from "./domain.js";
export { extentFor, segmentsOf, type BreaksOption } from "./segments.js";

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
  /** The calendar of the axis's ticks and labels; default "gregory". */
  calendar?: Calendar;
  /** Which way time runs: "rtl" mirrors the whole drawing (x ↦ width − x); default "ltr". */
  timeDirection?: "ltr" | "rtl";
  /** The layout's words in the reader's language (`Messages["layout"]`, see `languageOf`); default English. */
  words?: LayoutWords;
  /**
   * How dates are said: the reader's language, calendar and words of dates (`languageOf(…).dates`);
   * default `locale`'s dates in `calendar`, with English words.
   */
  dates?: DateWordsOptions;
  /**
   * Leave long empty stretches out of the axis, each stretch of events between them at a scale of
   * its own: `"auto"` (the default: see `segmentsOf` for the rule), `"none"`, or the stretches.
   */
  breaks?: BreaksOption;
}

const DEFAULT_HEIGHT = 420;

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
  const segments = segmentsOf(timeline, options.breaks);
  const extent = extentFor(timeline, options.breaks);
  const domain = clampDomain(options.domain ? [+options.domain[0], +options.domain[1]] : extent, extent);
  const plotX: [number, number] = [SIZES.sideMargin, width - SIZES.sideMargin];
  const pieces: Pieces | undefined = segments.length > 1 ? piecesOf(segments, plotX) : undefined;
  const x = pieces ? windowScale(pieces, domain, plotX) : timeScale(domain, plotX);
  const citations = Object.fromEntries(timeline.sources.map((s) => [s.id, s.number]));
  const words = options.words ?? layoutEn;
  const dates = options.dates ?? datesOf(locale, options.calendar);
  const lanes = laneList(timeline, words);
  const axisHeight = SIZES.axis + (pieces ? SIZES.segmentCaption : 0);
  const bands = bandsOf(timeline, options, lanes, axisHeight);
  const { top } = bands;
  const context: ShapeContext = { x, ...(pieces ? {} : { linear: linearOf(domain, plotX) }), plot: plotX, measure, dates, words, maxLabel: maxLabelWidth(plotX[1] - plotX[0]), citations, texts: eventTexts(timeline, dates, words, measure), sourceBy: sourceNamer(timeline, words) };
  const placed = placeLanes(timeline, lanes, bands, context, domain);

  const plotBottom = Math.max(placed.bottom, bands.requested - (bands.fixed - top));
  const ticking = { locale, measure, fontSize: 11, calendar: options.calendar ?? "gregory", words, tag: tagOf(dates) };
  const broken = pieces ? brokenAxis({ x, segments, plot: plotX, ticks: ticking, dates, words, tag: ticking.tag }) : undefined;
  const axis = { y: plotBottom, height: axisHeight, ...(broken ? broken.axis : axisTicks({ scale: x, ...ticking })) };
  let height = plotBottom + axisHeight + SIZES.padding;
  let overview: OverviewLayout | undefined;
  if (bands.withOverview) {
    const box = { x: plotX[0], y: height, width: plotX[1] - plotX[0], height: SIZES.overview };
    overview = overviewOf(timeline, extent, domain, box);
    // The strip keeps true linear time; the segments are marked on it.
    const at = overviewScale(extent, box);
    if (pieces) overview.segments = segments.map((s) => [at(s.start), at(s.end)]);
    height += SIZES.overview + SIZES.overviewGap;
  }

  const layout: TimelineLayout = {
    width,
    height,
    domain,
    extent,
    minSpan: SIZES.minSpan,
    plot: { x: plotX[0], y: top, width: plotX[1] - plotX[0], height: plotBottom - top },
    axis,
    lanes: placed.lanes,
    eras: timeline.eras.flatMap((era) => eraLayout(era, { x, plot: plotX, top, citations, dates, words, measure })),
    items: placed.items,
    ...(overview ? { overview } : {}),
    citations,
    ...(pieces && broken ? { pieces, segments: broken.segments, breaks: broken.breaks } : {}),
  };
  return options.timeDirection === "rtl" ? mirrorLayout(layout) : layout;
}

/** The vertical budget: what the fixed bands take, and how many rows of events the rest holds. */
interface Bands {
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

function bandsOf(timeline: Timeline, options: LayoutOptions, lanes: Lane[], axisHeight: number): Bands {
  const withOverview = options.overview !== false;
  const top = SIZES.padding + (timeline.eras.length > 0 ? SIZES.eraLabel : 0);
  const fixed = top + axisHeight + (withOverview ? SIZES.overview + SIZES.overviewGap : 0) + SIZES.padding;
  const headers = lanes.length > 1 || lanes[0]?.id !== "" ? SIZES.laneHeader : 0;
  const requested = options.height ?? DEFAULT_HEIGHT;
  const available = Math.max(lanes.length, Math.floor((requested - fixed - headers * lanes.length) / SIZES.row));
  return { top, fixed, headers, requested, available, withOverview };
}

/** Every lane's items and clusters, in time order, the lanes themselves, and where the last one ends. */
interface PlacedLanes {
  items: ItemLayout[];
  lanes: LaneLayout[];
  bottom: number;
}

function placeLanes(timeline: Timeline, lanes: Lane[], bands: Bands, context: ShapeContext, domain: [number, number]): PlacedLanes {
  const { available, headers } = bands;
  // Rows a lane keeps whatever the zoom, for events that overlap in time (which no zoom pulls
  // apart), as far as the height allows; what still cannot be split is listed when activated.
  const least = fitLeast(lanes.map((lane) => Math.min(MAX_DEPTH, depthOf(timeline, lane.id))), available);
  const margin = (domain[1] - domain[0]) * 0.05;
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
    // A first packing with every row there is says what each lane needs at this zoom; when its
    // share turns out to be that many rows, the packing stands and is not done again. A lane that
    // overflows even so needs all of them and one for its clusters, which its first overflow
    // shows: at a wide zoom that is early, and the rest is packed once, into the lane's share.
    const trials = slots.map((lane, i) => pack(lane, available, shapes[i]!, true));
    const demand = trials.map((t) => t.rows + (t.overflow.length > 0 ? 1 : 0));
    const rowsPerLane = shareRows(demand.map((d) => Math.max(1, d)), available, least);

    const items: ItemLayout[] = [];
    const laneLayouts: LaneLayout[] = [];
    const { earliest, latest, ids } = timeBounds(timeline);
    let y = bands.top;
    lanes.forEach((lane, i) => {
      const rowY = (r: number) => y + headers + r * SIZES.row + SIZES.row / 2;
      const c: LaneContext = { lane: lane.id, rowY, measure: context.measure, words: context.words, byRank: timeline.events, earliest, latest, ids, shape: shapes[i]! };
      const used = placeLane(slots[i]!, trials[i]!, rowsPerLane[i] ?? 1, c, items);
      const height = headers + used * SIZES.row;
      laneLayouts.push({ id: lane.id, label: lane.label, y, height, rows: used });
      y += height;
    });
    items.sort((a, b) => a.x0 - b.x0 || a.y - b.y || (a.id < b.id ? -1 : 1));
    return { items, lanes: laneLayouts, bottom: y };
  });
}

/** Where one lane's rows are and how its shapes and clusters are made. */
interface LaneContext extends Omit<ClusterContext, "row" | "y"> {
  /** The vertical centre of a row, px. */
  rowY: (row: number) => number;
  shape: (k: number) => Shape;
}

// Packs one lane into its share of rows, adds its items and clusters to `items`, and says how many
// rows it uses.
function placeLane(lane: LaneSlots, trial: Packed, rows: number, c: LaneContext, items: ItemLayout[]): number {
  // Clusters get a row of their own below the items, so a lane that overflows packs its items
  // into one row fewer (a lane of one row keeps it and grows by one for its clusters). What
  // overflowed with every row there is overflows with fewer too: no need to find out again.
  const itemRows = Math.max(1, rows - 1);
  let packed = trial;
  if (trial.overflow.length > 0) packed = pack(lane, itemRows, c.shape);
  else if (trial.rows > rows) {
    packed = pack(lane, rows, c.shape);
    if (packed.overflow.length > 0 && itemRows < rows) packed = pack(lane, itemRows, c.shape);
  }
  for (const { shape, row, withLabel } of packed.placed) items.push(shape.build(row, c.rowY(row), withLabel));
  const clustered = packed.overflow.length > 0;
  const clusterRow = clustered ? Math.max(packed.rows, 1) : 0;
  if (clustered) for (const cluster of clusters(packed.overflow, lane, { ...c, row: clusterRow, y: c.rowY(clusterRow) })) items.push(cluster);
  return Math.max(1, clustered ? clusterRow + 1 : packed.rows);
}

// Scale wished-for minimum rows down to what the height holds, keeping at least one per lane.
function fitLeast(wish: number[], available: number): number[] {
  const total = wish.reduce((a, b) => a + b, 0);
  if (total <= available) return wish;
  return wish.map((w) => Math.max(1, Math.floor((w * available) / total)));
}

// Labels may take most of a phone's width (there is little else there), less of a wide column.
function maxLabelWidth(plot: number): number {
  return Math.max(80, plot * (plot < 480 ? 0.75 : 0.45));
}

// The dates of a locale and calendar given alone, made once each: the layout caches each event's
// words by this object, so the same options must give the same one.
const localeDates = new WeakMap<Locale, Map<string, DateWordsOptions>>();

function datesOf(locale: Locale, calendar: Calendar | undefined): DateWordsOptions {
  let byCalendar = localeDates.get(locale);
  if (!byCalendar) localeDates.set(locale, (byCalendar = new Map<string, DateWordsOptions>()));
  let dates = byCalendar.get(calendar ?? "gregory");
  if (!dates) byCalendar.set(calendar ?? "gregory", (dates = calendar === undefined ? { locale } : { locale, calendar }));
  return dates;
}

// The language tag Intl labels the axis for.
function tagOf(dates: DateWordsOptions): string {
  return (typeof dates.locale === "string" ? dates.locale : dates.locale?.code) ?? "en-GB";
}

// Who a source is, with its relays, for disputed events' names: the citation's own chain (loops
// cut there), asked only when a disputed event is first drawn.
function sourceNamer(timeline: Timeline, words: LayoutWords): (id: string) => string {
  return (id) => {
    const c = citationText(timeline, id, { via: words.via });
    return c ? [c.publisher, ...c.via].join(words.via) : "";
  };
}
