/**
 * The sentence that documents each option, for docs/options.md and `citeline --help` (the same
 * words in both). Apart from the options table, which every page reads, since only the command
 * and the docs show these.
 *
 * @module
 */
import { optionDocsEn as d } from "../messages/option-docs.js";
import { LOCALE_TAGS } from "./locale-tags.js";
import { FIRST_YEARS, HEIGHT, WIDTH, type OptionName } from "./table.js";

const DOCS: { readonly [K in OptionName]: string } = {
  ...d,
  height: d.height(HEIGHT.min, HEIGHT.max, HEIGHT.fallback),
  width: d.width(WIDTH.min, WIDTH.max, WIDTH.fallback),
  locale: d.locale(LOCALE_TAGS),
  twoDigitYearsFrom: d.twoDigitYearsFrom(FIRST_YEARS.min, FIRST_YEARS.max),
};

/**
 * One sentence: what the option means, and its default.
 *
 * @example
 * ```ts
 * optionDoc("theme"); // "Colour theme: light (default), dark, or auto to follow the reader's system."
 * ```
 */
export function optionDoc(name: OptionName): string {
  return DOCS[name];
}
