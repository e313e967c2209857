import { CitelineError } from "./diagnostics.js";
import { buildTimeline, type LoadResult } from "./model/model.js";
import { parseInput } from "./parse/detect.js";
import { checkLoadOptions } from "./options/check.js";
import type { LoadOptions } from "./types.js";

/**
 * Load a timeline from JSON text, CSV text, TimelineJS JSON, or an object (a `TimelineInput`,
 * or anything at all: what is not a timeline is reported, never thrown). Lenient by default:
 * a bad event is dropped and described in `diagnostics`, the rest loads. With `strict: true`
 * any error throws one {@link CitelineError} listing them all. A `dateFormat` or
 * `twoDigitYearsFrom` that is not one of its values ("dmy") throws a RangeError; an unknown
 * `format` is the diagnostic `format-unknown`. Runs anywhere: no DOM needed.
 *
 * @example
 * ```ts
 * import { loadTimeline } from "citeline/core";
 * const { timeline, diagnostics } = loadTimeline(csvText, { format: "csv" });
 * for (const d of diagnostics) console.warn(`row ${d.index}: ${d.message}`);
 * ```
 */
export function loadTimeline(input: unknown, options: LoadOptions = {}): LoadResult {
  checkLoadOptions(options);
  const result = buildTimeline(parseInput(input, options.format ?? "auto"), {
    requireSources: options.requireSources ?? false,
    ...(options.dateFormat === undefined ? {} : { dateFormat: options.dateFormat }),
    ...(options.twoDigitYearsFrom === undefined ? {} : { twoDigitYearsFrom: options.twoDigitYearsFrom }),
  });
  if (options.strict && result.diagnostics.some((d) => d.severity === "error")) throw new CitelineError(result.diagnostics);
  return result;
}
