/**
 * A sheet that writes its dates in parts: a Year column with Month and Day beside it (and End
 * year, End month, End day), as TimelineJS's template does but under a Title rather than a
 * Headline. Each row's parts become one date for the general reader, which checks them.
 *
 * @module
 */
import { normalizeHeader } from "./columns.js";

/** The Month and Day columns that go with a Year (or End year) column, by their headers. */
export interface DateParts {
  start: { month?: string; day?: string };
  end: { month?: string; day?: string };
}

/**
 * The Month and Day columns of a sheet whose date (or end) column is a Year; none for a sheet
 * without one.
 *
 * @example
 * ```ts
 * datePartColumns(["Title", "Year", "Month", "Day"]); // { start: { month: "Month", day: "Day" }, end: {} }
 * ```
 */
export function datePartColumns(columns: readonly string[]): DateParts {
  const names = new Map(columns.map((c) => [normalizeHeader(c), c]));
  const parts = (prefix: string): { month?: string; day?: string } => {
    const out: { month?: string; day?: string } = {};
    if (!names.has(`${prefix}year`)) return out;
    const [month, day] = [names.get(`${prefix}month`), names.get(`${prefix}day`)];
    if (month !== undefined) out.month = month;
    if (day !== undefined) out.day = day;
    return out;
  };
  return { start: parts(""), end: parts("end ") };
}

/**
 * One date from a year and, where given, its month and day: ISO for numbers ("2008", "6", "7" →
 * "2008-06-07"), words for a month's name ("7 June 2008"); the date reader refuses what is not a date.
 *
 * @example
 * ```ts
 * joinDate("2008", "6", "7");    // "2008-06-07"
 * joinDate("2008", "June", "7"); // "7 June 2008"
 * joinDate("2008", "", "");      // "2008"
 * ```
 */
export function joinDate(year: string, month = "", day = ""): string {
  // A day with no month is no date: left for the reader to refuse, as written.
  if (month === "") return day === "" ? year : `${day} ${year}`;
  if (/^\d{4}$/.test(year) && /^\d{1,2}$/.test(month) && /^\d{0,2}$/.test(day)) {
    return `${year}-${month.padStart(2, "0")}${day === "" ? "" : `-${day.padStart(2, "0")}`}`;
  }
  return `${day} ${month} ${year}`.trim();
}
