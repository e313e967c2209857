/**
 * A missing value's marker in a date cell: how spreadsheets and statistics tools write "nothing
 * here" (Excel's "#N/A", R's "NA", pandas' "NaN", databases' "NULL", Python's "None", SAS's and
 * Stata's ".", a dash). A published sheet's date column holds thousands (FiveThirtyEight's cabinet
 * turnover, "N/A"; The Pudding's cetaceans, "NA"), and each, as an end, dropped its whole event as
 * an unreadable date. Such a cell is read as the empty cell it stands for, and said: the item
 * reader's `date` says so for every date field, and a start so written is a missing start.
 *
 * @module
 */
const MISSING = /^\s*(?:#?n\/?a|nan|null|none|\.|-{1,2}|[\u2013\u2014])\s*$/i;

/**
 * Whether `raw` is a missing value's marker.
 *
 * @example
 * ```ts
 * isMissing("N/A"); // true
 * isMissing("2008"); // false
 * ```
 */
export function isMissing(raw: unknown): raw is string {
  // Every event's start and end pass here: a number, text longer than any marker with spaces
  // round it, and text that begins with a digit (a day, a year: most dates) are not tested.
  if (typeof raw !== "string" || raw.length > 12) return false;
  const first = raw.charCodeAt(0);
  return !(first >= 48 && first <= 57) && MISSING.test(raw);
}
