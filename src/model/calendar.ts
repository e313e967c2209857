import type { Calendar } from "../types.js";

/**
 * The one gateway to calendars other than the Gregorian: which day, month and year of a calendar a
 * UTC day is in, where its months begin, and its words in a reader's language, all asked of
 * `Intl.DateTimeFormat` with `{ calendar, timeZone: "UTC" }`.
 *
 * Why Intl and not date-fns-jalali: one mechanism serves all four calendars (Solar Hijri and both
 * Hijri reckonings; date-fns-jalali knows only the first), it adds nothing to the script-tag
 * bundle, whose budget is tight, and ICU ships in every browser and in Node. No calendar arithmetic
 * is written here: a month's first day is found by stepping back whole UTC days (86,400,000 ms) and
 * asking Intl which day it is, and a month by its number is found by jumping and asking again.
 *
 * @module
 */

/** A day of a calendar, in Latin digits: year (astronomical for the Gregorian: 0 is 1 BCE), month 1–12, day. */
export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

const DAY = 86_400_000;

/** The span where a calendar's days are shown in it (see {@link calendarRange}). */
const LATEST = Date.UTC(10_000, 0, 1) - 1;

// Intl constructors are slow (tens of µs) and a layout asks thousands of times: one per key.
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for a language, a calendar and options, always in UTC.
 *
 * @example
 * ```ts
 * calendarFormat("fa-IR", "persian", { month: "long" }).format(Date.UTC(2008, 5, 7)); // "خرداد"
 * ```
 */
export function calendarFormat(tag: string, calendar: Calendar, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${calendar}|${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, calendar, timeZone: "UTC" });
    FORMATS.set(key, format);
  }
  return format;
}

const NUMERIC: Intl.DateTimeFormatOptions = { year: "numeric", month: "numeric", day: "numeric", numberingSystem: "latn" };

/**
 * The calendar day, month and year the UTC day holding `ms` is in.
 *
 * @example
 * ```ts
 * calendarParts(Date.UTC(2008, 5, 7), "persian"); // { year: 1387, month: 3, day: 18 } (18 Khordad 1387)
 * ```
 */
export function calendarParts(ms: number, calendar: Calendar): CalendarParts {
  if (calendar === "gregory") {
    // JavaScript's Date is the proleptic Gregorian calendar already, with astronomical years.
    const d = new Date(ms);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const parts = { year: 0, month: 0, day: 0 };
  for (const p of calendarFormat("en", calendar, NUMERIC).formatToParts(ms)) {
    if (p.type === "year" || p.type === "month" || p.type === "day") parts[p.type] = Number(p.value);
  }
  return parts;
}

/**
 * Months since the calendar's epoch: `year × 12 + month − 1` (all four calendars have twelve
 * months, none leap months), so months are numbered in order across years.
 *
 * @example
 * ```ts
 * monthIndex(Date.UTC(2008, 2, 20), "persian"); // 16644 (1387 × 12): 1 Farvardin 1387
 * ```
 */
export function monthIndex(ms: number, calendar: Calendar): number {
  const { year, month } = calendarParts(ms, calendar);
  return year * 12 + month - 1;
}

/**
 * The first millisecond of the calendar month holding `ms` (a UTC midnight).
 *
 * @example
 * ```ts
 * monthStart(Date.UTC(2008, 5, 7), "persian") === Date.UTC(2008, 4, 21); // 1 Khordad 1387
 * ```
 */
export function monthStart(ms: number, calendar: Calendar): number {
  const day = Math.floor(ms / DAY) * DAY;
  let start = day - (calendarParts(day, calendar).day - 1) * DAY;
  // Days of a month are numbered one by one, so this lands on day 1; step back if Intl says otherwise.
  for (let i = 0; i < 31 && calendarParts(start, calendar).day !== 1; i++) start -= DAY;
  return start;
}

// A month's mean length in days, only to aim the first jump at a month far away; Intl says
// where the aim landed and the search corrects it, so no length is relied on.
const MEAN_MONTH: Record<Calendar, number> = { gregory: 30.44, persian: 30.44, "islamic-umalqura": 29.53, "islamic-civil": 29.53 };

/**
 * The first millisecond of month number `index` (see {@link monthIndex}), searched from `near`
 * (any time close to it makes the search short).
 *
 * @example
 * ```ts
 * monthStartAt(1387 * 12, "persian") === Date.UTC(2008, 2, 20); // 1 Farvardin 1387
 * ```
 */
export function monthStartAt(index: number, calendar: Calendar, near = 0): number {
  let start = monthStart(near, calendar);
  for (let i = 0; i < 64; i++) {
    const diff = index - monthIndex(start, calendar);
    if (diff === 0) return start;
    // Aim at the middle of the month sought: months are long enough that a near miss is the
    // next search's nearer start, never a skipped month.
    start = monthStart(start + 15 * DAY + Math.round(diff * MEAN_MONTH[calendar]) * DAY, calendar);
  }
  return start;
}

const firstYear = new Map<Calendar, number>();

/**
 * The span of UTC ms where a calendar is shown as itself: from its year 1 (1 Farvardin 1 or
 * 1 Muharram 1, in 622 CE) to the end of Gregorian 9999. Outside it, Intl's reckoning of these
 * calendars runs into negative and proleptic years no one dates by, so callers show Gregorian.
 *
 * @example
 * ```ts
 * calendarRange("persian")[0] < Date.UTC(622, 5, 1); // true: 1 Farvardin 1 is in March 622
 * ```
 */
export function calendarRange(calendar: Calendar): [number, number] {
  if (calendar === "gregory") return [-8.64e15, 8.64e15];
  let first = firstYear.get(calendar);
  if (first === undefined) {
    first = monthStartAt(12, calendar, Date.UTC(622, 6, 1));
    firstYear.set(calendar, first);
  }
  return [first, LATEST];
}

/**
 * A day in a calendar's words for a language, without the era ("Khordad 1387", not "Khordad
 * 1387 AP"): the axis says the calendar once, not on every label.
 *
 * @example
 * ```ts
 * calendarWords(Date.UTC(2008, 5, 7), "en-GB", "persian", { day: "numeric", month: "long", year: "numeric" }); // "18 Khordad 1387"
 * calendarWords(Date.UTC(2008, 5, 7), "fa-IR", "persian", { month: "long", year: "numeric" }); // "۱۳۸۷ خرداد"
 * ```
 */
export function calendarWords(ms: number, tag: string, calendar: Calendar, options: Intl.DateTimeFormatOptions): string {
  const parts = calendarFormat(tag, calendar, options).formatToParts(ms);
  const kept = parts.filter((p, i) => p.type !== "era" && !(p.type === "literal" && (parts[i + 1]?.type === "era" || (parts[i - 1]?.type === "era" && i === parts.length - 1))));
  return kept.map((p) => p.value).join("").trim();
}
