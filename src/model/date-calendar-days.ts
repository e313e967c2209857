/**
 * Days and months of the Solar Hijri calendar and of the Hijri as Saudi Arabia reckons it (Umm
 * al-Qura), as Gregorian days, for the readers of dates written in them. Asked of ./calendar.ts,
 * the one gateway to other calendars (the axis draws them with the same tables), so a day read
 * back is the day the reader's system writes.
 *
 * @module
 */
import type { Calendar } from "../types.js";
import { calendarParts, calendarWords, monthStartAt } from "./calendar.js";

/** A calendar whose dates can be read from their words: the Solar Hijri, or the Hijri of Umm al-Qura. */
export type OtherCalendar = Extract<Calendar, "persian" | "islamic-umalqura">;

const DAY = 86_400_000;

/**
 * The Gregorian day (ms at its midnight UTC) of day `d` of month `m` of year `y` in `calendar`, or
 * undefined when that day does not exist (31 Mehr; 30 Esfand outside a leap year; the 30th of a
 * Hijri month of 29 days).
 *
 * @example
 * ```ts
 * new Date(calendarDay("persian", 1387, 3, 18)!).toISOString().slice(0, 10); // "2008-06-07"
 * ```
 */
export function calendarDay(calendar: OtherCalendar, y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const ms = monthStartAt(y * 12 + m - 1, calendar) + (d - 1) * DAY;
  const parts = calendarParts(ms, calendar);
  return parts.year === y && parts.month === m && parts.day === d ? ms : undefined;
}

/**
 * The first and last Gregorian days (ms at midnight UTC) of month `m` of year `y` in `calendar`.
 *
 * @example
 * ```ts
 * calendarMonth("persian", 1387, 3).map((ms) => new Date(ms).toISOString().slice(0, 10)); // ["2008-05-21", "2008-06-20"]
 * ```
 */
export function calendarMonth(calendar: OtherCalendar, y: number, m: number): [number, number] {
  const index = y * 12 + m - 1;
  const first = monthStartAt(index, calendar);
  return [first, monthStartAt(index + 1, calendar, first) - DAY];
}

/**
 * A month's name in English in `calendar` ("Khordad", "Jumada II"), for what the readers say.
 *
 * @example
 * ```ts
 * calendarMonthName("persian", 3); // "Khordad"
 * ```
 */
export function calendarMonthName(calendar: OtherCalendar, m: number): string {
  return calendarWords(calendarDay(calendar, 1429, m, 15)!, "en", calendar, { month: "long" });
}
