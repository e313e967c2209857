/**
 * The layout's entry: a timeline at one zoom as plain numbers and strings. The vertical bands are
 * worked out here; the packing of lanes (`place.ts`), windows of time, the overview, eras and the
 * per-timeline orders live in files of their own, re-exported here for the callers that import
 * them from here.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { layoutEn, type LayoutWords } from "../messages/layout.js";
import type { DateWordsOptions } from "../model/date-words.js";
import { citeSource } from "../model/citation.js";
import type { Calendar, Timeline } from "../types.js";
import { clampDomain } from "./domain.js";
import { brokenAxis } from "./broken-axis.js";
import { eraLayout } from "./eras.js";
import { eventTexts } from "./event-texts.js";
import type { ShapeContext } from "./items.js";
import { gatheredGroups, laneList, type Lane } from "./lane-events.js";
import { remember } from "./keep.js";
import { mirrorLayout } from "./mirror.js";
import { estimateWidth, type Measure } from "./measure.js";
import { overviewOf } from "./overview.js";
import { placeLanes, type Bands } from "./place.js";
import { piecesOf, windowScale, type Pieces } from "./pieces.js";
import { linearOf, overviewScale, timeScale } from "./scale.js";
import { extentFor, segmentsOf, type BreaksOption } from "./segments.js";
import { SIZES } from "./sizes.js";
import { axisTicks } from "./ticks.js";
import type { OverviewLayout, TimelineLayout } from "./types.js";
import { apiEn } from "../messages/api.js";
import { checkLoaded } from "../model/loaded-timeline.js";

export { SIZES } from "./sizes.js";
export { clampDomain, clusterWindow, reach, reachesInto } from "./domain.js";
export { extentOf } from "./extent.js";
export { extentFor, segmentsOf, type BreaksOption } from "./segments.js";
export { eventsReaching } from "./reaching.js";
export { eventOfItem } from "./item-event.js";

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
  /**
   * The layout drawn before this one, of the same timeline (as this function returned it): the
   * events it drew claim room first (after any more important), each in its row where it still
   * fits, and an event it did not draw comes in only with its label (else it joins a cluster), so
   * that zooming and panning keep what the reader sees. Without it (or given one of another
   * timeline, or read back from JSON) the layout is the timeline's own at this window. The view
   * passes each layout on to the next.
   */
  previous?: TimelineLayout;
}

const DEFAULT_HEIGHT = 420;

/**
 * Lay out a timeline at one zoom: axis ticks, lanes, positioned items, clusters, era bands and the
 * overview — plain numbers and strings that any renderer can draw. Pure and deterministic: the same
 * timeline and options give the same layout, bit for bit, in Node or a browser. To zoom as a reader
 * does, pass each layout on as the next one's `previous`: the events it drew stay.
 *
 * @example
 * ```ts
 * const { timeline } = loadTimeline(csv);
 * const layout = layoutTimeline(timeline, { width: 800, domain: [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)] });
 * layout.items.map((i) => i.kind); // ["span", "point", …, "cluster"]
 * // A week of it, keeping the events drawn above that are in the week.
 * const week = layoutTimeline(timeline, { width: 800, domain: [Date.UTC(2008, 5, 5), Date.UTC(2008, 5, 12)], previous: layout });
 * ```
 */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions): TimelineLayout {
  // Raw data is the likeliest mistake from JavaScript: the public entry looks at what it is given.
  checkLoaded("layoutTimeline", timeline);
  if (!Number.isFinite(options?.width)) throw new TypeError(apiEn.layoutWidth(options?.width));
  return layoutLoaded(timeline, options);
}

/**
 * `layoutTimeline` for a timeline its caller knows is loaded: the view (which loaded it, or
 * checked the `timeline` option) and the writers (which checked their input). A first render and
 * every zoom step skip the look at each event.
 *
 * @example
 * ```ts
 * const layout = layoutLoaded(loadTimeline(csv).timeline, { width: 800 });
 * ```
 * @internal
 */
export function layoutLoaded(timeline: Timeline, options: LayoutOptions): TimelineLayout {
  const width = Math.max(120, options.width);
  const measure = options.measure ?? estimateWidth;
  const locale = options.locale ?? enGB;
  const segments = segmentsOf(timeline, options.breaks);
  const extent = extentFor(timeline, options.breaks);
  const domain = clampDomain(options.domain ? [+options.domain[0], +options.domain[1]] : extent, extent);
  const plotX: [number, number] = [SIZES.sideMargin, width - SIZES.sideMargin];
  const pieces: Pieces | undefined = segments.length > 1 ? piecesOf(segments, plotX) : undefined;
  const x = pieces ? windowScale(pieces, domain, plotX) : timeScale(domain, plotX);
  const citations = citationsOf(timeline);
  const words = options.words ?? layoutEn;
  const dates = options.dates ?? datesOf(locale, options.calendar);
  const lanes = laneList(timeline, words);
  const axisHeight = SIZES.axis + (pieces ? SIZES.segmentCaption : 0);
  const bands = bandsOf(timeline, options, lanes, axisHeight);
  const { top } = bands;
  const context: ShapeContext = { x, ...(pieces ? { segments: segments.flatMap((s) => [x(s.start), x(s.end)]) } : { linear: linearOf(domain, plotX) }), plot: plotX, measure, dates, words, maxLabel: maxLabelWidth(plotX[1] - plotX[0]), citations, texts: eventTexts(timeline, dates, words, measure), sourceBy: sourceNamer(timeline, words), gathered: gatheredGroups(timeline) };
  const placed = placeLanes(timeline, lanes, bands, context, domain, options.previous);

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
  const result = options.timeDirection === "rtl" ? mirrorLayout(layout) : layout;
  remember(result, timeline, placed.drawn.ranks, placed.drawn.rows);
  return result;
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

// Labels may take most of a phone's width (there is little else there), less of a wide column.
function maxLabelWidth(plot: number): number {
  return Math.max(80, plot * (plot < 480 ? 0.75 : 0.45));
}

// Each source's citation number, once per timeline: made on every layout, it cost a zoom step 17 ms
// at 20,000 sources (a sheet that cites a different page in every row).
const citationNumbers = new WeakMap<Timeline, Record<string, number>>();

function citationsOf(timeline: Timeline): Record<string, number> {
  let numbers = citationNumbers.get(timeline);
  if (!numbers) citationNumbers.set(timeline, (numbers = Object.fromEntries(timeline.sources.map((s) => [s.id, s.number]))));
  return numbers;
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
    const c = citeSource(timeline, id, { via: words.via });
    return c ? [c.publisher, ...c.via].join(words.via) : "";
  };
}
