/**
 * The one table of locales citeline bundles, for every place that names a locale as text:
 * `<cite-line locale>`, `data-locale` and `citeline --locale`; and each language's translation
 * of the words a reader sees. An application passes any date-fns `Locale` (or a tag) to
 * `createTimeline` or `renderToString` itself.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { ar } from "date-fns/locale/ar";
import { ckb } from "date-fns/locale/ckb";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { faIR } from "date-fns/locale/fa-IR";
import { fr } from "date-fns/locale/fr";
import { he } from "date-fns/locale/he";
import { it } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import { pt } from "date-fns/locale/pt";
import { tr } from "date-fns/locale/tr";
import { arabic } from "../messages/ar.js";
import { sorani } from "../messages/ckb.js";
import { german } from "../messages/de.js";
import { spanish } from "../messages/es.js";
import { persian } from "../messages/fa.js";
import { french } from "../messages/fr.js";
import { hebrew } from "../messages/he.js";
import type { Translation } from "../messages/index.js";
import { turkish } from "../messages/tr.js";
import { localeIn } from "./locale-tags.js";

export { LOCALE_TAGS } from "./locale-tags.js";

/**
 * The locales markup and the command line can name, by BCP 47 tag; `en` is British English and
 * `fa` is Persian as written in Iran. In Node and the ESM build for Node every one is here at
 * once. The browser builds hold the English ones and load the others when a page names them (the
 * script-tag bundle from `locales/` beside itself, never from another site; a bundled app as a
 * chunk of its own); each joins this table as it arrives (see `preload`). An application that needs another locale passes a date-fns `Locale` to `createTimeline`.
 *
 * @example
 * ```ts
 * Object.keys(LOCALES); // ["en-GB", "en-US", "en", "de", "fr", "es", "it", "nl", "pt", "ar", "fa", "he", "tr", "ckb"]
 * ```
 */
export const LOCALES: Readonly<Record<string, Locale>> = { "en-GB": enGB, "en-US": enUS, en: enGB, de, fr, es, it, nl, pt, ar, fa: faIR, he, tr, ckb };

// The languages whose words citeline translates, by table key; the others read English words.
const TRANSLATIONS: Readonly<Record<string, Translation>> = { de: german, fr: french, es: spanish, ar: arabic, fa: persian, he: hebrew, tr: turkish, ckb: sorani };

/**
 * The locale for a language tag: exact (ignoring case, `_` read as `-`), else by language, so
 * `de-AT` is German, `en-AU` British English and `pt-BR` Portuguese, each under the tag asked for
 * (its `code`: "de-AT"), so that Intl writes the digits that tag uses (`ar-EG`: ١٢٣); undefined
 * when citeline has none (and, in the script-tag bundle, for a locale other than English until it has loaded).
 *
 * @example
 * ```ts
 * localeFor("de-AT")?.code; // "de-AT"
 * localeFor("it")?.code;    // "it"
 * localeFor("tlh");         // undefined
 * ```
 */
export function localeFor(tag: string): Locale | undefined {
  return localeIn(tag, LOCALES);
}

/**
 * The translation of a table key's language: undefined for English, and for Italian, Dutch and
 * Portuguese, whose dates are theirs and words English.
 *
 * @example
 * ```ts
 * translationFor("fa")?.(numbersFor("fa")).chart.close; // "بستن"
 * ```
 */
export function translationFor(key: string): Translation | undefined {
  return TRANSLATIONS[key];
}

/**
 * The loading of a locale still to come, to draw again once it has: never, here (the script-tag
 * bundle's table loads its locales on demand).
 *
 * @example
 * ```ts
 * pendingLocale("fa"); // undefined
 * ```
 */
export const pendingLocale: (key: string) => Promise<void> | undefined = () => undefined;
