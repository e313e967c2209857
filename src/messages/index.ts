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

/** The shape every language's table has. */
export type Messages = typeof en;

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
