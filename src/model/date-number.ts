import { calendarDate, yearText } from "./date-calendar.js";
import type { DateResult } from "./date.js";

/**
 * A bare number as a date. The API reads numbers as epoch milliseconds, as `Date.getTime()` gives
 * them; a whole number of one to four digits is read as a year instead, and said: `"start": 1980`
 * in a data file is the year 1980, not 1.98 seconds after 1970 began (where it was drawn, without a
 * word). No one times an event to the first ten seconds of 1970 in milliseconds.
 *
 * Other numbers stay milliseconds, even where they may be something else: Unix seconds
 * (1212451200, 15 January 1970 as milliseconds) and days as YYYYMMDD (20080608, 05:34 on
 * 1 January 1970) fall where real milliseconds fall too (the bench's own data, spread over
 * 1970–2020, has some there), and nothing in the number says which it is.
 *
 * @example
 * ```ts
 * numberDate(1980); // the year 1980, with a date-reinterpreted warning
 * numberDate(1212451200000); // undefined: milliseconds
 * ```
 */
export function numberDate(n: number): DateResult | undefined {
  // Milliseconds, nearly every number read, leave at the first test.
  if (Math.abs(n) > 9999 || n === 0 || !Number.isInteger(n)) return undefined;
  const year = calendarDate(yearText(n));
  if (!year?.ok) return undefined;
  const named = n > 0 ? String(n) : `${1 - n} BCE`;
  return { ...year, warning: { code: "date-reinterpreted", detail: `the year ${named}, not ${n} ms after the start of 1970` } };
}
