import type { Locale } from "date-fns";
import { utcDay, utcHour, utcMinute, utcMonth, type CountableTimeInterval, type TimeInterval } from "d3-time";
import { calendarParts, calendarWords, monthIndex, monthStartAt } from "../model/calendar.js";
import { yearWords } from "../model/date-words.js";
import type { Calendar } from "../types.js";
import { axisLabel } from "./axis-format.js";
import { calendarMonths, calendarYears } from "./calendar-intervals.js";
import { eraLastYear, eraYears } from "./era-years.js";

/**
 * The axis's tick units, from a minute to 100 millennia: how each steps and how its ticks are
 * labelled, for the Gregorian calendar (d3-time, and the locale's month names through
 * ./axis-format.ts) and for the others (the same sub-day units; months and years from Intl
 * through `calendar-intervals.ts`).
 *
 * @module
 */

/**
 * The words the axis uses, the part of `Messages["layout"]` it reads (named here because the
 * layout may import only `messages/layout`): any language's layout table fits it.
 */
export interface AxisWords {
  yearsFrom: (year: number) => string;
  yearRange: (first: string, last: string) => string;
  axisFormat: { readonly time: string; readonly monthShort: string; readonly month: string; readonly dayMonth: string };
}

/** What a label is written with: date-fns's locale and words for the Gregorian, Intl's tag and calendar for the others. */
export interface LabelContext {
  locale: Locale;
  words: AxisWords;
  tag: string;
  calendar: Calendar;
}

type Label = (d: Date, c: LabelContext) => string;

/** A coarse unit: how to step and how to label a tick. */
export interface CoarseUnit {
  name: string;
  interval: TimeInterval;
  label: Label;
}

/** A fine unit: also how long a step is at least, and its widest label, to know whether labels fit before ticking. */
export interface Unit extends CoarseUnit {
  /** Shortest step in ms. */
  step: number;
  /** Labels at least as wide as any of this unit's (the widest is measured). */
  widest: (c: LabelContext) => string[];
  /** The unit of the coarse row above this one. */
  coarse: string;
}

