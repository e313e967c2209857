/**
 * The words of events' labels, worked out once and kept between layouts: per language (its dates
 * and its words), measure and timeline, one entry per event by its rank. Zooming re-lays out the same
 * events dozens of times a second; their words do not change, and measuring them was most of the
 * cost. An array, not a map by event: the lookup is one index on every shape, and a weak map of
 * 100,000 events was work for every major GC.
 *
 * @module
 */
import type { LayoutWords } from "../messages/layout.js";
import { saySpan, type DateWordsOptions } from "../model/date-words.js";
import type { Timeline, TimelineEvent } from "../types.js";
import { disputedWhen } from "./event-name.js";
import type { ShapeContext } from "./items.js";
import { fitText, type Measure } from "./measure.js";
import { ITEM, MIN_LABEL } from "./sizes.js";

/** The words of an event and their widths: the same at every zoom, so measured once. */
export interface EventText {
  /** Date in words. */
  when: string;
  /** The label's second line: the date, and "no source" when none is given. */
  sub: string;
  /** The accessible name, made when the event is first drawn (most events placed never are: clusters). */
  name: string | undefined;
  /** Citation numbers as set after the title, "1,3", or "". */
  cites: string;
  citesWidth: number;
  titleWidth: number;
  whenWidth: number;
  /**
   * The label as last shortened, and to what width: a long title is shortened to the same widest
   * label at every zoom, and shortening measures it a dozen times.
   */
  short: { max: number; title: string; sub: string } | undefined;
}

/** Each event's words and widths, by rank, filled as events are placed. */
export type EventTexts = (EventText | undefined)[];

const cache = new WeakMap<DateWordsOptions, WeakMap<LayoutWords, WeakMap<Measure, WeakMap<Timeline, EventTexts>>>>();

// The value under `key`, made the first time it is asked for.
function kept<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * The words and widths of a timeline's events in one language and measure, kept for every layout
 * of them: a layout asks once and hands the result to its shapes.
 *
 * @example
 * ```ts
 * const texts = eventTexts(timeline, dates, layoutEn, estimateWidth);
 * texts[0]?.titleWidth; // the first event's title, measured once it has been placed
 * ```
 */
export function eventTexts(timeline: Timeline, dates: DateWordsOptions, words: LayoutWords, measure: Measure): EventTexts {
  const byWords = kept(cache, dates, () => new WeakMap());
  const byMeasure = kept(byWords, words, () => new WeakMap());
  const byTimeline = kept(byMeasure, measure, () => new WeakMap());
  return kept(byTimeline, timeline, () => new Array<EventText | undefined>(timeline.events.length).fill(undefined));
}

/** An event's label words and widths, worked out the first time it is placed and kept by rank. */
export function textOf(event: TimelineEvent, rank: number, c: ShapeContext): EventText {
  let text = c.texts[rank];
  if (!text) {
    // The date line also says when a claim has no source, in words, not only by style.
    const when = event.displayDate ?? disputedWhen(event, c.dates, c.words) ?? saySpan(event.start, event.end, c.dates);
    // A draft says so on its date line too, measured with the rest of the label.
    const dated = event.draft ? c.words.draft(when) : when;
    const sub = event.sources.length === 0 ? c.words.unsourced(dated) : dated;
    const cites = event.sources.length === 0 ? "" : c.words.cites(event.sources.map((id) => c.citations[id] ?? 0));
    text = {
      when,
      sub,
      cites,
      citesWidth: cites === "" ? 0 : c.measure(` ${cites}`, ITEM.citeFontSize),
      name: undefined,
      titleWidth: c.measure(event.title, ITEM.fontSize),
      whenWidth: c.measure(sub, ITEM.subFontSize),
      short: undefined,
    };
    c.texts[rank] = text;
  }
  return text;
}

// An event's label lines cut to `max` px, kept for the next layout: a long title is cut to the same
// widest label at every zoom step, and cutting measures it a dozen times.
export function shortened(event: TimelineEvent, words: EventText, max: number, measure: Measure): NonNullable<EventText["short"]> {
  if (words.short?.max !== max) {
    const title = words.titleWidth <= max ? event.title : fitText(event.title, max, ITEM.fontSize, measure);
    words.short = { max, title, sub: words.whenWidth <= max ? words.sub : fitText(words.sub, max, ITEM.subFontSize, measure) };
  }
  return words.short;
}

/**
 * The least width the label of an event can take, px, without saying its date in words: its title
 * shortened no further than labels ever are (a label is as wide as the wider of its two lines).
 *
 * @example
 * ```ts
 * leastLabel(event, rank, context); // 48, or less for a short title
 * ```
 */
export function leastLabel(event: TimelineEvent, rank: number, c: ShapeContext): number {
  const title = c.texts[rank]?.titleWidth ?? c.measure(event.title, ITEM.fontSize);
  return Math.min(MIN_LABEL, title);
}
