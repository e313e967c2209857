/**
 * The script-tag bundle's locale table (swapped in for src/options/locales.ts): English at hand,
 * the other locales added as src/browser/preload.ts loads them from `locales/` beside the bundle.
 * Same exports, same tag matching (src/options/locale-tags.ts).
 *
 * @module
 */
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { localeKey } from "../options/locale-tags.js";

export { LOCALE_TAGS } from "../options/locale-tags.js";

// Mutable here only: each locale joins the table as it loads.
const table: Record<string, Locale> = { "en-GB": enGB, "en-US": enUS, en: enGB };

/** The locales at hand: English at first, then each other one as it loads. */
export const LOCALES: Readonly<Record<string, Locale>> = table;

/** The locale for a tag, if citeline has it and it has loaded. */
export function localeFor(tag: string): Locale | undefined {
  const key = localeKey(tag);
  return key === undefined ? undefined : table[key];
}

/** Add a loaded locale under its table key. */
export function installLocale(key: string, locale: Locale): void {
  table[key] = locale;
}
