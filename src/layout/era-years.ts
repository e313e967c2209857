import { timeInterval, utcYear, type TimeInterval } from "d3-time";
import { DRAWABLE } from "./domain.js";

/**
 * Gregorian years in steps as a reader counts them on either side of year 1: 1900, 2000 after it,
 * 800 BCE, 700 BCE before it, and year 1 between. d3's `utcYear.every(100)` steps on astronomical
 * multiples of 100 (year 0 is 1 BCE), which before year 1 are 101 BCE, 201 BCE …: an axis of
 * ancient history read "751 BCE | 701 BCE" and its centuries "801 BCE – 702 BCE".
 *
 * @module
 */

const INTERVALS = new Map<number, TimeInterval>();
// The first whole year a Date holds (the start of DRAWABLE): a period that began before it, such
// as 300000 BCE – 200001 BCE, is floored to it, so its tick is a date and its label "271821 BCE –
// 200001 BCE" says the part of it the chart can show.
const FIRST_YEAR = new Date(DRAWABLE[0]).getUTCFullYear();

// The ticks of a step, numbered: year 1 is 0, `step`·m is m after it, `step`·m BCE is -m before it.
const indexOf = (year: number, step: number) => (year >= 1 ? Math.floor(year / step) : -Math.ceil((1 - year) / step));
const yearAt = (index: number, step: number) => (index > 0 ? index * step : 1 + index * step);

function setYear(date: Date, year: number): void {
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  date.setUTCFullYear(year, 0, 1);
  date.setUTCHours(0, 0, 0, 0);
}

/**
 * Every `step` Gregorian years: multiples of `step` from year 1 on, round years BCE before it
 * (astronomical `1 − step·m`), and year 1.
 *
 * @example
 * ```ts
 * eraYears(100).range(new Date(Date.UTC(-800, 0, 1)), new Date(Date.UTC(250, 0, 1))).map((d) => d.getUTCFullYear());
 * // [-799, -699, …, -99, 1, 100, 200]: 800 BCE, 700 BCE, …, 100 BCE, 1, 100, 200
 * ```
 */
export function eraYears(step: number): TimeInterval {
  if (step === 1) return utcYear;
  let interval = INTERVALS.get(step);
  if (!interval) {
    interval = timeInterval(
      (date) => setYear(date, Math.max(yearAt(indexOf(date.getUTCFullYear(), step), step), FIRST_YEAR)),
      (date, n) => setYear(date, yearAt(indexOf(date.getUTCFullYear(), step) + n, step)),
    );
    INTERVALS.set(step, interval);
  }
  return interval;
}

/**
 * The last year of the period of `step` years that starts at `year`, a tick of `eraYears(step)`.
 *
 * @example
 * ```ts
 * eraLastYear(-799, 100); // -700: 800 BCE – 701 BCE
 * eraLastYear(1, 100);    // 99
 * ```
 */
export function eraLastYear(year: number, step: number): number {
  return yearAt(indexOf(year, step) + 1, step) - 1;
}
