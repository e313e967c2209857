import type { Locale } from "date-fns";
import { layoutEn } from "../messages/layout.js";
import { describeDate, describeSpan } from "../model/date-words.js";
import type { FuzzyDate, TimelineEvent } from "../types.js";
import { fitText, type Measure } from "./measure.js";
import type { TimeScale } from "./scale.js";
import type { LabelLayout, PointItem, PrecisionLayout, SpanItem } from "./types.js";

/** Sizes of marks and labels, px. */
export const ITEM = {
  radius: 5,
  /** Height of a span's box and of a point's precision band: both lines of its label fit inside. */
  barHeight: 30,
  fontSize: 12,
  subFontSize: 10.5,
  /** From the title's baseline to the date line's. */
  subLine: 13,
  citeFontSize: 9,
  labelPad: 6,
} as const;

/**
 * What placing one event needs: its extent with and without its label, and how to finish it.
 * The label's words are worked out only when asked for (`full`), since at a wide zoom most events
 * end up in clusters without ever showing one.
 */
export interface Shape {
  event: TimelineEvent;
  /** Occupied extent with the label. */
  full(): [number, number];
  /** Occupied extent with the label hidden. */
  bare: [number, number];
  /** Centre, for clustering. */
  center: number;
  /** Builds the item once row and y are known. */
  build(row: number, y: number, withLabel: boolean): PointItem | SpanItem;
}

/** What {@link shapeOf} needs to know about the zoom. */
export interface ShapeContext {
  /** The plot's map, from the window onto the plot's edges. */
  x: TimeScale;
  /** Left and right edge of the plot, px. */
  plot: [number, number];
  measure: Measure;
  locale: Locale;
  maxLabel: number;
  citations: Record<string, number>;
}

/** The words of an event and their widths: the same at every zoom, so measured once. */
interface EventText {
  /** Date in words. */
  when: string;
  /** The label's second line: the date, and "no source" when none is given. */
  sub: string;
  name: string;
  /** Citation numbers as set after the title, "1,3", or "". */
  cites: string;
  citesWidth: number;
  titleWidth: number;
  whenWidth: number;
}

// Per locale and measure, per event. Zooming re-lays out the same events dozens of times a second;
// their words do not change, and measuring them was most of the cost.
const textCache = new WeakMap<Locale, WeakMap<Measure, WeakMap<TimelineEvent, EventText>>>();

function textOf(event: TimelineEvent, c: ShapeContext): EventText {
  let byMeasure = textCache.get(c.locale);
  if (!byMeasure) textCache.set(c.locale, (byMeasure = new WeakMap()));
  let byEvent = byMeasure.get(c.measure);
  if (!byEvent) byMeasure.set(c.measure, (byEvent = new WeakMap()));
  let text = byEvent.get(event);
  if (!text) {
    // The date line also says when a claim has no source, in words, not only by style.
    const when = event.displayDate ?? describeSpan(event.start, event.end, { locale: c.locale });
    const sub = event.sources.length === 0 ? layoutEn.unsourced(when) : when;
    const cites = event.sources.map((id) => c.citations[id] ?? 0).join(",");
    text = {
      when,
      sub,
      cites,
      citesWidth: cites === "" ? 0 : c.measure(` ${cites}`, ITEM.citeFontSize),
      name: accessibleName(event, c.locale, event.sources.length),
      titleWidth: c.measure(event.title, ITEM.fontSize),
      whenWidth: c.measure(sub, ITEM.subFontSize),
    };
    byEvent.set(event, text);
  }
  return text;
}

/**
 * The geometry of one event at this zoom: a point (mark with its precision band) or a span
 * (bar with a band of doubt at each end), and where its label goes.
 */
export function shapeOf(event: TimelineEvent, c: ShapeContext): Shape {
  return new EventShape(event, c);
}

