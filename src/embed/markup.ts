/**
 * Options from markup, for `<cite-line>` and `[data-citeline]`, and what an embed waits for before
 * it draws: in the script-tag bundle a locale other than English, or the TimelineJS reader, is a
 * file loaded from beside the bundle (src/browser/preload.ts); everywhere else nothing is waited for.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";
import { readOptions, type MarkupOptions, type OptionAttribute } from "../options.js";
import { localeToLoad, partsFor, preload } from "../preload.js";
import type { EmbedConfig } from "./embed.js";
import { messageOf, warnMarkup } from "./problems.js";

/** An embed's configuration as markup gives it: a locale still to load is held as its tag. */
export interface MarkupConfig extends EmbedConfig {
  /** A locale named in markup that the script-tag bundle has yet to load; drawn with once it has. */
  localeTag?: string | undefined;
}

/**
 * `readOptions`, except that a locale still to load is not read (nor reported unknown) but
 * handed back as `localeTag`, for the embed to load before it draws.
 *
 * @example
 * ```ts
 * readMarkup((name) => host.getAttribute(`data-${name}`), (name) => `data-${name}`);
 * // script tag, data-locale="fr": { options: {}, problems: [], localeTag: "fr" }
 * ```
 */
export function readMarkup(get: (name: OptionAttribute) => string | null, spell?: (name: OptionAttribute) => string): MarkupOptions & { localeTag: string | undefined } {
  const localeTag = localeToLoad(get("locale"));
  const read = readOptions(localeTag === undefined ? get : (name) => (name === "locale" ? null : get(name)), spell);
  return { ...read, localeTag };
}

/**
 * What must load before `data` is drawn with `config`, as one promise; undefined when nothing
 * must (always, outside the script-tag bundle). A locale that fails to load is a console warning
 * and the timeline is drawn in English; a TimelineJS reader that fails rejects; another reader that
 * fails is tried again by the drawing, which draws the rest and says what it left out.
 *
 * @example
 * ```ts
 * const ready = readyFor(text, config);
 * if (ready) await ready;
 * ```
 */
export function readyFor(data: unknown, config: MarkupConfig): Promise<void> | undefined {
  const parts = partsFor(data, config.options?.format ?? "auto");
  const tag = localeToLoad(config.localeTag);
  if (parts.length === 0 && tag === undefined) return undefined;
  const locale = tag === undefined ? undefined : preload(tag).catch((error: unknown) => warnMarkup([loadEn.localeFallback(tag, messageOf(error))], new Set()));
  // Without the TimelineJS reader there is nothing to draw; without another reader, the rest is
  // drawn, and the drawing's own try for what it lacked says what is left out (view/complete.ts).
  const readers = parts.filter((part) => part !== "timelinejs");
  const importer = parts.includes("timelinejs") ? preload("timelinejs") : undefined;
  return Promise.all([importer, readers.length > 0 ? preload(...readers).catch(() => undefined) : undefined, locale]).then(() => undefined);
}
