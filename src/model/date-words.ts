import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import type { FuzzyDate, Qualifier } from "../types.js";
import { partWords } from "./date-precision-words.js";
import { readEdtf } from "./date.js";
import { SEASON_NAMES, SEASON_PATTERN } from "./season.js";
import { unspecifiedWords, yearsWords, yearWords } from "./date-words-year.js";

export { yearWords } from "./date-words-year.js";
export { precisionWords, spanPrecisionWords } from "./date-precision-words.js";

/**
 * Options for dates in words.
 *
 * @example
 * ```ts
 * import { fr } from "date-fns/locale/fr";
 * const r = readDate("2008-06-08");
 * if (r.ok) describeDate(r.date, { locale: fr }); // "8 juin 2008"
 * ```
 */
export interface DateWordsOptions {
  /** date-fns locale for month names and order; default en-GB ("8 June 2008"). */
  locale?: Locale;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approximate: "approximate",
  uncertain: "uncertain",
  "approximate-uncertain": "approximate, uncertain",
};

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
  const locale = options.locale ?? enGB;
  if (date.set) {
    const words = date.set.dates.map((d) => describeDate(d, options));
    return `${date.set.kind === "one-of" ? "one of" : "all of"} ${words.join(", ")}`;
  }
  const range = /^(.+)\.\.(.+)$/.exec(date.edtf);
  if (range) return `${rangeEnd(range[1] ?? "", options)} – ${rangeEnd(range[2] ?? "", options)}`;
  const sure = date.parts ? partWords(date.parts) : QUALIFIER_WORDS[date.qualifier];
  return bare(date, locale) + (sure === "" ? "" : ` (${sure})`);
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
  if (!end) return describeDate(start, options);
  if (end.bound === "open") return `from ${describeDate(start, options)} on`;
  if (end.bound === "unknown") return `${describeDate(start, options)} – end unknown`;
  if (start.bound === "open") return `until ${describeDate(end, options)}`;
  if (start.bound === "unknown") return `start unknown – ${describeDate(end, options)}`;
  const locale = options.locale ?? enGB;
  const a = bare(start, locale);
  const b = bare(end, locale);
  if (a === b && start.qualifier === end.qualifier && !start.parts && !end.parts) return describeDate(start, options);
  const exact = start.qualifier === "exact" && end.qualifier === "exact";
  if (exact && start.precision === "day" && end.precision === "day" && locale.code === "en-GB" && !start.edtf.includes("X") && !end.edtf.includes("X")) {
    const s = new Date(start.earliest);
    const e = new Date(end.earliest);
    if (s.getUTCFullYear() === e.getUTCFullYear() && s.getUTCFullYear() > 0) {
      if (s.getUTCMonth() === e.getUTCMonth()) return `${s.getUTCDate()}–${b}`;
      return `${dayMonth(s.getUTCDate(), s.getUTCMonth(), locale)} – ${b}`;
    }
  }
  return `${describeDate(start, options)} – ${describeDate(end, options)}`;
}

// A set's range member (`1667..1672`) is one candidate; its ends are said as written.
function rangeEnd(text: string, options: DateWordsOptions): string {
  const read = readEdtf(text);
  return read.ok ? describeDate(read.date, options) : text;
}

function bare(date: FuzzyDate, locale: Locale): string {
  const unknownDigits = unspecifiedWords(date.edtf, (m) => monthName(m, locale), (d, m) => dayMonth(d, m, locale));
  if (unknownDigits !== undefined) return unknownDigits;
  if (date.estimate !== undefined) {
    return `${yearWords(date.estimate)}, to ${date.edtf.split("S")[1] ?? "?"} significant digits (${yearsWords(yearOf(date.earliest), yearOf(date.latest))})`;
  }
  // A time is said as written, in the zone it was written in; the bounds hold the true instant.
  const d = new Date(date.earliest + (date.offset ?? 0) * 60_000);
  const year = d.getUTCFullYear();
  const day = () => `${dayMonth(d.getUTCDate(), d.getUTCMonth(), locale)} ${yearWords(year)}`;
  switch (date.precision) {
    case "millennium":
    case "century":
    case "decade":
      return yearsWords(year, yearOf(date.latest));
    case "year":
      return yearWords(year);
    case "season": {
      const season = SEASON_PATTERN.exec(date.edtf);
      return `${SEASON_NAMES[Number(season?.[2] ?? 0)] ?? "season"} ${yearWords(Number(season?.[1] ?? year))}`;
    }
    case "month":
      return `${monthName(d.getUTCMonth(), locale)} ${yearWords(year)}`;
    case "day":
      return day();
    case "hour":
      return `${day()}, ${clock(d, false)}–${two(d.getUTCHours())}:59${zone(date)}`;
    case "minute":
      return `${day()}, ${clock(d, false)}${zone(date)}`;
    case "second":
      return `${day()}, ${clock(d, true)}${zone(date)}`;
    case "instant":
      return `${day()}, ${clock(d, true)} UTC`;
  }
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

// A time written without a zone is a wall-clock time and is said without one.
function zone(date: FuzzyDate): string {
  if (date.offset === undefined) return "";
  if (date.offset === 0) return " UTC";
  const abs = Math.abs(date.offset);
  return ` UTC${date.offset < 0 ? "−" : "+"}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

// Month names come from the date-fns locale; the words are assembled here rather than through
// `format`, which parses its pattern on every call and dominated layout time for large timelines.
function monthName(month: number, locale: Locale): string {
  return String(locale.localize.month(month as 0, { width: "wide", context: "standalone" }));
}

function dayMonth(day: number, month: number, locale: Locale): string {
  return `${day} ${String(locale.localize.month(month as 0, { width: "wide", context: "formatting" }))}`;
}

function clock(d: Date, seconds: boolean): string {
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ""}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
