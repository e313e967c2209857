import type { LayoutWords } from "../messages/layout.js";
import type { DateWordsOptions } from "../model/date-words.js";
import type { TimelineEvent } from "../types.js";
import { accountMarks } from "./account-marks.js";
import { disputed, itemName } from "./event-name.js";
import { shortened, textOf, type EventTexts } from "./event-texts.js";
import { fuzzyEnd, precisionLayout } from "./doubt.js";
import { laneOfGroup } from "./gathered.js";
import { crossesBreak, labelRoom, uncut } from "./label-room.js";
import type { Measure } from "./measure.js";
import type { Geometry } from "./geometry.js";
import type { Linear, TimeScale } from "./scale.js";
import { ITEM, MIN_LABEL } from "./sizes.js";
import type { LabelLayout, PointItem, SpanItem } from "./types.js";

// A label's extent before `place` has placed it.
const NO_EXTENT: [number, number] = [0, 0];

/**
 * What placing one event needs: its extent with and without its label, and how to finish it.
 * The label's words are worked out only when asked for (`full`), since at a wide zoom most events
 * end up in clusters without ever showing one.
 */
export interface Shape {
  event: TimelineEvent;
  /** Occupied extent with the label. */
  full(): [number, number];
  /** Occupied extent with the label hidden, px: left and right. */
  bare0: number;
  bare1: number;
  /** Centre, for clustering. */
  center: number;
  /** Builds the item once row and y are known. */
  build(row: number, y: number, withLabel: boolean): PointItem | SpanItem;
}

/** What {@link shapeAt} needs to know about the zoom. */
export interface ShapeContext {
  /** The plot's map, from the window onto the plot's edges. */
  x: TimeScale;
  /** The same map's numbers, when it is linear (no axis breaks): read in the hot loops. */
  linear?: Linear;
  /** Left and right edge of the plot, px. */
  plot: [number, number];
  /** On a broken axis, each segment's left and right edge in turn, px: a label stays in its mark's segment. */
  segments?: readonly number[];
  measure: Measure;
  /** How dates are said: the reader's language, calendar and words of dates. */
  dates: DateWordsOptions;
  /** The layout's words in the reader's language. */
  words: LayoutWords;
  maxLabel: number;
  citations: Record<string, number>;
  /** The events' words and widths by rank, from `eventTexts`. */
  texts: EventTexts;
  /** Who a source is, with the sources that relayed it ("IRNA, via The New York Times"): for a disputed event's name. */
  sourceBy?: (id: string) => string;
  /** The groups drawn in the last lane, with their headings (see `gatheredGroups`): their events' names say their group. */
  gathered?: ReadonlyMap<string, string> | undefined;
}

/**
 * The shape of the event in slot `k` of `g` at this zoom: a point (mark with its precision band) or
 * a span (bar with a band of doubt at each end), and where its label goes.
 */
export function shapeAt(g: Geometry, k: number, event: TimelineEvent, c: ShapeContext): Shape {
  return new EventShape(event, c, g, k);
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
  over?: boolean;
}

// Made only for the events that may get a row: the rest are numbers in the slots. Its extents are
// numbers too, copied from the slots (the next layout reuses them), and become arrays only in an
// item: at a wide zoom most shapes are asked their extent and then overflow, and four arrays each
// were a third of a layout's garbage. Fields are declared, not initialised in the class body, which
// would compile to a defineProperty each.
class EventShape implements Shape {
  declare readonly event: TimelineEvent;
  declare readonly bare0: number;
  declare readonly bare1: number;
  declare readonly center: number;
  declare private readonly rank: number;
  declare private readonly c: ShapeContext;
  declare private readonly band0: number;
  declare private readonly band1: number;
  declare private readonly bar0: number;
  declare private readonly bar1: number;
  declare private readonly end0: number;
  declare private readonly end1: number;
  declare private placed: Placed | undefined;

