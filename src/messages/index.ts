/**
 * Every word citeline shows or reports, keyed, per language. English is complete; a language is a
 * table of the same shape (`Messages`), so a translation cannot leave a key out.
 *
 * @module
 */
import { chartEn } from "./chart.js";
import { cliEn } from "./cli.js";
import { diagnosticsEn } from "./diagnostics.js";
import { embedEn } from "./embed.js";
import { layoutEn } from "./layout.js";
import { loadEn } from "./load.js";
import { optionsEn } from "./options.js";

/** English, complete. */
export const en = { chart: chartEn, layout: layoutEn, diagnostics: diagnosticsEn, options: optionsEn, embed: embedEn, load: loadEn, cli: cliEn } as const;

/** A table's words with English's literal strings widened to `string`, so another language can fill it. */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : { readonly [K in keyof T]: Words<T[K]> };

/** The shape every language's table has. */
export type Messages = Words<typeof en>;

/** The sections a reader sees (the others speak to developers, in English). */
export type ReaderSection = "chart" | "layout" | "diagnostics" | "embed";

/**
 * A page's own words, replacing any of the reader's: `{ chart: { eventsHeading: "Timeline" } }`.
 * Given as the `messages` option; what it leaves out comes from the locale's language.
 */
export type MessagesOverride = { readonly [S in ReaderSection]?: Partial<Messages[S]> };

/**
 * The words for a language tag: English until other tables are added, and for any language
 * without one.
 *
 * @example
 * ```ts
 * messagesFor("en-GB").chart.eventsHeading; // "Events"
 * ```
 */
export function messagesFor(lang?: string): Messages {
  return TABLES[lang?.split("-")[0]?.toLowerCase() ?? "en"] ?? en;
}

const TABLES: Readonly<Record<string, Messages>> = { en };
