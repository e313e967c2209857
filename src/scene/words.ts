/**
 * The words of a timeline, worked out once per timeline and locale and shared by every part of
 * the scene: each event's date in words, how well it is known, its machine-readable date, and
 * each source's citation. A zoom frame redraws the list; it never recomputes these.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { citationText, type CitationText } from "../model/citation.js";
import { describeSpan, spanPrecisionWords } from "../model/date-words.js";
import type { Timeline, TimelineEvent } from "../types.js";

/** An event's words. */
export interface EventWords {
  /** Date in words, or the display date the data gave. */
  when: string;
  /** How well the date is known, as a sentence. */
  precision: string;
  /** Machine-readable date for `<time datetime>`: the EDTF text. */
  datetime: string;
  /** The numbers of the sources it cites, in its order. */
  citations: number[];
}

/** The words of one timeline in one locale. */
export interface Words {
  readonly timeline: Timeline;
  readonly locale: Locale | undefined;
  event(e: TimelineEvent): EventWords;
  /** A source's citation by its id, or undefined for an unknown id. */
  citation(id: string): CitationText | undefined;
  /** Every source's citation, in number order. */
  readonly citations: readonly CitationText[];
  /** An event by its id. */
  byId(id: string): TimelineEvent | undefined;
}

const cache = new WeakMap<Timeline, Map<Locale | undefined, Words>>();

/**
 * The words of `timeline` in `locale`, made once (a loaded timeline is never changed) and filled
 * as they are first asked for.
 *
 * @example
 * ```ts
 * const words = wordsFor(timeline, enGB);
 * words.event(timeline.events[0]!).when; // "7–9 June 2008"
 * ```
 */
export function wordsFor(timeline: Timeline, locale: Locale | undefined): Words {
  let perLocale = cache.get(timeline);
  if (!perLocale) cache.set(timeline, (perLocale = new Map<Locale | undefined, Words>()));
  let words = perLocale.get(locale);
  if (!words) perLocale.set(locale, (words = makeWords(timeline, locale)));
  return words;
}

function makeWords(timeline: Timeline, locale: Locale | undefined): Words {
  const events = new Map<TimelineEvent, EventWords>();
  const sources = new Map<string, CitationText | null>();
  const numbers = new Map(timeline.sources.map((s) => [s.id, s.number]));
  // Made now, not at the first select: a reader's first choice should not wait for 50,000 ids.
  const ids = new Map(timeline.events.map((e) => [e.id, e]));
  let all: CitationText[] | undefined;
  const citation = (id: string): CitationText | undefined => {
    let c = sources.get(id);
    if (c === undefined) sources.set(id, (c = citationText(timeline, id, { locale }) ?? null));
    return c ?? undefined;
  };
  return {
    timeline,
    locale,
    event(e) {
      let w = events.get(e);
      if (!w) {
        w = {
          when: e.displayDate ?? describeSpan(e.start, e.end, { locale }),
          precision: spanPrecisionWords(e.start, e.end),
          datetime: e.end ? `${e.start.edtf}/${e.end.edtf}` : e.start.edtf,
          citations: e.sources.flatMap((id) => numbers.get(id) ?? []),
        };
        events.set(e, w);
      }
      return w;
    },
    citation,
    get citations() {
      return (all ??= timeline.sources.flatMap((s) => citation(s.id) ?? []));
    },
    byId: (id) => ids.get(id),
  };
}
