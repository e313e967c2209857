import type { Diagnostic } from "../diagnostics.js";
import type { ReadFormat } from "../types.js";

/**
 * Where one item of the parsed data came from, so that the model can address its diagnostics
 * in the user's terms: the spreadsheet row and line, and the column as the header wrote it.
 *
 * @example
 * ```ts
 * parseCsv("Title,Date\nVisit,2008-06-07\n").events; // [{ index: 0, line: 2 }]
 * ```
 */
export interface Origin {
  /** Position of the item in the user's input (the data row from 0 in a spreadsheet). */
  index: number;
  /** Line in the file, the header being line 1. */
  line?: number;
  /**
   * Field name in the data → the value as the user wrote it, when the importer converted it (a
   * TimelineJS date `{ year: -13800000000 }` became `Y-13799999999`): diagnostics quote this.
   */
  written?: Record<string, string>;
  /** Where each of an event's accounts came from: the rows of a spreadsheet that share its id. */
  accounts?: Origin[];
}

/**
 * What every parser gives the model: plain data in the native input shape (still unchecked:
 * values are whatever the input held), the problems found while reading, and origins.
 *
 * @example
 * ```ts
 * const parsed: Parsed = parseCsv(csvText);
 * const { timeline, diagnostics } = buildTimeline(parsed);
 * ```
 */
export interface Parsed {
  /** Native-shaped data (`{ title?, events, sources?, groups?, eras? }`), not yet validated. */
  data: unknown;
  /** Problems found while reading the text. */
  diagnostics: Diagnostic[];
  /** Origin of each entry of `data.events` (same order), when it differs from its array position. */
  events?: Origin[];
  /** Origin of each entry of `data.eras`. */
  eras?: Origin[];
  /** Field name in the data → how the input named it (e.g. `start` → `Start Date`), for messages. */
  fields?: Record<string, string>;
  /** The format the input was read as. */
  format?: ReadFormat;
}
