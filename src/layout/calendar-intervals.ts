import { timeInterval, type CountableTimeInterval } from "d3-time";
import { calendarParts, monthIndex, monthStartAt } from "../model/calendar.js";
import type { Calendar } from "../types.js";

/**
 * d3-time intervals on the months and years of a calendar other than the Gregorian, built from
 * the Intl gateway (`model/calendar.ts`): a floor is the first day of a month or year as Intl says
 * it is, an offset is a jump to another month found by asking Intl again. Nothing here knows how
 * long a month is.
 *
 * @module
 */

// Intervals are pure functions of their calendar and step: build each once.
const MONTHS = new Map<string, CountableTimeInterval>();
const YEARS = new Map<string, CountableTimeInterval>();

/**
 * Every `step` months of a calendar, on months whose number since the calendar's epoch is a
 * multiple of `step` (so every 3 months is Farvardin, Tir, Mehr, Dey). `field` is months since
 * the epoch, so `.every(k)` works as on `utcMonth`.
 *
 * @example
 * ```ts
 * calendarMonths("persian").range(new Date(Date.UTC(2008, 4, 1)), new Date(Date.UTC(2008, 6, 1)));
 * // [2008-05-21 (1 Khordad 1387), 2008-06-21 (1 Tir 1387)]
 * ```
 */
export function calendarMonths(calendar: Calendar, step = 1): CountableTimeInterval {
  const key = `${calendar}|${step}`;
  let interval = MONTHS.get(key);
  if (!interval) {
    interval = timeInterval(
      (date) => {
        const index = monthIndex(+date, calendar);
        date.setTime(monthStartAt(index - mod(index, step), calendar, +date));
      },
      (date, n) => {
        const index = monthIndex(+date, calendar);
        date.setTime(monthStartAt(index - mod(index, step) + n * step, calendar, +date));
      },
      (start, end) => (monthIndex(+end, calendar) - monthIndex(+start, calendar)) / step,
      (date) => Math.floor(monthIndex(+date, calendar) / step),
    );
    MONTHS.set(key, interval);
  }
  return interval;
}

/**
 * Every `step` years of a calendar, on 1 Farvardin or 1 Muharram of years that are multiples of
 * `step` (decades 1360, 1370 …). A multiple below year 1 is year 1: the calendar begins there.
 * `field` is the calendar year, so `.every(k)` works as on `utcYear`.
 *
 * @example
 * ```ts
 * calendarYears("persian", 10).floor(new Date(Date.UTC(1985, 0, 1))); // 1 Farvardin 1360 = 1981-03-21
 * ```
 */
export function calendarYears(calendar: Calendar, step = 1): CountableTimeInterval {
  const key = `${calendar}|${step}`;
  let interval = YEARS.get(key);
  if (!interval) {
    const yearOf = (date: Date) => calendarParts(+date, calendar).year;
    const startOf = (year: number, near: Date) => monthStartAt(Math.max(1, year) * 12, calendar, +near);
    interval = timeInterval(
      (date) => {
        const year = yearOf(date);
        date.setTime(startOf(year - mod(year, step), date));
      },
      (date, n) => {
        const year = yearOf(date);
        date.setTime(startOf(year - mod(year, step) + n * step, date));
      },
      (start, end) => (yearOf(end) - yearOf(start)) / step,
      (date) => Math.floor(yearOf(date) / step),
    );
    YEARS.set(key, interval);
  }
  return interval;
}

function mod(n: number, k: number): number {
  return ((n % k) + k) % k;
}
