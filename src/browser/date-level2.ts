/**
 * The browser builds' stand-in for src/model/date-level2.ts: the `edtf` package and its parser
 * are most of the weight of reading dates, and only dates citeline does not read itself need them
 * (unspecified digits `156X-12-25`, part qualifiers `2004?-06-~11`, significant digits `1950S2`,
 * `Y`-years). So that reader is `citeline-edtf.js` beside the bundle, loaded by
 * src/browser/preload.ts and installed here; until then such a date is an `edtf-not-loaded` error
 * on its field, saying how to load it.
 *
 * @module
 */
import type * as Level2 from "../model/date-level2.js";

let read: typeof Level2.readLevel2 | undefined;

/** Install the loaded reader. */
export function installEdtf(reader: typeof Level2.readLevel2): void {
  read = reader;
}

/** Whether the reader has loaded. */
export function edtfLoaded(): boolean {
  return read !== undefined;
}

// What an EDTF date the package might read can look like: digits, X, the Y, S, E and p of level 2,
// qualifiers and dashes. Other text ("hello", "next week") is not a date the reader could read, so
// it is `date-invalid` at once rather than a reason to load it.
/** The characters of a date the EDTF reader might read, as a pattern (src/browser/date-spelling.ts builds on it). */
export const EDTF_CHARACTERS = String.raw`[?~%]?Y?-?[\dX][\dXYSEp?~%-]*`;
const EDTF_LIKE = new RegExp(`^${EDTF_CHARACTERS}$`);

/** See src/model/date-level2.ts: the same reading, once `citeline-edtf.js` has loaded. */
export const readLevel2: typeof Level2.readLevel2 = (text) => {
  if (read) return read(text);
  return EDTF_LIKE.test(text) ? { ok: false, code: "edtf-not-loaded" } : { ok: false, code: "date-invalid" };
};

/**
 * Whether `text` may hold a date that needs the EDTF reader: a cheap look for its marks (an X
 * digit, a qualifier before a dash, S or E in a year, a Y-year), so that a page whose dates are
 * plain loads nothing. It may say yes for text that does not need the reader; for a form it
 * misses, `loadTimelineAsync` still loads the reader when a date turns out to need it.
 */
export function mayNeedEdtf(text: string): boolean {
  return /\dX|X{2}|[?~%]-|-[?~%]|(^|[^\w?~%])[?~%]\d|\dS\d|\dE\d|(^|[^A-Za-z])Y-?\d/.test(text);
}
