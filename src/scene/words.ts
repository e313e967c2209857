/**
 * The words of a timeline, worked out once per timeline and language and shared by every part of
 * the scene: each event's date in words, how well it is known, its machine-readable date, and
 * each source's citation. A zoom frame redraws the list; it never recomputes these.
 *
 * @module
 */
import type { Locale } from "date-fns";
import type { Messages } from "../messages/index.js";
import { citeSource, type CitationOptions, type CitationText } from "../model/citation.js";
import { saySpan, edtfOf, spanPrecisionWords, type DateWordsOptions } from "../model/date-words.js";
import { eventById, indexIds } from "../model/ids.js";
import { layoutEn, type LayoutWords } from "../messages/layout.js";
import { disputedWhen } from "../layout/event-name.js";
import type { Account, Timeline, TimelineEvent } from "../types.js";

/** An event's words. */
export interface EventWords {
  /** Date in words, or the display date the data gave. */
  when: string;
  /** How well the date is known, as a sentence. */
  precision: string;
  /** The date as EDTF writes it, for the markup (`data-edtf`, and `<time datetime>` where HTML can say it: scene/datetime.ts). */
  edtf: string;
  /** The numbers of the sources it cites, in its order. */
  citations: number[];
  /**
   * The date in Gregorian words, when `when` is in another calendar (and not the data's own display
   * date): the data is Gregorian, and a reader checking it against a source needs that date too.
   */
  gregorian?: string;
}

/**
 * The language words are said in: how dates are said, and the chart's words (a citation's
 * relays). The options' `languageOf(…)` is one.
 */
export interface WordsLanguage {
  readonly dates: DateWordsOptions;
  readonly messages: { readonly chart: Pick<Messages["chart"], "via">; readonly layout?: Pick<LayoutWords, "disputed" | "moreAccounts"> };
}

/** The words of one timeline in one language. */
export interface Words {
  readonly timeline: Timeline;
  /** How its dates are said. */
  readonly dates: DateWordsOptions;
  event(e: TimelineEvent): EventWords;
  /** One account of a disputed event: its date in words. */
  account(a: Account): string;
  /** A source's citation by its id, or undefined for an unknown id. */
  citation(id: string): CitationText | undefined;
  /** Every source's citation, in number order. */
  readonly citations: readonly CitationText[];
  /** An event by its id. */
  byId(id: string): TimelineEvent | undefined;
}

const cache = new WeakMap<Timeline, Map<WordsLanguage | Locale | undefined, Words>>();
const ENGLISH: WordsLanguage = { dates: {}, messages: { chart: { via: ", via " }, layout: layoutEn } };
// A date-fns locale given alone: its dates, English words; one language per locale.
const byLocale = new WeakMap<Locale, WordsLanguage>();

/**
 * The words of `timeline` in a language (or a date-fns locale, with English words; default
 * English), made once per timeline and language (a loaded timeline is never changed) and filled
 * as they are first asked for.
 *
 * @example
 * ```ts
 * wordsFor(timeline, enGB).event(timeline.events[0]!).when;                          // "7–9 June 2008"
 * wordsFor(timeline, languageOf({ locale: "fa" })).event(timeline.events[0]!).when; // "۷ تا ۹ ژوئن ۲۰۰۸"
 * ```
 */
export function wordsFor(timeline: Timeline, language?: WordsLanguage | Locale): Words {
  let perLanguage = cache.get(timeline);
  if (!perLanguage) cache.set(timeline, (perLanguage = new Map<WordsLanguage | Locale | undefined, Words>()));
  let words = perLanguage.get(language);
  if (!words) perLanguage.set(language, (words = makeWords(timeline, languageOf(language))));
  return words;
}

function languageOf(given: WordsLanguage | Locale | undefined): WordsLanguage {
  if (given === undefined) return ENGLISH;
  if ("dates" in given) return given;
  let language = byLocale.get(given);
  if (!language) byLocale.set(given, (language = { dates: { locale: given }, messages: ENGLISH.messages }));
  return language;
}

function makeWords(timeline: Timeline, language: WordsLanguage): Words {
  const { dates } = language;
  const cite: CitationOptions = { ...dates, via: language.messages.chart.via };
  // One options object for the Gregorian words, so their speller is made once.
  const gregorian = dates.calendar && dates.calendar !== "gregory" ? { ...dates, calendar: "gregory" as const } : undefined;
  const events = new Map<TimelineEvent, EventWords>();
  const sources = new Map<string, CitationText | null>();
  const numbers = new Map(timeline.sources.map((s) => [s.id, s.number]));
  let all: CitationText[] | undefined;
  const citation = (id: string): CitationText | undefined => {
    let c = sources.get(id);
    if (c === undefined) sources.set(id, (c = citeSource(timeline, id, cite) ?? null));
    return c ?? undefined;
  };
  return {
    timeline,
    dates,
    event(e) {
      let w = events.get(e);
      if (!w) {
        // A disputed event's date is its accounts' dates, each one possible.
        const disputed = disputedWhen(e, dates, language.messages.layout ?? layoutEn);
        w = {
          when: e.displayDate ?? disputed ?? saySpan(e.start, e.end, dates),
          precision: spanPrecisionWords(e.start, e.end, dates.words),
          edtf: edtfOf(e.start, e.end),
          citations: e.sources.flatMap((id) => numbers.get(id) ?? []),
        };
        if (gregorian && e.displayDate === undefined && disputed === undefined) {
          const plain = saySpan(e.start, e.end, gregorian);
          if (plain !== w.when) w.gregorian = plain;
        }
        events.set(e, w);
      }
      return w;
    },
    account: (a) => saySpan(a.start, a.end, dates),
    citation,
    get citations() {
      return (all ??= timeline.sources.flatMap((s) => citation(s.id) ?? []));
    },
    byId: (id) => eventById(timeline, id),
  };
}

/**
 * Make up to `count` more of the events `byId` finds, ahead of its first look-up (the view does so
 * while the page is idle); true once all are made.
 *
 * @example
 * ```ts
 * while (!prepareById(words, 5_000)); // then words.byId(id) looks up at once
 * ```
 */
export function prepareById(words: Words, count: number): boolean {
  return indexIds(words.timeline, count);
}
