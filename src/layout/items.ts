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

/** What placing one event needs: its extent with and without its label, and how to finish it. */
export interface Shape {
  event: TimelineEvent;
  /** Occupied extent with the label. */
  full: [number, number];
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

/**
 * The geometry of one event at this zoom: a point (mark with its precision band) or a span
 * (bar with a band of doubt at each end), and where its label goes.
 */
export function shapeOf(event: TimelineEvent, c: ShapeContext): Shape {
  const text = fitText(event.title, c.maxLabel, ITEM.fontSize, c.measure);
  const citations = event.sources.map((id) => c.citations[id] ?? 0);
  const when = event.displayDate ?? describeSpan(event.start, event.end, { locale: c.locale });
  const sub = text === "" ? "" : fitText(when, c.maxLabel, ITEM.subFontSize, c.measure);
  const width = Math.max(c.measure(text, ITEM.fontSize), c.measure(sub, ITEM.subFontSize));
  const name = accessibleName(event, c.locale, citations.length);
  const [plotLeft, plotRight] = c.plot;
  const label = (x: number, y: number, pinned = false): LabelLayout | null =>
    text === "" ? null : { text, sub, x, y: y - 2, width, pinned };

  if (!event.end) {
    const band: [number, number] = [c.x(event.start.earliest), c.x(event.start.latest)];
    const center = (band[0] + band[1]) / 2;
    const mark: [number, number] = [Math.min(band[0], center - ITEM.radius), Math.max(band[1], center + ITEM.radius)];
    // The label goes right of the mark, or left of it when it would run off the plot. When the
    // mark itself is off the plot but its band reaches in ("June 2008" seen from 8 June), the label
    // stays in view at the band's visible edge.
    const right = center + ITEM.radius + ITEM.labelPad;
    const left = right + width > plotRight && center - ITEM.radius - ITEM.labelPad - width >= plotLeft;
    const offPlot = (center < plotLeft || center > plotRight) && band[1] >= plotLeft && band[0] <= plotRight;
    const labelX = offPlot
      ? Math.min(Math.max(band[0], plotLeft) + ITEM.labelPad, plotRight - width - ITEM.labelPad)
      : left ? center - ITEM.radius - ITEM.labelPad - width : right;
    const full: [number, number] = [Math.min(mark[0], labelX), Math.max(mark[1], labelX + width)];
    return {
      event,
      full,
      bare: mark,
      center,
      build: (row, y, withLabel) => ({
        kind: "point",
        id: event.id,
        lane: event.group ?? "",
        row,
        y,
        x0: withLabel ? full[0] : mark[0],
        x1: withLabel ? full[1] : mark[1],
        x: center,
        band,
        date: { precision: event.start.precision, qualifier: event.start.qualifier },
        label: withLabel ? label(labelX, y, offPlot) : null,
        name,
        when,
        citations,
      }),
    };
  }

  const end = event.end;
  const bar: [number, number] = [c.x(event.start.earliest), Math.max(c.x(end.latest), c.x(event.start.earliest) + 2)];
  const visible: [number, number] = [Math.max(bar[0], plotLeft), Math.min(bar[1], plotRight)];
  const inside = visible[1] - visible[0] >= width + 2 * ITEM.labelPad;
  const after = bar[1] + ITEM.labelPad;
  const before = bar[0] - ITEM.labelPad - width;
  const labelX = inside ? visible[0] + ITEM.labelPad : after + width > plotRight && before >= plotLeft ? before : after;
  const full: [number, number] = inside ? bar : [Math.min(bar[0], labelX), Math.max(bar[1], labelX + width)];
  return {
    event,
    full,
    bare: bar,
    center: (visible[0] + visible[1]) / 2,
    build: (row, y, withLabel) => ({
      kind: "span",
      id: event.id,
      lane: event.group ?? "",
      row,
      y,
      x0: withLabel ? full[0] : bar[0],
      x1: withLabel ? full[1] : bar[1],
      bar,
      labelInside: inside,
      startBand: [c.x(event.start.earliest), c.x(event.start.latest)],
      endBand: [c.x(end.earliest), c.x(end.latest)],
      start: { precision: event.start.precision, qualifier: event.start.qualifier },
      end: { precision: end.precision, qualifier: end.qualifier },
      label: withLabel ? label(labelX, y, inside && bar[0] < plotLeft) : null,
      name,
      when,
      citations,
    }),
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
