import type { Diagnostic } from "./diagnostics.js";
import { loadTimeline } from "./load.js";
import { loadEn } from "./messages/load.js";
import type { LoadResult } from "./model/model.js";
import { LOCALE_TAGS, localeKey } from "./options/locale-tags.js";
import { PARTS } from "./parts.js";
import type { InputFormat, LoadOptions } from "./types.js";

/**
 * Loading what a page needs before it reads or draws. The browser builds keep what only some
 * pages need apart — the TimelineJS reader, the full EDTF reader, the readers of spelled dates,
 * the HTML reader, the page writer, story mode,
 * locales other than English: the script-tag bundle in files beside it, the ESM build for browsers in chunks an
 * app's bundler splits off — and load them with these (src/browser/preload.ts, swapped in by
 * rollup.config.js). Node, the ESM build for Node and `require("citeline")` hold everything
 * already, so here `preload` only checks its names and `loadTimelineAsync` is `loadTimeline`:
 * code written for a browser runs anywhere.
 *
 * @module
 */

/**
 * Load what later calls will need: `"timelinejs"` (the TimelineJS reader), `"edtf"` (the reader
 * of EDTF level-1 and level-2 forms such as `156X-12-25` or `2004?-06-~11`), `"words"` (the
 * readers of dates written other than as EDTF: "June 7, 2008", "8. Juni 2008", "7/6/2008",
 * "1980–1988", "c. 1900"), `"html"` (the reader
 * of HTML in a spreadsheet's Media columns, as TimelineJS allows it), `"page"` (what `renderPage`
 * writes around a timeline), `"story"` (story mode: its slides, their keys and swipes) and locale tags
 * (`"fr"`, `"de-AT"`). The browser builds fetch each once (the script-tag bundle from beside
 * itself, a bundled app as a chunk of its own); everywhere else everything is already loaded and
 * the promise resolves at once. Rejects with a
 * `RangeError` for a name that is neither, and with an `Error` when a file cannot be loaded.
 *
 * @example
 * ```ts
 * await Citeline.preload("timelinejs", "fr");
 * Citeline.createTimeline(element, { data: timelineJsText, locale: Citeline.localeFor("fr") });
 * ```
 */
export function preload(...parts: string[]): Promise<void> {
  const unknown = parts.filter((part) => !PARTS.includes(part) && localeKey(part) === undefined);
  return unknown.length > 0 ? Promise.reject(new RangeError(loadEn.unknownPart(unknown, LOCALE_TAGS))) : Promise.resolve();
}

/**
 * `loadTimeline`, after loading whatever the input needs first: in the browser builds, the
 * TimelineJS reader when the input is TimelineJS, the EDTF reader or the readers of spelled dates
 * when a date needs them, and the HTML reader when a spreadsheet's Media cell holds HTML.
 * Everywhere else it is `loadTimeline`.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics } = await Citeline.loadTimelineAsync(await (await fetch("timeline.json")).text());
 * ```
 */
export async function loadTimelineAsync(input: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  const parts = partsFor(input, options.format);
  if (parts.length > 0) await preload(...parts);
  return loadTimeline(input, options);
}

/**
 * What reading `input` needs that is not loaded yet, as `preload` names it. Nothing, here.
 *
 * @internal
 */
export const partsFor: (input: unknown, format?: InputFormat) => string[] = () => [];

/**
 * The parts a load's diagnostics say it lacked (an `edtf-not-loaded` date), to load before reading
 * the input again. None, here: everything is loaded.
 *
 * @example
 * ```ts
 * missingParts(loadTimeline(csvText).diagnostics); // [] (in a browser build, ["words"] for "June 7, 2008" before it loaded)
 * ```
 * @internal
 */
export const missingParts: (diagnostics: readonly Diagnostic[]) => string[] = () => [];

/**
 * The tag, when it names a locale that is still to load. Never, here.
 *
 * @internal
 */
export const localeToLoad: (tag: string | null | undefined) => string | undefined = () => undefined;

/**
 * Whether the readers of everyday date spellings are still to load: an option written in markup
 * as "1980–1988" waits for them. Never, here.
 *
 * @internal
 */
export const spellingToLoad: () => boolean = () => false;

/**
 * Whether story mode is still to load: a timeline that opens in the story, or is switched to it,
 * waits for it. Never, here.
 *
 * @internal
 */
export const storyToLoad: () => boolean = () => false;
