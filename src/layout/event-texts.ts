/**
 * Where the words of events' labels are kept between layouts: per language (its dates and its
 * words), measure and timeline, one entry per event by its rank. Zooming re-lays out the same
 * events dozens of times a second; their words do not change, and measuring them was most of the
 * cost. An array, not a map by event: the lookup is one index on every shape, and a weak map of
 * 100,000 events was work for every major GC.
 *
 * @module
 */
import type { LayoutWords } from "../messages/layout.js";
import type { DateWordsOptions } from "../model/date-words.js";
import type { Timeline } from "../types.js";
import type { Measure } from "./measure.js";

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
