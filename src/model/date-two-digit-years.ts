/**
 * Two-digit years read in the hundred years a `loadTimeline` caller names (`twoDigitYearsFrom`).
 * A sheet formatted `m/d/yy` exports "5/31/17": the cell held the whole date, the text keeps no
 * century, and without the option such dates are refused. With it, the year is written out before
 * the date is read, so every reader that follows (the order of day and month, a time, a range's
 * other end) reads it as a date of four digits.
 *
 * @module
 */

// A numeric date ("5/31/17", "31.05.17", "7. 6. 08") or Excel's d-mmm-yy ("28-May-15") whose
// year has two digits, alone or before a time or a range's other end.
const NUMERIC = /^(\d{1,2}([/.-]) ?\d{1,2}\2 ?)(\d{2})(?=$|[\s,T])/;
const NAMED = /^(\d{1,2}([- ])\p{L}+\.?\2)(\d{2})(?=$|[\s,T])/u;

/**
 * `text` with its two-digit year written as the year from `from` on that ends in those digits;
 * `text` as it is without `from`, or with no such year.
 *
 * @example
 * ```ts
 * withFullYear("5/31/17", 1930); // "5/31/2017"
 * withFullYear("11/10/78 14:30", 1930); // "11/10/1978 14:30"
 * ```
 */
export function withFullYear(text: string, from: number | undefined): string {
  if (from === undefined) return text;
  const m = NUMERIC.exec(text) ?? NAMED.exec(text);
  if (!m) return text;
  const digits = Number(m[3]);
  let year = from - (from % 100) + digits;
  if (year < from) year += 100;
  return `${m[1]}${year}${text.slice(m[0].length)}`;
}
