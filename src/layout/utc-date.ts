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
 * A `Date` for date-fns that reads and writes its fields in UTC (only what date-fns calls).
 *
 * @example
 * ```ts
 * format(new UtcDate(Date.UTC(2008, 5, 8, 23, 30)), "d MMMM HH:mm"); // "8 June 23:30", in any time zone
 * ```
 */
export class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate());
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate());
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(hours: number, minutes?: number, seconds?: number, ms?: number): number {
    return this.setUTCHours(hours, minutes ?? this.getUTCMinutes(), seconds ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setMinutes(minutes: number, seconds?: number, ms?: number): number {
    return this.setUTCMinutes(minutes, seconds ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(seconds: number, ms?: number): number {
    return this.setUTCSeconds(seconds, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}