  constructor(event: TimelineEvent, c: ShapeContext, g: Geometry, k: number) {
    this.event = event;
    this.c = c;
    this.rank = g.rank[k]!;
    this.center = g.center[k]!;
    this.bar0 = g.bar0[k]!;
    this.bar1 = g.bar1[k]!;
    // A point's end band is its band; a span's extent without its label is its bar.
    this.end0 = event.end ? g.end0[k]! : g.band0[k]!;
    this.end1 = event.end ? g.end1[k]! : g.band1[k]!;
    if (disputed(event)) {
      // A disputed event is its accounts' marks on one row, over the time they cover.
      this.band0 = this.bar0;
      this.band1 = this.bar1;
      this.bare0 = this.bar0 - ITEM.radius;
      this.bare1 = this.bar1 + ITEM.radius;
    } else {
      this.band0 = g.band0[k]!;
      this.band1 = g.band1[k]!;
      this.bare0 = event.end ? this.bar0 : g.bare0[k]!;
      this.bare1 = event.end ? this.bar1 : g.bare1[k]!;
    }
    this.placed = undefined;
  }

  full(): [number, number] {
    return this.place().full;
  }

  private place(): Placed {
    if (this.placed) return this.placed;
    const { event, c, band0, band1, bar0, bar1, bare0, bare1, center } = this;
    const [plotLeft, plotRight] = c.plot;
    let l = this.label(c.maxLabel);
    // A label that fits on neither side of its mark goes on the roomier side, shortened to fit
    // there (a mark near the middle of a phone's plot), rather than run off the plot.
    const squeezed = (roomBefore: number, roomAfter: number) => {
      if (l.width <= roomAfter || l.width <= roomBefore) return undefined;
      const before = roomBefore > roomAfter;
      l = this.label(Math.max(MIN_LABEL, before ? roomBefore : roomAfter));
      return before;
    };
    if (!event.end || disputed(event)) {
      // Right of the mark, or left of it when it would run off the plot. When the mark itself is
      // off the plot but its band reaches in ("June 2008" seen from 8 June), the label stays in
      // view at the band's visible edge.
      // A set's marks spread over its candidates: its label goes beside all of them.
      const wide = Boolean(event.start.set) || disputed(event);
      const markLeft = wide ? band0 - ITEM.radius : center - ITEM.radius;
      const markRight = wide ? band1 + ITEM.radius : center + ITEM.radius;
      const right = markRight + ITEM.labelPad;
      const offPlot = (center < plotLeft || center > plotRight) && band1 >= plotLeft && band0 <= plotRight;
      let [roomLeft, roomRight] = labelRoom(c.plot, c.segments, markLeft + ITEM.radius, markRight - ITEM.radius);
      // With no room for even a shortened label in its segment, it crosses the break whole.
      if (c.segments && Math.max(markLeft - ITEM.labelPad - roomLeft, roomRight - right) < Math.min(MIN_LABEL, l.width)) [roomLeft, roomRight] = c.plot;
      const forced = offPlot ? undefined : squeezed(markLeft - ITEM.labelPad - roomLeft, roomRight - right);
      const left = forced ?? (right + l.width > roomRight && markLeft - ITEM.labelPad - l.width >= roomLeft);
      const beside = left ? markLeft - ITEM.labelPad - l.width : right;
      l.x = offPlot ? Math.min(Math.max(band0, plotLeft) + ITEM.labelPad, plotRight - l.width - ITEM.labelPad) : uncut(beside, l.width, c.plot, ITEM.labelPad);
      l.full = [Math.min(bare0, l.x), Math.max(bare1, l.x + l.width)];
      l.pinned = offPlot || l.x !== beside;
    } else {
      // Inside the bar when it fits on its sure part (pinned to where that comes into view), else
      // beside it: the label is in the bar's own text colour, which a fading end of doubt would
      // leave unreadable (white on nearly white, over a start known only roughly).
      const { end0, end1 } = this;
      const sure0 = fuzzyEnd([band0, band1], event.start) ? band1 : bar0;
      const sure1 = fuzzyEnd([end0, end1], event.end) ? Math.min(end0, bar1) : bar1;
      let [roomLeft, roomRight] = labelRoom(c.plot, c.segments, bar0, bar1);
      const visible0 = Math.max(sure0, plotLeft);
      const sureRoom = Math.min(sure1, plotRight, roomRight) - Math.max(visible0, roomLeft) - 2 * ITEM.labelPad;
      const after = bar1 + ITEM.labelPad;
      // Beside the bar there is no room in its segment either (a lone war in a phone's narrow
      // stretch of the 1980s): the label goes inside after all, shortened, where the bar is sure,
      // and where it is too short for that, it crosses the break whole.
      const noRoom = c.segments !== undefined && Math.max(bar0 - ITEM.labelPad - roomLeft, roomRight - after) < Math.min(MIN_LABEL, l.width);
      const cramped = noRoom && sureRoom >= MIN_LABEL;
      if (cramped) l = this.label(sureRoom);
      else if (noRoom) [roomLeft, roomRight] = c.plot;
      const roomBefore = bar0 - ITEM.labelPad - roomLeft;
      const roomAfter = roomRight - after;
      const inside = cramped || Math.min(sure1, plotRight) - visible0 >= l.width + 2 * ITEM.labelPad;
      // No room beside the bar nor on a sure part ("June/July 2008" seen close): over its doubt, haloed.
      const barLeft = Math.max(bar0, roomLeft);
      l.over = !inside && l.width > Math.max(roomBefore, roomAfter) && Math.min(bar1, roomRight) - barLeft >= l.width + 2 * ITEM.labelPad;
      const forced = inside || l.over ? undefined : squeezed(roomBefore, roomAfter);
      const before = bar0 - ITEM.labelPad - l.width;
      const beside = (forced ?? (after + l.width > roomRight && before >= roomLeft)) ? before : after;
      l.x = inside ? Math.max(visible0, roomLeft) + ITEM.labelPad : l.over ? barLeft + ITEM.labelPad : uncut(beside, l.width, c.plot, ITEM.labelPad);
      l.full = inside || l.over ? [bar0, bar1] : [Math.min(bar0, l.x), Math.max(bar1, l.x + l.width)];
      l.pinned = inside ? sure0 < plotLeft : l.over ? bar0 < roomLeft : l.x !== beside;
      l.inside = inside;
    }
    return (this.placed = l);
  }

