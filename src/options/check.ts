/**
 * Checking options given to the API: one wrong value throws a RangeError saying what the option
 * must be and what it got, before anything is drawn, so the element (or the output) is left as it
 * was. The same table decides what markup and the command line accept.
 *
 * @module
 */
import { optionsEn } from "../messages/options.js";
import { OPTION_LIST, type OptionUse } from "./table.js";
import type { RenderPageOptions, TimelineOptions } from "./types.js";

// A wrong value as the message quotes it: a string in quotes, a number as written, and never an
// exception of its own (JSON.stringify throws on a BigInt, String on an object without prototype).
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return typeof value === "symbol" ? "a symbol" : String(value);
}

// Every option the entry point takes is checked; undefined is the default and always allowed, and
// names the table does not know (a JavaScript caller's extra keys) are left alone.
function check<T extends object>(options: T, uses: readonly OptionUse[], except: readonly string[] = []): T {
  const given = options as Readonly<Record<string, unknown>>;
  for (const spec of OPTION_LIST) {
    if (!spec.check || !spec.uses.some((use) => uses.includes(use)) || except.includes(spec.name)) continue;
    const value = given[spec.name];
    if (value !== undefined && !spec.check(value)) throw new RangeError(optionsEn.mustBe(spec.name, spec.rule.value, shown(value)));
  }
  return options;
}

/**
 * Check the options of `createTimeline` (and of `update`): throws a RangeError naming the first
 * wrong value (a heading level that is not a whole number from 1 to 6, an unknown theme, view or
 * format, a height outside 120–4000 px, a window that is not two increasing times, …). Returns
 * the options as given.
 *
 * @example
 * ```ts
 * checkTimelineOptions({ height: 480, theme: "dark" }); // returned as given
 * checkTimelineOptions({ headingLevel: 7 });
 * // RangeError: headingLevel must be a whole number from 1 to 6; got 7.
 * ```
 */
export function checkTimelineOptions(options: Partial<TimelineOptions>): Partial<TimelineOptions> {
  return check(options, ["timeline"]);
}

/**
 * Check the options of `renderToString`, `renderSvg` and `renderPage` (width, height, theme,
 * idPrefix, headingLevel, title, lang, …): throws a RangeError naming the first wrong value.
 * Returns the options as given.
 *
 * @example
 * ```ts
 * checkRenderOptions({ width: 640, idPrefix: "tehran" }); // returned as given
 * checkRenderOptions({ idPrefix: "1st" });
 * // RangeError: idPrefix must be a letter followed by letters, digits, "-" or "_"; got "1st".
 * ```
 */
export function checkRenderOptions<T extends RenderPageOptions>(options: T): T {
  return check(options, ["render", "page"]);
}

/**
 * Check the options of `loadTimeline` (dateFormat, twoDigitYearsFrom): throws a RangeError naming
 * the first wrong value. Returns the options as given. A `format` the loader does not know is not
 * thrown: it is the diagnostic `format-unknown`, as whatever else the loader cannot read.
 *
 * @example
 * ```ts
 * checkLoadOptions({ dateFormat: "DMY" }); // returned as given
 * checkLoadOptions({ twoDigitYearsFrom: 30 });
 * // RangeError: twoDigitYearsFrom must be a whole year from 1000 to 9900; got 30.
 * ```
 */
export function checkLoadOptions<T extends object>(options: T): T {
  return check(options, ["load"], ["format"]);
}
