/**
 * One options checker and one locale table, for every way of giving options: `createTimeline`,
 * `<cite-line>` and `[data-citeline]` attributes, `renderToString` / `renderSvg` / `renderPage`
 * and the `citeline` command. Every option is described once, in `OPTIONS`
 * (src/options/table.ts); docs/options.md lists the same options.
 *
 * @example
 * ```ts
 * import { checkTimelineOptions, readOptions } from "./options.js";
 * const { options, problems } = readOptions((name) => element.getAttribute(name));
 * checkTimelineOptions(options); // what markup reads always passes the API's check
 * ```
 *
 * @module
 */
export { LOCALES, localeFor } from "./options/locales.js";
export { languageOf, type Language, type LanguageOptions } from "./options/language.js";
export { directionOf } from "./options/direction.js";
export { openingView } from "./options/opening-view.js";
export type { TimelineOptions, RenderStringOptions, RenderPageOptions } from "./options/types.js";
export { OPTIONS, OPTION_LIST, READING_OPTIONS, readingOptions, readWindow, type AnyOptions, type OptionName, type OptionSpec, type OptionUse } from "./options/table.js";
export { checkTimelineOptions, checkRenderOptions } from "./options/check.js";
export { OPTION_ATTRIBUTES, OPTION_FLAGS, readOptions, readFlags, type MarkupOptions, type OptionAttribute } from "./options/read.js";
