/**
 * The browser builds' stand-in for src/model/date-spelling.ts. Dates written other than as EDTF —
 * with their month's name ("June 7, 2008", "8. Juni 2008": date-fns' `parse` and the names of
 * months in other languages and calendars), or in everyday spellings ("7/6/2008", "1980–1988",
 * "c. 1900", "early June 2008", "2008-06-07 14:30") — are most of the weight of reading dates, and
 * a page whose dates are EDTF, ISO days or epoch ms needs none of their readers. So they are
 * `citeline-words.js` beside the bundle, loaded by src/browser/preload.ts and installed here.
 * Until then EDTF passes through as the readers pass it, and other text is a `words-not-loaded`
 * error on its field, saying how to load it.
 *
 * @module
 */
import type * as Spelling from "../model/date-spelling.js";
import { EDTF_CHARACTERS } from "./date-level2.js";

let read: typeof Spelling.normalizeSpelling | undefined;
let order: typeof Spelling.orderSeen | undefined;

/** Install the loaded reader, and its finder of the order a data's dates show. */
export function installSpelling(reader: typeof Spelling.normalizeSpelling, orderOf?: typeof Spelling.orderSeen): void {
  read = reader;
  order = orderOf;
}

/** See src/model/date-order.ts: nothing until `citeline-words.js` has loaded, since only its readers refuse a date as readable either way. */
export const orderSeen: typeof Spelling.orderSeen = (...lists) => order?.(...lists);

/** Whether the reader has loaded. */
export function spellingLoaded(): boolean {
  return read !== undefined;
}

// EDTF that src/model/date-spelling.ts gives back as written, with no warning (a property test
// holds the two equal): a year of four digits, its month or season, day and time (to the hour,
// minute, second or millisecond), with a qualifier; an open end alone (`..`, as a saved timeline
// writes one); an interval of two of them, or of one and an open or unknown end; a set's range of
// two (`1667..1672`, as a saved set writes its members); level 2's marks (unspecified digits,
// qualifiers inside, significant digits, Y-years) and sets, which the EDTF reader reads or refuses.
// A month or season: "2019-20" is no month but the years 2019 to 2020, which the readers say.
const END = String.raw`-?\d{4}(?:-(?:0[1-9]|1[0-2]|2[1-9]|3\d|4[01])(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?[?~%]?`;
// The EDTF reader's characters, with one of level 2's marks among them (a qualifier not last).
const LEVEL2 = String.raw`(?=[^/]*(?:[XSEYp]|[?~%][^/]))${EDTF_CHARACTERS}`;
const ONE = `(?:${END}|${LEVEL2})`;
const PLAIN = new RegExp(String.raw`^(?:${ONE}|\.\.|(?:${ONE}|\.\.)?/(?:${ONE}|\.\.)?|${ONE}\.\.${ONE})$`);
// A set, one of or all of its members: [1667,1668,1670..1672], {1960, 1961-12}.
const SET = /^[[{](?:[\dX.,?~%-]| (?! ))*[\]}]$/;

/**
 * Whether the stand-in reads `text` as the readers would, without them: EDTF as written.
 *
 * @example
 * ```ts
 * readsAsWritten("2008-06~");  // true
 * readsAsWritten("7/6/2008");  // false: the readers of spellings say how it reads
 * ```
 */
export function readsAsWritten(text: string): boolean {
  return PLAIN.test(text) || SET.test(text);
}

/** See src/model/date-spelling.ts: the same reading, once `citeline-words.js` has loaded. */
export const normalizeSpelling: typeof Spelling.normalizeSpelling = (raw, options) => {
  if (read) return read(raw, options);
  // A sheet's cells often keep a space before or after; the readers drop it too.
  const text = raw.trim();
  if (readsAsWritten(text)) return { ok: true, edtf: text };
  return text === "" ? { ok: false, code: "date-invalid" } : { ok: false, code: "words-not-loaded" };
};

/**
 * Whether any of `dates` needs the readers of spellings: one that is not EDTF as written, so that
 * a page whose dates are EDTF, ISO days or epoch ms loads nothing.
 *
 * @example
 * ```ts
 * mayNeedSpelling(["2008-06-07", "1980/1988"]); // false
 * mayNeedSpelling(["June 7, 2008"]);            // true
 * ```
 */
export function mayNeedSpelling(dates: readonly string[]): boolean {
  return dates.some((date) => date.trim() !== "" && !readsAsWritten(date.trim()));
}
