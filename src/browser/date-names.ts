/**
 * The browser builds' stand-in for src/model/date-names.ts: date-fns' parser and its English
 * matchers, and the names of months in other languages and calendars, are most of the weight of
 * reading dates, and only dates that name their month need them ("June 7, 2008", "8. Juni
 * 2008"). So that reader is `citeline-words.js` beside the bundle, loaded by
 * src/browser/preload.ts and installed here; until then such a date is a `words-not-loaded` error
 * on its field, saying how to load it.
 *
 * @module
 */
import type * as Names from "../model/date-names.js";

let read: typeof Names.nameSpelling | undefined;

/** Install the loaded reader. */
export function installNames(reader: typeof Names.nameSpelling): void {
  read = reader;
}

/** Whether the reader has loaded. */
export function namesLoaded(): boolean {
  return read !== undefined;
}

// Every date the reader reads has a word of two letters or more (a month's name: Arabic's August
// is "آب"); text without one is no date of its, and goes on to the readers after it as it would
// with the reader loaded. An EDTF date's unspecified digits (20XX) are no word.
const LETTERS = /\p{L}{2}/u;
const UNSPECIFIED = /X/g;

/** See src/model/date-names.ts: the same reading, once `citeline-words.js` has loaded. */
export const nameSpelling: typeof Names.nameSpelling = (text) => {
  if (read) return read(text);
  return LETTERS.test(text.replace(UNSPECIFIED, " ")) ? { ok: false, code: "words-not-loaded" } : undefined;
};

// A month's name, or its shortening, beside a number ("June 7", "7-Jun-2008", "Dec. 7", "Sept. 11"),
// and a word with a letter beyond ASCII beside a number, Arabic and Persian digits included
// ("8. März", "۱۸ خرداد", "8 ביוני"). Other languages' names in ASCII ("8 de junio") are missed,
// and loaded for when a date needs them.
const ENGLISH_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ -]['’]?\d|\d(?:st|nd|rd|th)?\.?,?[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// Bounded repeats: a long run of digits and letters (a data URL in a Media cell) is looked at once.
const OTHER_MONTH = /[\d\u0660-\u0669\u06f0-\u06f9][.,،]? ?\p{L}{0,12}[^\p{ASCII}\P{L}]|[^\p{ASCII}\P{L}]\p{L}{0,12} ?[\d\u0660-\u0669\u06f0-\u06f9]/u;

/**
 * Whether `text` may hold a date that names its month: a cheap look for a month's name beside a
 * number, so that a page whose dates are numbers loads nothing. It may say yes for text that does
 * not need the reader (a title that says "March 2014"); for a date it misses,
 * `loadTimelineAsync` and `createTimeline` still load the reader when a date turns out to need it.
 */
export function mayNeedNames(text: string): boolean {
  return ENGLISH_MONTH.test(text) || OTHER_MONTH.test(text);
}
