/**
 * A missing value's marker in a date cell: how spreadsheets and statistics tools write "nothing
 * here" (Excel's "#N/A", R's "NA", pandas' "NaN", databases' "NULL", Python's "None", SAS's and
 * Stata's ".", a dash). A published sheet's date column holds thousands (FiveThirtyEight's cabinet
 * turnover, "N/A"; The Pudding's cetaceans, "NA"), and each, as an end, dropped its whole event as
 * an unreadable date. Such a cell is read as the empty cell it stands for, and said.
 *
 * @module
 */
import type { ItemReader } from "./reader.js";
import { missingValue } from "../messages/details.js";

const MISSING = /^(?:#?n\/?a|nan|null|none|\.|-{1,2}|[\u2013\u2014])$/i;

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
  // Every event's start and end pass here: a date (ten characters and more for a day) is not
  // trimmed and tested, nor is a number.
  return typeof raw === "string" && raw.length <= 12 && MISSING.test(raw.trim());
}

/**
 * `raw`, or undefined for a missing value's marker, which is reported (`wrong-type-ignored`, a
 * warning) as the field left empty.
 *
 * @example
 * ```ts
 * orMissing("N/A", "end", reader); // undefined: "`end` must be a date ("N/A" is a missing value, …); it was ignored."
 * ```
 */
export function orMissing(raw: unknown, field: string, reader: ItemReader): unknown {
  if (!isMissing(raw)) return raw;
  reader.report("wrong-type-ignored", field, { value: raw, detail: missingValue(raw.trim()) });
  return undefined;
}
