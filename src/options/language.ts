/**
 * The reader's language as the options give it — a BCP 47 tag or a date-fns locale — resolved to
 * what the stages use.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { localeFor } from "./locales.js";

/**
 * The date-fns locale an option names: a locale as given, a tag through the bundled table
 * (undefined, read as en-GB, for a tag citeline has no locale for, or one still to load).
 *
 * @example
 * ```ts
 * dateLocaleOf("de-AT")?.code; // "de"
 * dateLocaleOf(undefined);     // undefined (en-GB)
 * ```
 */
export function dateLocaleOf(locale: Locale | string | undefined): Locale | undefined {
  return typeof locale === "string" ? localeFor(locale) : locale;
}
