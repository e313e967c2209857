/**
 * A `Date` whose calendar fields are UTC's, for date-fns' `format` to label the axis in UTC
 * wherever the page is: date-fns reads a date's fields through its local getters and makes new
 * dates through its constructor, and this class answers both in UTC.
 *
 * Why not `UTCDate` from `@date-fns/utc`: that module makes three `Intl.DateTimeFormat`s as it
 * loads, for its `toString`s, and the first `Intl.DateTimeFormat` of a page loads the browser's
 * ICU data: about 39 ms of the script-tag bundle's evaluation in a fresh page (a CPU profile of
 * bench/navigate.html at 1k, docs/performance.md), which no English first render needs.
 *
 * @module
 */

/**
 * A `Date` for date-fns that reads and writes its fields in UTC: each local getter and setter is
 * the UTC one, and the offset from UTC is 0.
 *
 * @example
 * ```ts
 * format(new UtcDate(Date.UTC(2008, 5, 8, 23, 30)), "d MMMM HH:mm"); // "8 June 23:30", in any time zone
 * ```
 */
export class UtcDate extends Date {
  override getTimezoneOffset(): number {
    return 0;
  }
}

// The native UTC methods take the same arguments as the local ones they stand in for.
const FIELDS = ["FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"] as const;
const local = UtcDate.prototype as unknown as Record<string, unknown>;
const utc = Date.prototype as unknown as Record<string, unknown>;
for (const field of FIELDS) {
  local[`get${field}`] = utc[`getUTC${field}`];
  local[`set${field}`] = utc[`setUTC${field}`];
}
local.getDay = utc.getUTCDay;