interface Placed {
  text: string;
  sub: string;
  cites: string;
  width: number;
  x: number;
  full: [number, number];
  pinned: boolean;
  inside: boolean;
}

// A class rather than closures: a wide zoom over 100,000 events makes one per event per frame,
// and per-instance functions were most of the garbage.
class EventShape implements Shape {
  readonly bare: [number, number];
  readonly center: number;
  private readonly band: [number, number];
  private readonly bar: [number, number];
  private readonly endBand: [number, number];
  private placed: Placed | undefined;

  constructor(
    readonly event: TimelineEvent,
    private readonly c: ShapeContext,
  ) {
    const [plotLeft, plotRight] = c.plot;
    const { start, end } = event;
    if (end) {
      [this.band, this.bar, this.endBand] = spanGeometry(start, end, c);
      this.center = (Math.max(this.bar[0], plotLeft) + Math.min(this.bar[1], plotRight)) / 2;
      this.bare = this.bar;
    } else {
      this.band = [c.x(start.earliest), c.x(start.latest)];
      this.bar = [this.band[0], Math.max(this.band[1], this.band[0] + 2)];
      this.endBand = this.band;
      this.center = (this.band[0] + this.band[1]) / 2;
      this.bare = [Math.min(this.band[0], this.center - ITEM.radius), Math.max(this.band[1], this.center + ITEM.radius)];
    }
  }

  full(): [number, number] {
    return this.place().full;
  }

  private place(): Placed {
    if (this.placed) return this.placed;
    const { event, c, band, bar, bare, center } = this;
    const [plotLeft, plotRight] = c.plot;
    const words = textOf(event, c);
    const text = words.titleWidth <= c.maxLabel ? event.title : fitText(event.title, c.maxLabel, ITEM.fontSize, c.measure);
    const sub = text === "" ? "" : words.whenWidth <= c.maxLabel ? words.sub : fitText(words.sub, c.maxLabel, ITEM.subFontSize, c.measure);
    // Citation numbers ride after the title only when the whole title and they fit.
    const cites = text === event.title && words.titleWidth + words.citesWidth <= c.maxLabel ? words.cites : "";
    const width = Math.min(c.maxLabel, Math.max(words.titleWidth + (cites ? words.citesWidth : 0), words.whenWidth));
    if (!event.end) {
      // Right of the mark, or left of it when it would run off the plot. When the mark itself is
      // off the plot but its band reaches in ("June 2008" seen from 8 June), the label stays in
      // view at the band's visible edge.
      // A set's marks spread over its candidates: its label goes beside all of them.
      const [markLeft, markRight] = event.start.set ? [band[0] - ITEM.radius, band[1] + ITEM.radius] : [center - ITEM.radius, center + ITEM.radius];
      const right = markRight + ITEM.labelPad;
      const left = right + width > plotRight && markLeft - ITEM.labelPad - width >= plotLeft;
      const offPlot = (center < plotLeft || center > plotRight) && band[1] >= plotLeft && band[0] <= plotRight;
      const x = offPlot
        ? Math.min(Math.max(band[0], plotLeft) + ITEM.labelPad, plotRight - width - ITEM.labelPad)
        : left ? markLeft - ITEM.labelPad - width : right;
      this.placed = { text, sub, cites, width, x, full: [Math.min(bare[0], x), Math.max(bare[1], x + width)], pinned: offPlot, inside: false };
    } else {
      // Inside the bar when it fits (pinned to the visible start), else beside it.
      const visible: [number, number] = [Math.max(bar[0], plotLeft), Math.min(bar[1], plotRight)];
      const inside = visible[1] - visible[0] >= width + 2 * ITEM.labelPad;
      const after = bar[1] + ITEM.labelPad;
      const before = bar[0] - ITEM.labelPad - width;
      const x = inside ? visible[0] + ITEM.labelPad : after + width > plotRight && before >= plotLeft ? before : after;
      this.placed = { text, sub, cites, width, x, full: inside ? bar : [Math.min(bar[0], x), Math.max(bar[1], x + width)], pinned: inside && bar[0] < plotLeft, inside };
    }
    return this.placed;
  }

