/**
 * Options from markup, for `<cite-line>` and `[data-citeline]`, and what an embed waits for before
 * it draws: in the script-tag bundle a locale other than English, or the TimelineJS reader, is a
 * file loaded from beside the bundle (src/browser/preload.ts); everywhere else nothing is waited for.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";
import { openingView, readOptions, type MarkupOptions, type OptionAttribute } from "../options.js";
import { localeToLoad, partsFor, preload, spellingToLoad, storyToLoad } from "../preload.js";
import type { EmbedConfig } from "./embed.js";
import { messageOf, warnMarkup } from "./problems.js";

/** An embed's configuration as markup gives it: a locale still to load is held as its tag. */
export interface MarkupConfig extends EmbedConfig {
  /** A locale named in markup that the script-tag bundle has yet to load; drawn with once it has. */
  localeTag?: string | undefined;
  /**
   * Options written in markup as dates that only the readers of everyday spellings read (a
   * `window` of "1980–1988"), which the script-tag bundle has yet to load: read, and their
   * problems said, once those readers have loaded (or failed to).
   */
  waiting?: (() => MarkupOptions) | undefined;
}

// The options markup writes as dates.
const DATED: readonly OptionAttribute[] = ["window", "breaks"];

/**
 * `readOptions`, except that a locale still to load is not read (nor reported unknown) but
 * handed back as `localeTag`, and a date the readers still to load would read (a `window` of
 * "1980–1988") is not refused but handed back as `waiting`, for the embed to load before it draws.
 *
 * @example
 * ```ts
 * readMarkup((name) => host.getAttribute(`data-${name}`), (name) => `data-${name}`);
 * // script tag, data-locale="fr": { options: {}, problems: [], localeTag: "fr", waiting: undefined }
 * ```
 */
export function readMarkup(get: (name: OptionAttribute) => string | null, spell?: (name: OptionAttribute) => string): MarkupOptions & Pick<MarkupConfig, "localeTag" | "waiting"> {
  const localeTag = localeToLoad(get("locale"));
  // Only what this bundle cannot read yet waits: the text is kept as it stood when read.
  const unread = (name: OptionAttribute) => readOptions((n) => (n === name ? get(n) : null)).problems.length > 0;
  const held = new Map(spellingToLoad() ? DATED.filter(unread).map((name) => [name, get(name)] as const) : []);
  const read = readOptions((name) => ((name === "locale" && localeTag !== undefined) || held.has(name) ? null : get(name)), spell);
  const waiting = held.size === 0 ? undefined : () => readOptions((name) => held.get(name) ?? null, spell);
  return { ...read, localeTag, waiting };
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
  if (config.waiting && spellingToLoad() && !parts.includes("words")) parts.push("words");
  // A story (the view named, or a TimelineJS file's own) loads story mode with its data.
  if (storyToLoad() && openingView(config.options ?? {}, parts.includes("timelinejs") ? "timelinejs" : undefined) === "story") parts.push("story");
  const tag = localeToLoad(config.localeTag);
  if (parts.length === 0 && tag === undefined) return undefined;
  const locale = tag === undefined ? undefined : preload(tag).catch((error: unknown) => warnMarkup([loadEn.localeFallback(tag, messageOf(error))], new Set()));
  // Without the TimelineJS reader there is nothing to draw; without another reader, the rest is
  // drawn, and the drawing's own try for what it lacked says what is left out (view/complete.ts).
  const readers = parts.filter((part) => part !== "timelinejs");
  const importer = parts.includes("timelinejs") ? preload("timelinejs") : undefined;
  return Promise.all([importer, readers.length > 0 ? preload(...readers).catch(() => undefined) : undefined, locale]).then(() => undefined);
}
