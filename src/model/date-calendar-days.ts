/**
 * Days of other calendars than the Gregorian, as Gregorian days: the Solar Hijri calendar (Iran's
 * and Afghanistan's civil calendar) and the Hijri calendar as Saudi Arabia reckons it (Umm
 * al-Qura). Found with the platform's own calendars (`Intl`, ICU): the same tables the reader's
 * system writes them with, so a day read back is the day written.
 *
 * @module
 */

/** A calendar whose days can be read: the Solar Hijri, or the Hijri of Umm al-Qura. */
export type OtherCalendar = "persian" | "islamic-umalqura";

const DAY = 86_400_000;
const formats = new Map<OtherCalendar, Intl.DateTimeFormat>();

// The year, month and day of a Gregorian day (ms at its midnight UTC) in `calendar`.
function partsOf(calendar: OtherCalendar, ms: number): [number, number, number] {
  let format = formats.get(calendar);
  if (!format) formats.set(calendar, (format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" })));
  const parts = format.formatToParts(ms);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [value("year"), value("month"), value("day")];
}

// Near the Gregorian day of a date: 1 Farvardin falls on 20 or 21 March, and the first six months
// have 31 days, the next five 30; a Hijri year is about 354.37 days from 19 July 622, a month 29.5.
function guess(calendar: OtherCalendar, y: number, m: number, d: number): number {
  if (calendar === "persian") return Date.UTC(y + 621, 2, 20) + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * DAY;
  return Date.UTC(622, 6, 19) + (Math.floor((y - 1) * 354.367) + Math.round((m - 1) * 29.53) + d - 1) * DAY;
}

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
  const near = guess(calendar, y, m, d);
  for (const shift of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const ms = near + shift * DAY;
    const [cy, cm, cd] = partsOf(calendar, ms);
    if (cy === y && cm === m && cd === d) return ms;
  }
  return undefined;
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
  const first = calendarDay(calendar, y, m, 1)!;
  const next = m === 12 ? calendarDay(calendar, y + 1, 1, 1)! : calendarDay(calendar, y, m + 1, 1)!;
  return [first, next - DAY];
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
  return new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: "long", timeZone: "UTC" }).format(calendarDay(calendar, calendar === "persian" ? 1387 : 1429, m, 15));
}
