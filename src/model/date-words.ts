import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { datesEn, type DatesWords } from "../messages/dates.js";
import type { Calendar, FuzzyDate } from "../types.js";
import { calendarFormat, calendarRange, calendarWords } from "./calendar.js";
import { partWords } from "./date-precision-words.js";
import { readEdtf } from "./date.js";
import { checkDates } from "./loaded-timeline.js";
import { ENGLISH_YEARS, unspecifiedWords, yearsWords, yearText, type MonthNames, type YearSpeller } from "./date-words-year.js";
import { SEASON_PATTERN } from "./season.js";
import { clock, localDigits, two, zone } from "./date-words-clock.js";
export { precisionWords, spanPrecisionWords } from "./date-precision-words.js";

/**
 * How dates are said: the reader's language, the calendar, and the words around the dates.
 *
 * @example
 * ```ts
 * import { fr } from "date-fns/locale/fr";
 * const r = readDate("2008-06-08");
 * if (r.ok) describeDate(r.date, { locale: fr });                        // "8 juin 2008"
 * if (r.ok) describeDate(r.date, { locale: "fa-IR", calendar: "persian" }); // "۱۹ خرداد ۱۳۸۷"
 * ```
 */
export interface DateWordsOptions {
  /**
   * The language: a date-fns locale (its `code` names it) or a BCP 47 tag; default en-GB
   * ("8 June 2008"). English is assembled from date-fns's month names; every other language, and
   * English in another calendar, is written by `Intl.DateTimeFormat`, in the tag's own digits.
   */
  locale?: Locale | string;
  /** The calendar dates are said in; default "gregory". Dates with unknown digits stay Gregorian. */
  calendar?: Calendar;
  /** The words around the dates: the language's `dates` messages; default English. */
  words?: DatesWords;
}

/** Everything saying a date needs, worked out once per options object. */
/** How one language and calendar says dates (`spellerOf`). */
export interface Speller extends YearSpeller, MonthNames {
  /** The language's tag, for Intl. */
  tag: string;
  calendar: Calendar;
  /** English's own assembly (with its "7–9 June 2008" ranges when `compact`), else Intl's. */
  english: boolean;
  compact: boolean;
}

const SPELLERS = new WeakMap<DateWordsOptions, Speller>();

/**
 * A date in words, at the precision it is known and no finer, saying how sure it is.
 * Years before 1 CE read "754 BCE"; there is no year 0 in words.
 *
 * @example
 * ```ts
 * describeDate(readDate("2008-22?").date);       // "summer 2008 (uncertain)"
 * describeDate(readDate("-0753").date);          // "754 BCE"
 * describeDate(readDate("156X-12-25").date);     // "25 December, some year of the 1560s"
 * describeDate(readDate("[1667,1668]").date);    // "one of 1667, 1668"
 * ```
 */
export function describeDate(date: FuzzyDate, options: DateWordsOptions = {}): string {
  checkDates("describeDate", date);
  return sayDate(date, options);
}

/** {@link describeDate} unchecked, for citeline's own callers (every label, list entry, citation). @internal */
export function sayDate(date: FuzzyDate, options: DateWordsOptions = {}): string {
  return dateIn(date, spellerOf(options));
}

/**
 * A span in words, sharing what the two ends share: "7–9 June 2008", "22 September 1980 – 20 August 1988",
 * "from 12 April 1985 on" (an open end), "12 April 1985 – end unknown".
 *
 * @example
 * ```ts
 * describeSpan(readDate("2008-06-07").date, readDate("2008-06-09").date); // "7–9 June 2008"
 * ```
 */
export function describeSpan(start: FuzzyDate, end: FuzzyDate | undefined, options: DateWordsOptions = {}): string {
  checkDates("describeSpan", start, end);
  return saySpan(start, end, options);
}

/** {@link describeSpan} for dates citeline's own code knows a load read. @internal */
export function saySpan(start: FuzzyDate, end: FuzzyDate | undefined, options: DateWordsOptions = {}): string {
  const s = spellerOf(options);
  const { w } = s;
  if (!end) return dateIn(start, s);
  if (end.bound === "open") return w.from(dateIn(start, s));
  if (end.bound === "unknown") return w.endUnknown(dateIn(start, s));
  if (start.bound === "open") return w.until(dateIn(end, s));
  if (start.bound === "unknown") return w.startUnknown(dateIn(end, s));
  const a = bare(start, s);
  const b = bare(end, s);
  if (a === b && start.qualifier === end.qualifier && !start.parts && !end.parts) return dateIn(start, s);
  const days = start.qualifier === "exact" && end.qualifier === "exact" && start.precision === "day" && end.precision === "day" && !start.edtf.includes("X") && !end.edtf.includes("X");
  if (days && s.english && s.compact) {
    const from = new Date(start.earliest);
    const to = new Date(end.earliest);
    if (from.getUTCFullYear() === to.getUTCFullYear() && from.getUTCFullYear() > 0) {
      if (from.getUTCMonth() === to.getUTCMonth()) return `${from.getUTCDate()}–${b}`;
      return `${s.dayMonth(from.getUTCDate(), from.getUTCMonth())} – ${b}`;
    }
  }
  if (days && !s.english && shownIn(start.earliest, s) && shownIn(end.earliest, s)) return rangeIn(start.earliest, end.earliest, s, DAY_MONTH_YEAR);
  return w.range(dateIn(start, s), dateIn(end, s));
}

