/**
 * The tags of the locales citeline names as text, and how a tag finds one: shared by the locale
 * table (./locales.ts, every locale at hand) and the script-tag bundle's (src/browser/locales.ts,
 * English at hand and the rest loaded on demand), so both read `de-AT` as German.
 *
 * @module
 */

/**
 * Every locale tag markup and the command line can name, in the order messages list them.
 *
 * @example
 * ```ts
 * LOCALE_TAGS.includes("fr"); // true
 * ```
 */
export const LOCALE_TAGS = ["en-GB", "en-US", "en", "de", "fr", "es", "it", "nl", "pt"] as const;

/**
 * The table key a language tag names: exact (ignoring case, `_` read as `-`), else by language;
 * undefined when citeline has no such locale.
 *
 * @example
 * ```ts
 * localeKey("de_AT"); // "de"
 * localeKey("tlh");   // undefined
 * ```
 */
export function localeKey(tag: string): string | undefined {
  const wanted = tag.trim().toLowerCase().replace(/_/g, "-");
  if (!wanted) return undefined;
  const find = (name: string) => LOCALE_TAGS.find((key) => key.toLowerCase() === name);
  return find(wanted) ?? find(wanted.split("-")[0]!);
}