  // The label's lines and width, shortened to `max` px where they are longer; placed by `place`.
  private label(max: number): Placed {
    const { event, c } = this;
    const words = textOf(event, this.rank, c);
    const short = words.titleWidth <= max && words.whenWidth <= max ? undefined : shortened(event, words, max, c.measure);
    const text = short?.title ?? event.title;
    const sub = text === "" ? "" : (short?.sub ?? words.sub);
    // Citation numbers ride after the title only when the whole title and they fit.
    const cites = text === event.title && words.titleWidth + words.citesWidth <= max ? words.cites : "";
    const width = Math.min(max, Math.max(words.titleWidth + (cites ? words.citesWidth : 0), words.whenWidth));
    return { text, sub, cites, width, x: 0, full: NO_EXTENT, pinned: false, inside: false };
  }

  build(row: number, y: number, withLabel: boolean): PointItem | SpanItem {
    const { event, c, center } = this;
    const band: [number, number] = [this.band0, this.band1];
    const bar: [number, number] = [this.bar0, this.bar1];
    const bare: [number, number] = [this.bare0, this.bare1];
    const l = this.place();
    const words = textOf(event, this.rank, c);
    words.name ??= itemName(event, c);
    const citations = event.sources.map((id) => c.citations[id] ?? 0);
    const shown: LabelLayout | null = withLabel && l.text !== "" ? { text: l.text, sub: l.sub, cites: l.cites, x: l.x, y: y - 2, width: l.width, pinned: l.pinned, crossesBreak: crossesBreak(c.segments, l.x, l.x + l.width), ...(l.over ? { over: true } : {}) } : null;
    const base = { id: event.id, lane: laneOfGroup(event.group, c.gathered), row, y, x0: shown ? l.full[0] : bare[0], x1: shown ? l.full[1] : bare[1], label: shown, name: words.name, when: words.when, citations };
    if (disputed(event)) return { kind: "point", ...base, x: center, band, date: precisionLayout(event.start), accounts: accountMarks(event, c) };
    if (!event.end) {
      const set = event.start.set;
      if (!set) return { kind: "point", ...base, x: center, band, date: precisionLayout(event.start) };
      const candidates = set.dates.map((d): [number, number] => [c.x(d.earliest), c.x(d.latest)]);
      return { kind: "point", ...base, x: center, band: [center, center], date: { precision: event.start.precision, qualifier: event.start.qualifier }, set: { kind: set.kind, candidates } };
    }
    return {
      kind: "span",
      ...base,
      bar,
      labelInside: l.inside,
      startBand: band,
      endBand: [this.end0, this.end1],
      start: precisionLayout(event.start),
      end: precisionLayout(event.end),
    };
  }
}