/**
 * A year in words from its astronomical number, in a language: 2008 → "2008", -753 → "754 BCE".
 *
 * @example
 * ```ts
 * yearWords(-753);                      // "754 BCE"
 * yearWords(2008, { locale: "fa-IR" }); // "۲۰۰۸"
 * ```
 */
export function yearWords(year: number, options: DateWordsOptions = {}): string {
  return yearText(year, spellerOf(options));
}

function spellerOf(options: DateWordsOptions): Speller {
  if (options.locale === undefined && options.calendar === undefined && options.words === undefined) return ENGLISH;
  let s = SPELLERS.get(options);
  if (!s) SPELLERS.set(options, (s = makeSpeller(options)));
  return s;
}

function makeSpeller(options: DateWordsOptions): Speller {
  const w = options.words ?? datesEn;
  const calendar = options.calendar ?? "gregory";
  const tag = typeof options.locale === "string" ? options.locale : (options.locale?.code ?? "en-GB");
  if (/^en(-|$)/i.test(tag) && calendar === "gregory") return englishSpeller(typeof options.locale === "object" ? options.locale : enGB, w, tag);
  return intlSpeller(tag, calendar, w);
}

// Month names come from the date-fns locale; the words are assembled here rather than through
// `format`, which parses its pattern on every call and dominated layout time for large timelines.
function englishSpeller(locale: Locale, w: DatesWords, tag: string): Speller {
  const name = (m: number, context: "standalone" | "formatting") => String(locale.localize.month(m as 0, { width: "wide", context }));
  return {
    ...ENGLISH_YEARS,
    w,
    tag,
    calendar: "gregory",
    english: true,
    compact: tag.toLowerCase() !== "en-us",
    month: (m) => name(m, "standalone"),
    dayMonth: (d, m) => `${d} ${name(m, "formatting")}`,
  };
}

function intlSpeller(tag: string, calendar: Calendar, w: DatesWords): Speller {
  // The digits Intl writes the tag's dates in.
  const digits = new Intl.NumberFormat(tag, { useGrouping: false, numberingSystem: calendarFormat(tag, "gregory", YEAR).resolvedOptions().numberingSystem });
  // Unknown digits leave the year unknown, so these are Gregorian months, named in the language.
  const gregorian = (options: Intl.DateTimeFormatOptions, m: number, d = 1) => calendarWords(Date.UTC(2000, m, d), tag, "gregory", options);
  return {
    w,
    num: (n) => digits.format(n),
    tag,
    calendar,
    english: false,
    compact: false,
    month: (m) => gregorian({ month: "long" }, m),
    dayMonth: (d, m) => gregorian({ day: "numeric", month: "long" }, m, d),
  };
}

const ENGLISH = englishSpeller(enGB, datesEn, "en-GB");

function dateIn(date: FuzzyDate, s: Speller): string {
  // Known from one side: the date written, inside `[..` `]` or `[` `..]`, said as any other.
  if (date.side) {
    const { side, edtf, ...known } = date;
    const written = side === "before" ? edtf.slice(3, -1) : edtf.slice(1, -3);
    return (side === "before" ? s.w.orBefore : s.w.orAfter)(dateIn({ ...known, edtf: written }, s));
  }
  if (date.set) {
    const words = date.set.dates.map((d) => dateIn(d, s));
    return date.set.kind === "one-of" ? s.w.oneOf(words) : s.w.allOf(words);
  }
  const range = /^(.+)\.\.(.+)$/.exec(date.edtf);
  if (range) return s.w.range(rangeEnd(range[1] ?? "", s), rangeEnd(range[2] ?? "", s));
  const sure = date.parts ? partWords(date.parts, s.w) : s.w.qualifier[date.qualifier];
  const when = bare(date, s);
  return sure === "" ? when : s.w.qualified(when, sure);
}

// A set's range member (`1667..1672`) is one candidate; its ends are said as written.
function rangeEnd(text: string, s: Speller): string {
  const read = readEdtf(text);
  return read.ok ? dateIn(read.date, s) : text;
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: "long", year: "numeric" };
const YEAR: Intl.DateTimeFormatOptions = { year: "numeric" };

