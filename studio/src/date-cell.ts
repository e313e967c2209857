/**
 * Which of a diagnostic's fields hold a date, so that a fix can say what belongs there.
 *
 * @module
 */
import { columnMeaning } from "../../src/parse/columns.js";

// The fields of a timeline's JSON, and the columns of a TimelineJS sheet, that hold a date or a part of one.
const DATE_FIELDS = new Set(["start", "end", "published", "accessed", "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time"]);
const SOURCE_DATES = new Set(["published", "accessed", "viaPublished"]);

/**
 * Whether a diagnostic's field (a JSON field or a sheet's column, as written) holds a date.
 *
 * @example
 * ```ts
 * dateCell("Start date"); // true
 * dateCell("Headline");   // false
 * ```
 */
export function dateCell(field: string | undefined): boolean {
  if (field === undefined) return false;
  if (DATE_FIELDS.has(field)) return true;
  const meaning = columnMeaning(field);
  return meaning.kind === "event" ? meaning.field === "start" || meaning.field === "end" : meaning.kind === "source" && SOURCE_DATES.has(meaning.field);
}