  build(row: number, y: number, withLabel: boolean): PointItem | SpanItem {
    const { event, c, band, bar, bare, center } = this;
    const l = this.place();
    const words = textOf(event, c);
    const citations = event.sources.map((id) => c.citations[id] ?? 0);
    const shown: LabelLayout | null = withLabel && l.text !== "" ? { text: l.text, sub: l.sub, cites: l.cites, x: l.x, y: y - 2, width: l.width, pinned: l.pinned } : null;
    const base = { id: event.id, lane: event.group ?? "", row, y, x0: shown ? l.full[0] : bare[0], x1: shown ? l.full[1] : bare[1], label: shown, name: words.name, when: words.when, citations };
    if (!event.end) {
      const set = event.start.set;
      if (!set) return { kind: "point", ...base, x: center, band, date: { precision: event.start.precision, qualifier: event.start.qualifier } };
      const candidates = set.dates.map((d): [number, number] => [c.x(d.earliest), c.x(d.latest)]);
      return { kind: "point", ...base, x: center, band: [center, center], date: { precision: event.start.precision, qualifier: event.start.qualifier }, set: { kind: set.kind, candidates } };
    }
    return {
      kind: "span",
      ...base,
      bar,
      labelInside: l.inside,
      startBand: band,
      endBand: this.endBand,
      start: precisionLayout(event.start),
      end: precisionLayout(event.end),
    };
  }
}

/** How far an open end runs past its known start before fading out, and the stub of an unknown end, px. */
const OPEN = { fade: 48, stub: 28 } as const;

function precisionLayout(date: FuzzyDate): PrecisionLayout {
  return date.bound ? { precision: date.precision, qualifier: date.qualifier, bound: date.bound } : { precision: date.precision, qualifier: date.qualifier };
}

// A span's start band, bar and end band. An open end runs to the edge of the plot and fades out
// there ("from 1985 on"); an unknown end is a short fading stub after the start ("end unknown").
// The same, mirrored, for open and unknown starts.
function spanGeometry(start: FuzzyDate, end: FuzzyDate, c: ShapeContext): [[number, number], [number, number], [number, number]] {
  const [plotLeft, plotRight] = c.plot;
  let startBand: [number, number] = [c.x(start.earliest), c.x(start.latest)];
  let endBand: [number, number] = [c.x(end.earliest), c.x(end.latest)];
  if (end.bound === "open") {
    const right = Math.max(plotRight, startBand[1] + OPEN.stub);
    endBand = [Math.max(startBand[1], right - OPEN.fade), right];
  } else if (end.bound === "unknown") {
    endBand = [startBand[1], startBand[1] + OPEN.stub];
  }
  if (start.bound === "open") {
    const left = Math.min(plotLeft, endBand[0] - OPEN.stub);
    startBand = [left, Math.min(endBand[0], left + OPEN.fade)];
  } else if (start.bound === "unknown") {
    startBand = [endBand[0] - OPEN.stub, endBand[0]];
  }
  return [startBand, [startBand[0], Math.max(endBand[1], startBand[0] + 2)], endBand];
}

/**
 * What a screen reader says for an event: "title, date in words, N sources".
 *
 * @example
 * ```ts
 * accessibleName(event, enGB, 2); // "Maliki meets President Ahmadinejad, 8 June 2008, 2 sources"
 * ```
 */
export function accessibleName(event: TimelineEvent, locale: Locale, sources: number): string {
  const when = event.end ? describeSpan(event.start, event.end, { locale }) : describeDate(event.start, { locale });
  const shown = event.displayDate && event.displayDate !== when ? layoutEn.shownDate(event.displayDate, when) : when;
  return layoutEn.eventName(event.title, shown, layoutEn.sourceCount(sources));
}
