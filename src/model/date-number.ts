import { calendarDate, yearText } from "./date-calendar.js";
import { fastInstant } from "./date-fast.js";
import { iso, validDay, words } from "./date-spelled.js";
import type { DateResult } from "./date.js";
import { AS_SECONDS, AS_SHEET_DAY, AS_YEAR, AS_YYYYMMDD, asMs, bce, msElse, msOr, utc, yearNotMs } from "../messages/details.js";

const DAY = 86_400_000;
// Excel's day 0 (its 1900 system, from day 61 on: the system counts a 29 February 1900).
const SHEET_DAY_ZERO = Date.UTC(1899, 11, 30);
// Seconds since 1970 from 1973 to 2100, where apps' Unix times fall (a tweet, a Hacker News item).
const SECONDS = [1e8, 4.1e9] as const;

/**
 * A bare number as a date. The API reads numbers as epoch milliseconds, as `Date.getTime()` gives
 * them; a whole number of one to four digits is read as a year instead, and said: `"start": 1980`
 * in a data file is the year 1980, not 1.98 seconds after 1970 began (where it was drawn, without a
 * word). No one times an event to the first ten seconds of 1970 in milliseconds.
 *
 * Numbers that land in the first weeks of 1970 as milliseconds are often something else, and are
 * said (see {@link numberReading}): five digits, a spreadsheet's day number (what SheetJS's
 * `sheet_to_json` hands over for a date cell) or, below zero, a year of deep time, are refused as
 * ambiguous, since the 100 seconds either side of 1970's start are no one's event either. Unix
 * seconds and days written as YYYYMMDD stay milliseconds, with a warning that names the other
 * reading, since real milliseconds fall there too (the bench's own data, spread over 1970–2020,
 * has some).
 *
 * @example
 * ```ts
 * numberDate(1980); // the year 1980, with a date-reinterpreted warning
 * numberDate(43101); // refused: 43.101 s into 1970, or 1 January 2018 as a sheet's day number
 * numberDate(1212451200000); // undefined: milliseconds
 * ```
 */
export function numberDate(n: number): DateResult | undefined {
  // Milliseconds, nearly every number read, leave at the first test.
  if (Math.abs(n) > SECONDS[1] || n === 0) return undefined;
  if (Math.abs(n) <= 9999 && Number.isInteger(n)) {
    const year = calendarDate(yearText(n));
    if (!year?.ok) return undefined;
    const named = n > 0 ? String(n) : bce(1 - n);
    return { ...year, warning: { code: "date-reinterpreted", detail: yearNotMs(named, n) } };
  }
  const other = numberReading(n);
  if (!other) return undefined;
  const ms = asMs(moment(n));
  if (Math.abs(n) < 100_000) return { ok: false, code: "date-ambiguous", detail: msOr(ms, other.when, other.how) };
  const read = fastInstant(n);
  return read && { ...read, warning: { code: "date-reinterpreted", detail: msElse(ms, other.how, other.when) } };
}

/**
 * What else a number may mean as a date, where that is likely: a spreadsheet's day number (five
 * digits, a fraction its time of day), a year before the common era (minus five digits), a day as
 * YYYYMMDD, or Unix seconds; undefined for any other number. Shared by JSON numbers and a
 * sheet's cells of digits.
 *
 * @example
 * ```ts
 * numberReading(43238.40972222222); // { when: "18 May 2018, 09:50:00", how: "as a spreadsheet's day number" }
 * numberReading(1175714200);        // { when: "4 April 2007, 19:16:40 UTC", how: "as seconds since 1970 began", edtf: "2007-04-04T19:16:40.000Z" }
 * ```
 */
export function numberReading(n: number): { when: string; how: string; edtf?: string } | undefined {
  if (n >= 10_000 && n < 100_000) return { when: moment(sheetDay(n)), how: AS_SHEET_DAY };
  if (!Number.isInteger(n)) return undefined;
  if (n <= -10_000 && n > -100_000) return { when: bce(1 - n), how: AS_YEAR };
  if (n >= 1e7 && n < 1e8) {
    const [y, m, d] = [Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100];
    return y >= 1000 && validDay(y, m, d) ? { when: words(y, m, d), how: AS_YYYYMMDD, edtf: iso(y, m, d) } : undefined;
  }
  if (Math.abs(n) >= SECONDS[0] && Math.abs(n) <= SECONDS[1]) return { when: utc(moment(n * 1000)), how: AS_SECONDS, edtf: new Date(n * 1000).toISOString() };
  return undefined;
}

/**
 * The instant a spreadsheet's day number names (Excel's 1900 system, from day 61 on), to the ms.
 *
 * @example
 * ```ts
 * new Date(sheetDay(39607)).toISOString(); // "2008-06-08T00:00:00.000Z"
 * ```
 */
export function sheetDay(n: number): number {
  return Math.round(SHEET_DAY_ZERO + n * DAY);
}

// An instant in words, to the second, the millisecond only where there is one: "4 April 2007, 19:16:40".
function moment(ms: number): string {
  const [day = "", time = ""] = new Date(ms).toISOString().split("T");
  const [y, m, d] = day.split("-").map(Number);
  return `${words(y ?? 0, m ?? 0, d ?? 0)}${time.startsWith("00:00:00.000") ? "" : `, ${time.slice(0, -1).replace(/\.000$/, "")}`}`;
}