/** A calendar's units: fine ones from short to long (the first whose labels fit is used) and the coarse rows by name. */
export interface Units {
  fine: Unit[];
  coarse: Record<string, CoarseUnit>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

const every = (interval: CountableTimeInterval, k: number): TimeInterval => interval.every(k) ?? interval;
const time: Label = (d, c) => axisLabel(c.words.axisFormat.time, d, c.locale);
const year: Label = (d) => yearWords(d.getUTCFullYear());
// A decade, century or millennium: "1980s", else its first and last years, "1900 – 1999",
// "800 BCE – 701 BCE", "1 – 99" (see byName and eraYears).
const period = (length: number): Label => (d, c) => {
  const y = d.getUTCFullYear();
  return byName(y, length) ? c.words.yearsFrom(y) : c.words.yearRange(yearWords(y), yearWords(eraLastYear(y, length)));
};
// Whether a period of years may be named by its first year, "1980s": only a decade, and not one
// that starts a century, since "1900s" may be that decade or the century (the loader refuses it as
// ambiguous; the axis must not write it). Years before 1 and the first period of a calendar, which
// starts at year 1, are said as their years too.
const byName = (first: number, length: number): boolean => length === 10 && first >= length && first % 100 !== 0;
const examples = (...labels: string[]) => () => labels;
const CLOCK = examples("00:00");
const BCE = examples("2000 BCE");

// Minutes to hours are the same in every calendar: a day begins at UTC midnight in all of them.
const SUB_DAY: Unit[] = [
  { name: "minute", interval: utcMinute, step: MINUTE, label: time, widest: CLOCK, coarse: "day" },
  { name: "5 minutes", interval: every(utcMinute, 5), step: 5 * MINUTE, label: time, widest: CLOCK, coarse: "day" },
  { name: "15 minutes", interval: every(utcMinute, 15), step: 15 * MINUTE, label: time, widest: CLOCK, coarse: "day" },
  { name: "hour", interval: utcHour, step: HOUR, label: time, widest: CLOCK, coarse: "day" },
  { name: "3 hours", interval: every(utcHour, 3), step: 3 * HOUR, label: time, widest: CLOCK, coarse: "day" },
  { name: "6 hours", interval: every(utcHour, 6), step: 6 * HOUR, label: time, widest: CLOCK, coarse: "day" },
];

// Years from one to 100 millennia, by name, step in years and widest-label function.
const YEAR_STEPS: [string, number, string][] = [
  ["year", 1, "decade"],
  ["5 years", 5, "decade"],
  ["decade", 10, "century"],
  ["50 years", 50, "century"],
  ["century", 100, "millennium"],
  ["500 years", 500, "millennium"],
  ["millennium", 1000, "10 millennia"],
  // Between a millennium and ten, five: an axis of 5,500 years at phone width (TimelineJS's own
  // example of early dates, 5410 to 258 BCE) otherwise jumped to ten millennia, one tick out of view.
  ["5 millennia", 5000, "10 millennia"],
  ["10 millennia", 10_000, "100 millennia"],
  ["50 millennia", 50_000, "100 millennia"],
  ["100 millennia", 100_000, "100 millennia"],
];

const monthShort: Label = (d, c) => axisLabel(c.words.axisFormat.monthShort, d, c.locale);

/** The Gregorian units: d3-time's UTC intervals, the language's patterns (./axis-format.ts) and the layout's words. */
export const GREGORIAN: Units = {
  fine: [
    ...SUB_DAY,
    { name: "day", interval: utcDay, step: DAY, label: (d) => String(d.getUTCDate()), widest: examples("30"), coarse: "month" },
    { name: "month", interval: utcMonth, step: 28 * DAY, label: monthShort, widest: examples("May"), coarse: "year" },
    { name: "quarter", interval: every(utcMonth, 3), step: 89 * DAY, label: monthShort, widest: examples("May"), coarse: "year" },
    ...YEAR_STEPS.map(([name, k, coarse]): Unit => ({
      name, interval: eraYears(k), step: k * YEAR, label: year, coarse,
      widest: k >= 1000 ? examples("100000 BCE") : BCE,
    })),
  ],
  coarse: {
    day: { name: "day", interval: utcDay, label: (d, c) => `${axisLabel(c.words.axisFormat.dayMonth, d, c.locale)} ${year(d, c)}` },
    month: { name: "month", interval: utcMonth, label: (d, c) => `${axisLabel(c.words.axisFormat.month, d, c.locale)} ${year(d, c)}` },
    year: { name: "year", interval: eraYears(1), label: year },
    decade: { name: "decade", interval: eraYears(10), label: period(10) },
    century: { name: "century", interval: eraYears(100), label: period(100) },
    millennium: { name: "millennium", interval: eraYears(1000), label: period(1000) },
    "10 millennia": { name: "10 millennia", interval: eraYears(10_000), label: period(10_000) },
    "100 millennia": { name: "100 millennia", interval: eraYears(100_000), label: period(100_000) },
  },
};

// Labels in another calendar are Intl's, in the reader's language and digits, without the era.
const words = (options: Intl.DateTimeFormatOptions): Label => (d, c) => calendarWords(+d, c.tag, c.calendar, options);
const calendarDay = words({ day: "numeric" });
const calendarMonth = words({ month: "short" });
const calendarYear = words({ year: "numeric" });
// A period of the calendar's years, in the reader's words, as the Gregorian's (period): "1380s",
// "1300 – 1399". The first period starts at year 1 (there is no year 0 to count from): "1 – 99".
const calendarPeriod = (length: number): Label => (d, c) => {
  const y = calendarParts(+d, c.calendar).year;
  if (byName(y, length)) return c.words.yearsFrom(y);
  // The first period ends a year early, where the second starts: at year `length`.
  const lastYear = y < length ? length - 1 : y + length - 1;
  const last = dateAt(monthStartAt(lastYear * 12, c.calendar, +d + (lastYear - y) * 354 * DAY));
  return c.words.yearRange(calendarYear(d, c), calendarYear(last, c));
};

// A year around now and the last year shown in a calendar (see calendarRange), for widest labels.
const SAMPLE = Date.UTC(2008, 0, 1);
const LAST = Date.UTC(9999, 11, 1);

// The days of a month and the months of a year, as labels: the widest decides whether they fit.
const dayLabels = (c: LabelContext) => Array.from({ length: 31 }, (_, i) => calendarDay(dateAt(SAMPLE + i * DAY), c));
const monthLabels = (c: LabelContext) => {
  const first = monthIndex(SAMPLE, c.calendar);
  return Array.from({ length: 12 }, (_, i) => calendarMonth(dateAt(monthStartAt(first + i, c.calendar, SAMPLE + i * 30 * DAY)), c));
};
const yearLabels = (c: LabelContext) => [calendarYear(dateAt(SAMPLE), c), calendarYear(dateAt(LAST), c)];
const dateAt = (ms: number) => new Date(ms);

const CALENDARS = new Map<Calendar, Units>();

/**
 * The units of a calendar other than the Gregorian: the same minutes to days (days labelled by
 * their day of that calendar's month), then that calendar's months, every 3 of its months (there
 * are no quarters in the Solar Hijri or Hijri year) and its years, decades and so on.
 *
 * @example
 * ```ts
 * calendarUnits("persian").fine.find((u) => u.name === "year")?.interval.floor(new Date(Date.UTC(2008, 5, 7)));
 * // 2008-03-20: 1 Farvardin 1387
 * ```
 */
export function calendarUnits(calendar: Calendar): Units {
  if (calendar === "gregory") return GREGORIAN;
  let units = CALENDARS.get(calendar);
  if (units) return units;
  // Steps are lower bounds only, to choose a unit: a month of these calendars has at least 29
  // days, a lunar year at least 354; where a label is still too close, it is dropped.
  const month = 29 * DAY;
  const year = 354 * DAY;
  units = {
    fine: [
      ...SUB_DAY,
      { name: "day", interval: utcDay, step: DAY, label: calendarDay, widest: dayLabels, coarse: "month" },
      { name: "month", interval: calendarMonths(calendar), step: month, label: calendarMonth, widest: monthLabels, coarse: "year" },
      { name: "3 months", interval: calendarMonths(calendar, 3), step: 3 * month, label: calendarMonth, widest: monthLabels, coarse: "year" },
      ...YEAR_STEPS.map(([name, k, coarse]): Unit => ({ name, interval: calendarYears(calendar, k), step: k * year, label: calendarYear, widest: yearLabels, coarse })),
    ],
    coarse: {
      day: { name: "day", interval: utcDay, label: words({ day: "numeric", month: "long", year: "numeric" }) },
      month: { name: "month", interval: calendarMonths(calendar), label: words({ month: "long", year: "numeric" }) },
      year: { name: "year", interval: calendarYears(calendar), label: calendarYear },
      decade: { name: "decade", interval: calendarYears(calendar, 10), label: calendarPeriod(10) },
      century: { name: "century", interval: calendarYears(calendar, 100), label: calendarPeriod(100) },
      millennium: { name: "millennium", interval: calendarYears(calendar, 1000), label: calendarPeriod(1000) },
      "10 millennia": { name: "10 millennia", interval: calendarYears(calendar, 10_000), label: calendarPeriod(10_000) },
      "100 millennia": { name: "100 millennia", interval: calendarYears(calendar, 100_000), label: calendarPeriod(100_000) },
    },
  };
  CALENDARS.set(calendar, units);
  return units;
}
