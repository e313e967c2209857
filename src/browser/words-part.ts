/**
 * The entry of `dist/citeline-words.js`, the readers of dates written other than as EDTF: dates
 * that name their month ("June 7, 2008", "8. Juni 2008": date-fns' `parse` and the names of months
 * in other languages and calendars) and everyday spellings ("7/6/2008", "1980–1988", "c. 1900"),
 * which the browser builds load on demand (src/browser/preload.ts installs its export).
 *
 * @module
 */
export { normalizeSpelling, orderSeen } from "../model/date-spelling.js";
