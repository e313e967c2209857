import type { Locale } from "date-fns";
import { describeDate, describeSpan } from "../model/date-words.js";
import type { TimelineEvent } from "../types.js";
import { fitText, type Measure } from "./measure.js";
import type { LabelLayout, PointItem, SpanItem } from "./types.js";

/** Sizes of marks and labels, px. */
export const ITEM = {
  radius: 5,
  /** Height of a span's box and of a point's precision band: both lines of its label fit inside. */
  barHeight: 30,
  fontSize: 12,
  subFontSize: 10.5,
  /** From the title's baseline to the date line's. */
  subLine: 13,
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
  build: (row: number, y: number, withLabel: boolean) => PointItem | SpanItem;
}

/** What {@link shapeOf} needs to know about the zoom. */
export interface ShapeContext {
  x: (ms: number) => number;
  plot: [number, number];
  measure: Measure;
  locale: Locale;
  maxLabel: number;
  citations: Record<string, number>;
}

/** The words of an event and their widths: the same at every zoom, so measured once. */
interface EventText {
  when: string;
  name: string;
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
    const when = event.displayDate ?? describeSpan(event.start, event.end, { locale: c.locale });
    text = {
      when,
      name: accessibleName(event, c.locale, event.sources.length),
      titleWidth: c.measure(event.title, ITEM.fontSize),
      whenWidth: c.measure(when, ITEM.subFontSize),
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
  const [plotLeft, plotRight] = c.plot;
  const point = !event.end;
  const end = event.end ?? event.start;
  const band: [number, number] = [c.x(event.start.earliest), c.x(event.start.latest)];
  const bar: [number, number] = [band[0], Math.max(c.x(end.latest), band[0] + 2)];
  const center = point ? (band[0] + band[1]) / 2 : (Math.max(bar[0], plotLeft) + Math.min(bar[1], plotRight)) / 2;
  const bare: [number, number] = point ? [Math.min(band[0], center - ITEM.radius), Math.max(band[1], center + ITEM.radius)] : bar;

  let label: { text: string; sub: string; width: number; x: number; full: [number, number]; pinned: boolean; inside: boolean } | undefined;
  const place = () => {
    if (label) return label;
    const words = textOf(event, c);
    const text = words.titleWidth <= c.maxLabel ? event.title : fitText(event.title, c.maxLabel, ITEM.fontSize, c.measure);
    const sub = text === "" ? "" : words.whenWidth <= c.maxLabel ? words.when : fitText(words.when, c.maxLabel, ITEM.subFontSize, c.measure);
    const width = Math.min(c.maxLabel, Math.max(words.titleWidth, words.whenWidth));
    if (point) {
      // Right of the mark, or left of it when it would run off the plot. When the mark itself is
      // off the plot but its band reaches in ("June 2008" seen from 8 June), the label stays in
      // view at the band's visible edge.
      const right = center + ITEM.radius + ITEM.labelPad;
      const left = right + width > plotRight && center - ITEM.radius - ITEM.labelPad - width >= plotLeft;
      const offPlot = (center < plotLeft || center > plotRight) && band[1] >= plotLeft && band[0] <= plotRight;
      const x = offPlot
        ? Math.min(Math.max(band[0], plotLeft) + ITEM.labelPad, plotRight - width - ITEM.labelPad)
        : left ? center - ITEM.radius - ITEM.labelPad - width : right;
      label = { text, sub, width, x, full: [Math.min(bare[0], x), Math.max(bare[1], x + width)], pinned: offPlot, inside: false };
    } else {
      // Inside the bar when it fits (pinned to the visible start), else beside it.
      const visible: [number, number] = [Math.max(bar[0], plotLeft), Math.min(bar[1], plotRight)];
      const inside = visible[1] - visible[0] >= width + 2 * ITEM.labelPad;
      const after = bar[1] + ITEM.labelPad;
      const before = bar[0] - ITEM.labelPad - width;
      const x = inside ? visible[0] + ITEM.labelPad : after + width > plotRight && before >= plotLeft ? before : after;
      label = { text, sub, width, x, full: inside ? bar : [Math.min(bar[0], x), Math.max(bar[1], x + width)], pinned: inside && bar[0] < plotLeft, inside };
    }
    return label;
  };

  return {
    event,
    bare,
    center,
    full: () => place().full,
    build: (row, y, withLabel) => {
      const l = place();
      const citations = event.sources.map((id) => c.citations[id] ?? 0);
      const words = textOf(event, c);
      const shown: LabelLayout | null = withLabel && l.text !== "" ? { text: l.text, sub: l.sub, x: l.x, y: y - 2, width: l.width, pinned: l.pinned } : null;
      const base = { id: event.id, lane: event.group ?? "", row, y, x0: shown ? l.full[0] : bare[0], x1: shown ? l.full[1] : bare[1], label: shown, name: words.name, when: words.when, citations };
      if (point) return { kind: "point", ...base, x: center, band, date: { precision: event.start.precision, qualifier: event.start.qualifier } };
      return {
        kind: "span",
        ...base,
        bar,
        labelInside: l.inside,
        startBand: band,
        endBand: [c.x(end.earliest), c.x(end.latest)],
        start: { precision: event.start.precision, qualifier: event.start.qualifier },
        end: { precision: end.precision, qualifier: end.qualifier },
      };
    },
  };
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
  const shown = event.displayDate && event.displayDate !== when ? `${event.displayDate} (${when})` : when;
  const cited = sources === 0 ? "no sources" : sources === 1 ? "1 source" : `${sources} sources`;
  return `${event.title}, ${shown}, ${cited}`;
}
