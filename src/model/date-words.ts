import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import type { FuzzyDate } from "../types.js";
import { SEASON_NAMES, SEASON_PATTERN } from "./season.js";

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

const QUALIFIER_WORDS = {
  exact: "",
  approximate: " (approximate)",
  uncertain: " (uncertain)",
  "approximate-uncertain": " (approximate, uncertain)",
} as const;

/**
 * A date in words, at the precision it is known and no finer, saying how sure it is.
 * Years before 1 CE read "754 BCE"; there is no year 0 in words.
 *
 * @example
 * ```ts
 * describeDate(readDate("2008-22?").date);  // "summer 2008 (uncertain)"
 * describeDate(readDate("-0753").date);     // "754 BCE"
 * ```
 */
export function describeDate(date: FuzzyDate, options: DateWordsOptions = {}): string {
  return bare(date, options.locale ?? enGB) + QUALIFIER_WORDS[date.qualifier];
}

/**
 * A span in words, sharing what the two ends share: "7–9 June 2008", "22 September 1980 – 20 August 1988".
 *
 * @example
 * ```ts
 * describeSpan(readDate("2008-06-07").date, readDate("2008-06-09").date); // "7–9 June 2008"
 * ```
 */
export function describeSpan(start: FuzzyDate, end: FuzzyDate | undefined, options: DateWordsOptions = {}): string {
  if (!end) return describeDate(start, options);
  const locale = options.locale ?? enGB;
  const a = bare(start, locale);
  const b = bare(end, locale);
  if (a === b && start.qualifier === end.qualifier) return describeDate(start, options);
  const exact = start.qualifier === "exact" && end.qualifier === "exact";
  if (exact && start.precision === "day" && end.precision === "day" && locale.code === "en-GB") {
    const s = new Date(start.earliest);
    const e = new Date(end.earliest);
    if (s.getUTCFullYear() === e.getUTCFullYear() && s.getUTCFullYear() > 0) {
      if (s.getUTCMonth() === e.getUTCMonth()) return `${s.getUTCDate()}–${b}`;
      return `${dayMonth(s, locale)} – ${b}`;
    }
  }
  return `${describeDate(start, options)} – ${describeDate(end, options)}`;
}

function bare(date: FuzzyDate, locale: Locale): string {
  const d = new Date(date.earliest);
  const year = d.getUTCFullYear();
  switch (date.precision) {
    case "millennium":
    case "century":
    case "decade": {
      const last = new Date(date.latest).getUTCFullYear();
      if (year > 0) return `${year}s`;
      return `${yearWords(year)} – ${yearWords(last)}`;
    }
    case "year":
      return yearWords(year);
    case "season": {
      const code = Number(SEASON_PATTERN.exec(date.edtf)?.[2] ?? 0);
      const edtfYear = Number(SEASON_PATTERN.exec(date.edtf)?.[1] ?? year);
      return `${SEASON_NAMES[code] ?? "season"} ${yearWords(edtfYear)}`;
    }
    case "month":
      return `${monthName(d, locale)} ${yearWords(year)}`;
    case "day":
      return `${dayMonth(d, locale)} ${yearWords(year)}`;
    case "hour":
    case "minute":
      return `${dayMonth(d, locale)} ${yearWords(year)}, ${clock(d, false)}`;
    case "second":
      return `${dayMonth(d, locale)} ${yearWords(year)}, ${clock(d, true)}`;
    case "instant":
      return `${dayMonth(d, locale)} ${yearWords(year)}, ${clock(d, true)} UTC`;
  }
}

// Month names come from the date-fns locale; the words are assembled here rather than through
// `format`, which parses its pattern on every call and dominated layout time for large timelines.
function monthName(d: Date, locale: Locale): string {
  return String(locale.localize.month(d.getUTCMonth() as 0, { width: "wide", context: "standalone" }));
}

function dayMonth(d: Date, locale: Locale): string {
  return `${d.getUTCDate()} ${String(locale.localize.month(d.getUTCMonth() as 0, { width: "wide", context: "formatting" }))}`;
}

function clock(d: Date, seconds: boolean): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ""}`;
}

/**
 * A year in words from its astronomical number: 2008 → "2008", 0 → "1 BCE", -753 → "754 BCE".
 *
 * @example
 * ```ts
 * yearWords(-753); // "754 BCE"
 * ```
 */
export function yearWords(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

const PRECISION_WORDS: Record<FuzzyDate["precision"], string> = {
  millennium: "known to the millennium",
  century: "known to the century",
  decade: "known to the decade",
  year: "known to the year",
  season: "known to the season",
  month: "known to the month",
  day: "known to the day",
  hour: "known to the hour",
  minute: "known to the minute",
  second: "known to the second",
  instant: "an exact moment",
};

/**
 * How well a date is known, in words: "known to the month, approximate".
 *
 * @example
 * ```ts
 * precisionWords(readDate("2008-06~").date); // "known to the month, approximate"
 * ```
 */
export function precisionWords(date: FuzzyDate): string {
  const sure = { exact: "", approximate: ", approximate", uncertain: ", uncertain", "approximate-uncertain": ", approximate and uncertain" }[date.qualifier];
  return PRECISION_WORDS[date.precision] + sure;
}

/**
 * How well an event's dates are known, as a sentence: "Date known to the day." for a moment,
 * "Dates known to the day." or "Start known to the month, approximate; end known to the day." for a span.
 *
 * @example
 * ```ts
 * spanPrecisionWords(readDate("2008-06~").date); // "Date known to the month, approximate."
 * ```
 */
export function spanPrecisionWords(start: FuzzyDate, end?: FuzzyDate): string {
  const from = precisionWords(start);
  if (!end) return `Date ${from}.`;
  const to = precisionWords(end);
  return from === to ? `Dates ${from}.` : `Start ${from}; end ${to}.`;
}
