/**
 * Reading timeline options from markup now lives with every other way of giving options, in
 * `src/options.ts`; this module re-exports what the embeds used from here.
 *
 * @module
 */
export { LOCALES, localeFor, OPTION_ATTRIBUTES, readOptions, readWindow, type MarkupOptions, type OptionAttribute } from "../options.js";
