/**
 * Which of a diagnostic's fields hold a date, so that a fix can say what belongs there.
 *
 * @module
 */
import { columnMeaning } from "../../src/parse/columns.js";
import { SHEET_DATE_COLUMNS } from "../../src/parse/timelinejs-sheet.js";

// A TimelineJS sheet's date columns, as written; a timeline's own fields and a sheet's columns
// ("start", "Start date", "published") are read by what their name means.
const DATE_FIELDS = new Set<string>(SHEET_DATE_COLUMNS);
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
