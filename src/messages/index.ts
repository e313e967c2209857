/**
 * Every word citeline shows or reports, keyed, per language. English is complete; a language is a
 * table of the same shape (`Messages`), so a translation cannot leave a key out. The sections a
 * reader sees (chart, layout, dates, diagnostics, embed) are translated, each language's in a file
 * of its own (`./fa.ts`, `./fa-diagnostics.ts`, …) made from its numbers (`./numbers.ts`); the
 * sections that speak to developers (options, load) stay English. The command's words are the CLI's
 * own (./cli.ts, ./cli-studio.ts, ./cli-draft.ts): no page carries them.
 *
 * The languages are gathered by the locale table (src/options/locales.ts), not here: the
 * script-tag bundle loads each with its locale, from `locales/<tag>.js`.
 *
 * @module
 */
import { chartEn } from "./chart.js";
import { datesEn } from "./dates.js";
import { diagnosticsEn } from "./diagnostics.js";
import { embedEn } from "./embed.js";
import { layoutEn } from "./layout.js";
import { loadEn } from "./load.js";
import type { Numbers } from "./numbers.js";
import { optionsEn } from "./options.js";
import type { Words } from "./words.js";

export type { Words } from "./words.js";
export type { Numbers, PluralForms } from "./numbers.js";

/** English, complete. */
export const en = { chart: chartEn, layout: layoutEn, dates: datesEn, diagnostics: diagnosticsEn, options: optionsEn, embed: embedEn, load: loadEn } as const;

/** The shape every language's table has. */
export type Messages = Words<typeof en>;

/** The sections a reader sees (the others speak to developers, in English). */
export type ReaderSection = "chart" | "layout" | "dates" | "diagnostics" | "embed";

/** The embed's words that go to the console, for the page's developer: English in every language. */
type ConsoleWords = "problemsIn" | "markup";

/**
 * A language's reader-facing sections: what a translation holds. Its diagnostic sentences read
 * only a diagnostic's `value` and `field` (its `detail` is English, written by the data's reader).
 */
export type ReaderMessages = { readonly [S in Exclude<ReaderSection, "embed">]: Messages[S] } & { readonly embed: Omit<Messages["embed"], ConsoleWords> };

/**
 * A translation: its reader-facing sections, made for the numbers of a tag (so `ar` and `ar-EG`
 * share words and differ in digits).
 *
 * @example
 * ```ts
 * const words = fa(numbersFor("fa-IR"));
 * words.chart.eventsCount(3); // "۳ رویداد"
 * ```
 */
export type Translation = (numbers: Numbers) => ReaderMessages;

/**
 * A page's own words, replacing any of the reader's: `{ chart: { eventsHeading: "Timeline" } }`.
 * Given as the `messages` option; what it leaves out comes from the locale's language.
 *
 * @example
 * ```ts
 * createTimeline(element, { data, locale: "fa", messages: { chart: { eventsHeading: "رویدادهای این گزارش" } } });
 * ```
 */
export type MessagesOverride = { readonly [S in ReaderSection]?: Partial<Messages[S]> };

/**
 * The whole table of a language: its translation (none: English) for a tag's numbers, the
 * developers' sections in English, and a page's own words over them.
 *
 * @example
 * ```ts
 * messagesOf(fa, numbersFor("fa"), { chart: { eventsHeading: "رویدادها" } }).chart.eventsHeading; // "رویدادها"
 * messagesOf(undefined, numbersFor("en-GB")).chart.eventsHeading;                                  // "Events"
 * ```
 */
export function messagesOf(translation: Translation | undefined, numbers: Numbers, override?: MessagesOverride): Messages {
  const reader: ReaderMessages = translation ? translation(numbers) : en;
  const base: Messages = { ...en, ...reader, embed: { ...en.embed, ...reader.embed } };
  if (!override) return base;
  // A section the page leaves alone stays the language's own object (English's diagnostics then
  // read as the diagnostics' own messages, details and all).
  const section = <S extends ReaderSection>(name: S): Messages[S] => (override[name] ? { ...base[name], ...override[name] } : base[name]);
  return { ...base, chart: section("chart"), layout: section("layout"), dates: section("dates"), diagnostics: section("diagnostics"), embed: section("embed") };
}
