import type { FuzzyDate } from "../types.js";

/**
 * The two date forms apps hand citeline most, read without regular expressions, `Date` string
 * parsing, date-fns or the `edtf` package: epoch milliseconds, and ISO days (`2008-06-02`, also
 * `2008-06` and `2008`). Loading 100,000 events spends most of its time on dates otherwise.
 *
 * Each function answers only where its answer is the general reader's, field for field (a property
 * test holds them to it), and declines (undefined) everything else, which the general reader then
 * reads as it always has: `2008-02-30`, `2008-13`, a season, a date with a mark or spaces.
 *
 * @module
 */

/** A date read here. */
export type FastResult = { ok: true; date: FuzzyDate } | undefined;

const DAY = 86_400_000;
// Years 0–9999, the years `toISOString` writes with four digits and no sign.
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_800_000;
const ZERO = 48;
const HYPHEN = 45;

/**
 * Epoch ms as an exact instant, its EDTF the ISO timestamp `toISOString` would write; undefined for
 * a fraction of a millisecond or a year outside 0–9999.
 *
 * @example
 * ```ts
 * fastInstant(1212451200000)?.date.edtf; // "2008-06-03T00:00:00.000Z"
 * ```
 */
export function fastInstant(ms: number): FastResult {
  if (!(ms >= FIRST_MS && ms < LAST_MS) || Math.floor(ms) !== ms) return undefined;
  return { ok: true, date: { earliest: ms, latest: ms, precision: "instant", qualifier: "exact", edtf: isoTimestamp(ms) } };
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year, month or day, as `calendarDate` reads it;
 * undefined for any other text (which may still be a date).
 *
 * @example
 * ```ts
 * fastDay("2008-06-02")?.date.precision; // "day"
 * fastDay("2008-02-30");                 // undefined: the general reader refuses it
 * ```
 */
export function fastDay(text: string): FastResult {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const century = digits(text, 0);
  const rest = digits(text, 2);
  if (century < 0 || rest < 0) return undefined;
  const year = century * 100 + rest;
  if (length === 4) return plain(text, "year", daysFrom(year, 1, 1), daysFrom(year + 1, 1, 1));
  const month = text.charCodeAt(4) === HYPHEN ? digits(text, 5) : -1;
  if (month < 1 || month > 12) return undefined;
  if (length === 7) return plain(text, "month", daysFrom(year, month, 1), month === 12 ? daysFrom(year + 1, 1, 1) : daysFrom(year, month + 1, 1));
  const day = text.charCodeAt(7) === HYPHEN ? digits(text, 8) : -1;
  if (day < 1 || day > monthLength(year, month)) return undefined;
  const first = daysFrom(year, month, day);
  return plain(text, "day", first, first + 1);
}

function plain(text: string, precision: "year" | "month" | "day", from: number, to: number): FastResult {
  return { ok: true, date: { earliest: from * DAY, latest: to * DAY - 1, precision, qualifier: "exact", edtf: text } };
}

// Two decimal digits at `at`, or -1 when either is not a digit.
function digits(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): plain
// arithmetic, where `Date.UTC` would take the years 0–99 for 1900–1999.
function daysFrom(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// `new Date(ms).toISOString()` for whole ms in the years 0–9999, built in one string: no Date, and
// none of the intermediate strings that concatenating its parts would leave behind.
function isoTimestamp(ms: number): string {
  const days = Math.floor(ms / DAY);
  const time = ms - days * DAY;
  // H. Hinnant's civil_from_days.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(time / 3_600_000);
  const mi = Math.floor(time / 60_000) % 60;
  const s = Math.floor(time / 1000) % 60;
  const f = time % 1000;
  return String.fromCharCode(
    ZERO + Math.floor(y / 1000), ZERO + (Math.floor(y / 100) % 10), ZERO + (Math.floor(y / 10) % 10), ZERO + (y % 10), HYPHEN,
    ZERO + Math.floor(m / 10), ZERO + (m % 10), HYPHEN, ZERO + Math.floor(d / 10), ZERO + (d % 10), 84, // T
    ZERO + Math.floor(h / 10), ZERO + (h % 10), 58, ZERO + Math.floor(mi / 10), ZERO + (mi % 10), 58, ZERO + Math.floor(s / 10), ZERO + (s % 10), 46,
    ZERO + Math.floor(f / 100), ZERO + (Math.floor(f / 10) % 10), ZERO + (f % 10), 90, // Z
  );
}
