/**
 * The one table of locales citeline bundles, for every place that names a locale as text:
 * `<cite-line locale>`, `data-locale` and `citeline --locale`. An application passes any date-fns
 * `Locale` to `createTimeline` or `renderToString` itself.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { it } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import { pt } from "date-fns/locale/pt";
import { localeKey } from "./locale-tags.js";

export { LOCALE_TAGS } from "./locale-tags.js";

/**
 * The locales markup and the command line can name, by BCP 47 tag; `en` is British English.
 * In Node and the ESM build every one is here at once. The script-tag bundle holds the English
 * ones and loads the others, when a page names them, from `locales/` beside the bundle (never
 * from another site); each joins this table as it arrives (see `preload`). An application that
 * needs another locale passes a date-fns `Locale` to `createTimeline`.
 *
 * @example
 * ```ts
 * Object.keys(LOCALES); // ["en-GB", "en-US", "en", "de", "fr", "es", "it", "nl", "pt"]
 * ```
 */
export const LOCALES: Readonly<Record<string, Locale>> = { "en-GB": enGB, "en-US": enUS, en: enGB, de, fr, es, it, nl, pt };

/**
 * The locale for a language tag: exact (ignoring case, `_` read as `-`), else by language, so
 * `de-AT` is German, `en-AU` British English and `pt-BR` Portuguese; undefined when citeline has
 * none (and, in the script-tag bundle, for a locale other than English until it has loaded).
 *
 * @example
 * ```ts
 * localeFor("de-AT")?.code; // "de"
 * localeFor("it")?.code;    // "it"
 * localeFor("tlh");         // undefined
 * ```
 */
export function localeFor(tag: string): Locale | undefined {
  const key = localeKey(tag);
  return key === undefined ? undefined : LOCALES[key];
}