function bare(date: FuzzyDate, s: Speller): string {
  const unknownDigits = unspecifiedWords(date.edtf, s, s);
  if (unknownDigits !== undefined) return unknownDigits;
  const { w } = s;
  if (date.estimate !== undefined) {
    const digits = Number.parseInt(date.edtf.split("S")[1] ?? "", 10);
    return w.estimate(yearText(date.estimate, s), digits, yearsWords(yearOf(date.earliest), yearOf(date.latest), s));
  }
  // A time is said as written, in the zone it was written in; the bounds hold the true instant.
  const at = date.earliest + (date.offset ?? 0) * 60_000;
  const d = new Date(at);
  const year = d.getUTCFullYear();
  // Another calendar names the days and the stretches of time a date covers in its own terms.
  const other = s.calendar !== "gregory" && shownIn(date.earliest, s) && shownIn(date.latest, s);
  const day = () => (s.english ? w.withYear(s.dayMonth(d.getUTCDate(), d.getUTCMonth()), yearText(year, s)) : intlDay(at, year, s));
  switch (date.precision) {
    case "millennium":
    case "century":
    case "decade":
      return other ? rangeIn(date.earliest, date.latest, s, YEAR) : yearsWords(year, yearOf(date.latest), s);
    case "year":
      return other ? rangeIn(date.earliest, date.latest, s, YEAR) : yearText(year, s);
    case "season": {
      if (other) return rangeIn(date.earliest, date.latest, s, MONTH_YEAR);
      const season = SEASON_PATTERN.exec(date.edtf);
      const code = Number(season?.[2] ?? 21) as keyof DatesWords["seasons"];
      return w.season(w.seasons[code] ?? w.seasons[21], yearText(Number(season?.[1] ?? year), s));
    }
    case "month":
      if (other) return rangeIn(date.earliest, date.latest, s, MONTH_YEAR);
      return s.english || year <= 0 ? w.withYear(s.month(d.getUTCMonth()), yearText(year, s)) : calendarWords(at, s.tag, "gregory", MONTH_YEAR);
    case "day":
      return day();
    case "hour":
      return w.atTime(day(), localDigits(`${clock(d, false)}–${two(d.getUTCHours())}:59`, s) + zone(date, s));
    case "minute":
      return w.atTime(day(), localDigits(clock(d, false), s) + zone(date, s));
    case "second":
      return w.atTime(day(), localDigits(clock(d, true), s) + zone(date, s));
    case "instant":
      return w.atTime(day(), `${localDigits(clock(d, true), s)} ${w.utc("")}`);
  }
}

// A day in another language (or calendar): Intl's words, with the year in the reader's words before year 1.
function intlDay(at: number, year: number, s: Speller): string {
  if (s.calendar !== "gregory" && shownIn(at, s)) return calendarWords(at, s.tag, s.calendar, DAY_MONTH_YEAR);
  if (year > 0) return calendarWords(at, s.tag, "gregory", DAY_MONTH_YEAR);
  return s.w.withYear(calendarWords(at, s.tag, "gregory", { day: "numeric", month: "long" }), yearText(year, s));
}

// Whether a time falls where the calendar is shown as itself (else it is said in the Gregorian).
function shownIn(ms: number, s: Speller): boolean {
  if (s.calendar === "gregory") return new Date(ms).getUTCFullYear() > 0;
  const [from, to] = calendarRange(s.calendar);
  return ms >= from && ms <= to;
}

// From one time to another in the calendar's words, shared parts said once ("18–20 Khordad 1387")
// where Intl's range reads as its dates do. Some locales' range patterns drop an end or reorder
// day, month and year against the language's own dates: then both dates are said, in full.
function rangeIn(from: number, to: number, s: Speller, options: Intl.DateTimeFormatOptions): string {
  const a = calendarWords(from, s.tag, s.calendar, options);
  const b = calendarWords(to, s.tag, s.calendar, options);
  if (a === b) return a;
  const format = calendarFormat(s.tag, s.calendar, options);
  const parts = format.formatRangeToParts(from, to);
  const joined = parts.filter((p) => p.type !== "era").map((p) => p.value).join("").replace(/\s+/g, " ").trim();
  const whole = parts.some((p) => p.source === "endRange" && p.type !== "literal" && p.type !== "era");
  const same = orderOf(parts) === orderOf(format.formatToParts(from));
  return whole && same && joined !== a && joined !== b ? joined : s.w.range(a, b);
}

// The order day, month and year first appear in: "day month year".
function orderOf(parts: readonly Intl.DateTimeFormatPart[]): string {
  const seen = parts.map((p) => p.type).filter((t) => t === "day" || t === "month" || t === "year");
  return [...new Set(seen)].join(" ");
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/**
 * A date, or a start and end, as EDTF writes it: the event's `datetime`, and what a diagnostic
 * says a date was read as (`readAs`).
 *
 * @example
 * ```ts
 * edtfOf(event.start); // "2008-06-07"
 * edtfOf(start, end); // "2008-06-07/2008-06-09", "1985/.."
 * ```
 */
export function edtfOf(start: FuzzyDate, end?: FuzzyDate): string {
  return end ? `${start.edtf}/${end.edtf}` : start.edtf;
}
