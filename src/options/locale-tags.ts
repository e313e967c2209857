/**
 * The tags of the locales citeline names as text, and how a tag finds one: shared by the locale
 * table (./locales.ts, every locale at hand) and the script-tag bundle's (src/browser/locales.ts,
 * English at hand and the rest loaded on demand), so both read `de-AT` as German.
 *
 * @module
 */
import type { Locale } from "date-fns";

/**
 * Every locale tag markup and the command line can name, in the order messages list them.
 *
 * @example
 * ```ts
 * LOCALE_TAGS.includes("fa"); // true
 * ```
 */
export const LOCALE_TAGS = ["en-GB", "en-US", "en", "de", "fr", "es", "it", "nl", "pt", "ar", "fa", "he", "tr", "ckb"] as const;

/**
 * The table key a language tag names: exact (ignoring case, `_` read as `-`), else by language;
 * undefined when citeline has no such locale.
 *
 * @example
 * ```ts
 * localeKey("de_AT"); // "de"
 * localeKey("fa-IR"); // "fa"
 * localeKey("tlh");   // undefined
 * ```
 */
export function localeKey(tag: string): string | undefined {
  // From JavaScript anything may come (`preload(null)`, `localeFor(42)`): it names no locale.
  if (typeof tag !== "string") return undefined;
  const wanted = tag.trim().toLowerCase().replace(/_/g, "-");
  if (!wanted) return undefined;
  const find = (name: string) => LOCALE_TAGS.find((key) => key.toLowerCase() === name);
  return find(wanted) ?? find(wanted.split("-")[0]!);
}

/**
 * A tag as Intl writes it ("ar-eg" → "ar-EG"), or undefined for text that is no language tag.
 *
 * @example
 * ```ts
 * canonicalTag("fa_ir"); // "fa-IR"
 * canonicalTag("not a tag"); // undefined
 * ```
 */
export function canonicalTag(tag: string): string | undefined {
  // The tags of citeline's own tables are canonical already: asking Intl would load its locale
  // data in a page that may need none (see `numbersFor`).
  if ((LOCALE_TAGS as readonly string[]).includes(tag)) return tag;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))[0];
  } catch {
    return undefined;
  }
}

// One locale per tag asked for, so the same tag is the same option value every time it is read.
const regional = new Map<string, Locale>();

/**
 * The locale of a table for a tag: the table's own when the tag names it (or names what its code
 * says), else the table's locale of the language under the tag's code, so that `ar-EG` keeps the
 * digits and `de-AT` the page language it asked for while sharing `ar`'s and `de`'s words.
 *
 * @example
 * ```ts
 * localeIn("ar-EG", LOCALES)?.code; // "ar-EG" (date-fns's `ar`, under the tag asked for)
 * localeIn("de", LOCALES) === de;   // true
 * ```
 */
export function localeIn(tag: string, table: Readonly<Record<string, Locale>>): Locale | undefined {
  const key = localeKey(tag);
  const locale = key === undefined ? undefined : table[key];
  if (!locale || key === undefined) return undefined;
  const canonical = canonicalTag(tag);
  const lower = canonical?.toLowerCase();
  if (!canonical || lower === key.toLowerCase() || lower === locale.code?.toLowerCase()) return locale;
  let made = regional.get(canonical);
  if (made?.localize !== locale.localize) regional.set(canonical, (made = { ...locale, code: canonical }));
  return made;
}
