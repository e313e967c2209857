/**
 * How `loadTimeline` is asked to read its input.
 *
 * @module
 */

/**
 * The input formats `loadTimeline` reads. `auto` looks at the content.
 *
 * @example
 * ```ts
 * loadTimeline(text, { format: "csv" });
 * ```
 */
export type InputFormat = "json" | "csv" | "timelinejs" | "auto";

/**
 * The format input was read as (`LoadResult.format`): native JSON, CSV, or TimelineJS (its JSON
 * or its Google Sheets template).
 *
 * @example
 * ```ts
 * const { format } = loadTimeline(text); // "json", "csv" or "timelinejs"
 * ```
 */
export type ReadFormat = Exclude<InputFormat, "auto">;

/**
 * Options for `loadTimeline`.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics } = loadTimeline(text, { format: "auto", requireSources: true });
 * loadTimeline(text, { strict: true }); // throws a CitelineError if any event has an error
 * ```
 */
export interface LoadOptions {
  /** Input format; default `"auto"`. */
  format?: InputFormat;
  /** Throw a `CitelineError` listing every error instead of dropping bad events. Default false. */
  strict?: boolean;
  /** Warn (`unsourced`) about every event that cites no source, for editors who want every claim sourced. */
  requireSources?: boolean;
  /**
   * How to read all-numeric dates such as `7/6/2008` for the whole input: `"DMY"` (7 June 2008)
   * or `"MDY"` (July 6, 2008). Without it such dates are refused as ambiguous, never guessed.
   */
  dateFormat?: DateFormat;
  /**
   * The first year a two-digit year (`5/31/17`, `28-May-15`, as a sheet formatted `m/d/yy`
   * exports it) can be: `1930` reads `17` as 2017 and `78` as 1978, the years 1930 to 2029.
   * Without it such dates are refused, their century unknown. A whole year from 1000 to 9900.
   */
  twoDigitYearsFrom?: number;
}

/**
 * The order of day and month in all-numeric dates (`7/6/2008`), for a whole sheet.
 *
 * @example
 * ```ts
 * loadTimeline(europeanCsv, { dateFormat: "DMY" });
 * ```
 */
export type DateFormat = "DMY" | "MDY";
