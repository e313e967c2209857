/**
 * The browser builds' locale table (swapped in for src/options/locales.ts): English at hand,
 * the other locales, each with its language's words, added as src/browser/preload.ts loads them
 * (./part-import.ts). Same exports, same tag matching (src/options/locale-tags.ts).
 *
 * @module
 */
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import type { Translation } from "../messages/index.js";
import { loadEn } from "../messages/load.js";
import { localeIn } from "../options/locale-tags.js";

export { LOCALE_TAGS } from "../options/locale-tags.js";

// Mutable here only: each locale joins the table as it loads.
const table: Record<string, Locale> = { "en-GB": enGB, "en-US": enUS, en: enGB };
const translations: Record<string, Translation> = {};
const pending = new Map<string, Promise<void>>();
let loader: ((key: string) => Promise<void>) | undefined;

/** The locales at hand: English at first, then each other one as it loads. */
export const LOCALES: Readonly<Record<string, Locale>> = table;

/** The locale for a tag, if citeline has it and it has loaded. */
export function localeFor(tag: string): Locale | undefined {
  return localeIn(tag, table);
}

/** The translation of a table key's language, once it has loaded. */
export function translationFor(key: string): Translation | undefined {
  return translations[key];
}

/** Add a loaded locale, and its language's words, under its table key. */
export function installLocale(key: string, locale: Locale, translation?: Translation): void {
  table[key] = locale;
  if (translation) translations[key] = translation;
}

/** How a locale is loaded: set by the loader (./preload.ts), which imports this table. */
export function setLocaleLoader(load: (key: string) => Promise<void>): void {
  loader = load;
}

/**
 * A locale named from the API before it loaded: its loading, started once, which settles when it
 * has (or has failed, with a console warning: the timeline stays English). Undefined once loaded.
 */
export function pendingLocale(key: string): Promise<void> | undefined {
  if (table[key] !== undefined || !loader) return undefined;
  let loading = pending.get(key);
  if (!loading) {
    loading = loader(key).catch((error: unknown) => console.warn(`citeline: ${loadEn.localeFallback(key, error instanceof Error ? error.message : String(error))}`));
    pending.set(key, loading);
  }
  return loading;
}
