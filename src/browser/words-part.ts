/**
 * The entry of `dist/citeline-words.js`, the reader of dates that name their month ("June 7,
 * 2008", "8. Juni 2008": date-fns' `parse` and the names of months in other languages and
 * calendars), which the browser builds load on demand (src/browser/preload.ts installs its export).
 *
 * @module
 */
export { nameSpelling } from "../model/date-names.js";
