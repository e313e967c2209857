/**
 * How the date readers write what they read: a day, month or year as EDTF, and in English words
 * for what they say of it (the month names among the readers' words, src/messages/details.ts).
 * Apart from the readers, importing nothing else, so that the bundle, which reads numbers
 * (./date-number.ts) but loads the readers of spellings on demand, carries these and nothing of
 * the rest.
 *
 * @module
 */
import { MONTHS, noDay, noMonth } from "../messages/details.js";

/**
 * Whether day `d` of month `m` exists in astronomical year `y` (proleptic Gregorian).
 *
 * @example
 * ```ts
 * validDay(2008, 2, 29); // true
 * ```
 */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : last);
}

/**
 * An astronomical year as EDTF: four digits, a sign before the year 0, `Y` beyond four digits.
 *
 * @example
 * ```ts
 * year(-753); // "-0753"
 * ```
 */
export function year(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, "0");
  const signed = y < 0 ? `-${digits}` : digits;
  return digits.length > 4 ? `Y${signed}` : signed;
}

/**
 * A number as two digits, for months, days and times.
 *
 * @example
 * ```ts
 * two(6); // "06"
 * ```
 */
export function two(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A day as EDTF.
 *
 * @example
 * ```ts
 * iso(2008, 6, 7); // "2008-06-07"
 * ```
 */
export function iso(y: number, m: number, d: number): string {
  return `${year(y)}-${two(m)}-${two(d)}`;
}

/**
 * The Gregorian day of an instant (UTC), as EDTF: what a day of another calendar is read as.
 *
 * @example
 * ```ts
 * isoOf(Date.UTC(2008, 5, 7)); // "2008-06-07"
 * ```
 */
export function isoOf(ms: number): string {
  const date = new Date(ms);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A month in words, for messages that say how a date was read.
 *
 * @example
 * ```ts
 * monthWords(2020, 3); // "March 2020"
 * ```
 */
export function monthWords(y: number, m: number): string {
  return `${monthName(m)} ${y}`;
}

/**
 * A day in words, for messages that say how a date was read.
 *
 * @example
 * ```ts
 * words(2008, 6, 7); // "7 June 2008"
 * ```
 */
export function words(y: number, m: number, d: number): string {
  return `${d} ${monthName(m)} ${y}`;
}

/**
 * A month's English name, for messages that say how a date was read.
 *
 * @example
 * ```ts
 * monthName(12); // "December"
 * ```
 */
export function monthName(m: number): string {
  return MONTHS[m - 1] ?? "?";
}

/** A date refused for a month or day that is none, with its reason. */
export interface NoSuchDate {
  ok: false;
  code: "date-invalid";
  detail: string;
  reason: "no-day" | "no-month";
}

/**
 * A day its month does not have, refused: `month` as the message names it ("June 2008",
 * "Khordad 1387").
 *
 * @example
 * ```ts
 * noSuchDay(monthWords(2008, 6), 31).detail; // "June 2008 has no day 31."
 * ```
 */
export function noSuchDay(month: string, d: number): NoSuchDate {
  return { ok: false, code: "date-invalid", detail: noDay(month, d), reason: "no-day" };
}

/**
 * A month's number that is none, refused.
 *
 * @example
 * ```ts
 * noSuchMonth(13).reason; // "no-month"
 * ```
 */
export function noSuchMonth(m: number | string): NoSuchDate {
  return { ok: false, code: "date-invalid", detail: noMonth(String(m)), reason: "no-month" };
}
