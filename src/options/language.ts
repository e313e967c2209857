/**
 * The reader's language as the options give it — a BCP 47 tag or a date-fns locale, a page's own
 * words, a calendar — resolved once into what every stage uses: the tag Intl writes dates and
 * digits for, the date-fns locale, the whole table of words, and how dates are said. The view,
 * the server writers, the embeds and the CLI all ask here, so one `locale` picks the same
 * dates, words and digits everywhere.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import type { DatesWords } from "../messages/dates.js";
import { messagesOf, type Messages, type MessagesOverride } from "../messages/index.js";
import { numbersFor, type Numbers } from "../messages/numbers.js";
import type { Calendar } from "../types.js";
import { canonicalTag, localeKey } from "./locale-tags.js";
import { localeFor, pendingLocale, translationFor } from "./locales.js";

/**
 * The reader's language, resolved: see {@link languageOf}.
 *
 * @example
 * ```ts
 * const language: Language = languageOf({ locale: "fa-IR" });
 * describeDate(readDate("2008-06-07").date, language.dates); // "۷ ژوئن ۲۰۰۸"
 * ```
 */
export interface Language {
  /** The BCP 47 tag dates and numbers are written for: "fa-IR", "ar-EG", "en-GB". */
  readonly tag: string;
  /** The date-fns locale (axis labels); en-GB for a language citeline has none for. */
  readonly locale: Locale;
  /** The calendar dates are said in. */
  readonly calendar: Calendar;
  /** Every word: the language's (English where it has none), with the page's own over them. */
  readonly messages: Messages;
  /** Counts, plurals and lists in the tag's digits. */
  readonly numbers: Numbers;
  /** How dates are said (the `DateWordsOptions` of `describeDate`, `layoutTimeline` and the scene). */
  readonly dates: { readonly locale: Locale; readonly calendar: Calendar; readonly words: DatesWords };
  /**
   * In the script-tag bundle, a language named from the API before its file loaded: its loading,
   * which settles once it has. Until then the language is English; draw again when it settles.
   */
  readonly loading?: Promise<void>;
}

/** What a language is resolved from: the options of every entry point have these. */
export interface LanguageOptions {
  locale?: Locale | string | undefined;
  messages?: MessagesOverride | undefined;
  calendar?: Calendar | undefined;
}

// One language per locale, override and calendar: the same options give the same object, so the
// words and layouts cached by it are reused.
const NO_OVERRIDE = {};
const made = new WeakMap<object, Map<string, Language>>();
const ids = new WeakMap<Locale, number>();
let lastId = 0;

/**
 * The reader's language for a set of options: the tag (a locale's `code`, or the tag given, as
 * Intl writes it), its translation (English for English and for languages citeline does not
 * translate), the page's `messages` over it, and the calendar (default "gregory").
 *
 * @example
 * ```ts
 * const fa = languageOf({ locale: "fa-IR" });
 * fa.messages.chart.eventsHeading;  // "رویدادها"
 * fa.numbers.count(1234);           // "۱٬۲۳۴"
 * describeDate(date, fa.dates);     // "۷ ژوئن ۲۰۰۸"
 * ```
 */
export function languageOf(options: LanguageOptions = {}): Language {
  // Anything but a tag or a locale (a JavaScript caller's mistake, refused by the options' check) is English.
  const given = typeof options.locale === "string" || (typeof options.locale === "object" && options.locale !== null) ? options.locale : undefined;
  const key = typeof given === "string" ? localeKey(given) : given ? localeKey(given.code ?? "") : undefined;
  const loading = key === undefined || typeof given === "object" ? undefined : pendingLocale(key);
  const calendar = options.calendar ?? "gregory";
  const id = typeof given === "object" ? `#${idOf(given)}` : `=${given ?? ""}`;
  const memo = `${id}|${calendar}|${loading ? "loading" : "ready"}`;
  let byOptions = made.get(options.messages ?? NO_OVERRIDE);
  if (!byOptions) made.set(options.messages ?? NO_OVERRIDE, (byOptions = new Map<string, Language>()));
  let language = byOptions.get(memo);
  if (!language) byOptions.set(memo, (language = resolve(loading ? undefined : given, key, calendar, options.messages, loading)));
  return language;
}

function resolve(given: Locale | string | undefined, key: string | undefined, calendar: Calendar, override: MessagesOverride | undefined, loading: Promise<void> | undefined): Language {
  // A tag citeline has no locale for is refused by the options' check; read alone, it is English.
  const locale = (typeof given === "string" ? localeFor(given) : given) ?? enGB;
  const tag = canonicalTag(locale.code ?? "") ?? "en-GB";
  const numbers = numbersFor(tag);
  const translation = key === undefined || given === undefined ? undefined : translationFor(key);
  const messages = messagesOf(translation, numbers, override);
  const dates = { locale: locale.code === tag ? locale : { ...locale, code: tag }, calendar, words: messages.dates };
  return { tag, locale, calendar, messages, numbers, dates, ...(loading ? { loading } : {}) };
}

function idOf(locale: Locale): number {
  let id = ids.get(locale);
  if (id === undefined) ids.set(locale, (id = ++lastId));
  return id;
}
