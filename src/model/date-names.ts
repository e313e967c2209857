/**
 * Dates that name their month: "June 7, 2008", "7-Jun-2008", "Sun, 08 Jun 2008", "Dec. 7, 1941"
 * (read by date-fns' `parse`), and in other languages and calendars "8. Juni 2008", "۱۸ خرداد
 * ۱۳۸۷" (./date-languages.ts). Most pages' dates are numbers, and date-fns' parser with its
 * English matchers is the largest part of reading dates: in the browser builds this reader comes
 * with ./date-spelling.ts, on demand (the `"words"` part, src/browser/date-spelling.ts).
 *
 * @module
 */
import { isValid, parse } from "date-fns";
import { otherLanguageSpelling } from "./date-languages.js";
import type { Spelling } from "./date-spelling.js";
import { iso, monthWords, noSuchDay, two, validDay, year } from "./date-spelled.js";
import { MONTHS } from "../messages/details.js";
import { DAY_WITHOUT_YEAR_EXCEL, WEEKDAYS } from "../messages/details-words.js";
import { dayWithoutYear, twoDigitYear, wrongWeekday } from "./date-refusals.js";
import { ordinal } from "./date-spelling-words.js";

// Spellings with month names that cannot be misread, tried in this order with date-fns.
// "d-MMM-yyyy" and "MMM-yyyy" are how Excel shows (and so exports) dates in its built-in formats.
const DAY_FORMATS = [
  "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
  "do MMMM yyyy", "MMMM do, yyyy", "MMMM do yyyy", "EEEE, MMMM d, yyyy", "EEEE d MMMM yyyy", "d-MMM-yyyy",
  // A long date with its weekday first, as British sheets write it, and as RSS and HTTP write a
  // day ("Sun, 08 Jun 2008", RFC 1123; its time and zone are read by the date-time reader).
  "EEEE, d MMMM yyyy", "EEE, d MMM yyyy",
];
const MONTH_FORMATS = ["MMMM yyyy", "MMM yyyy", "MMMM, yyyy", "MMM-yyyy", "MMMM-yyyy"];
// date-fns needs a reference date for the fields a format leaves out; ours name every field.
const REFERENCE = new Date(2000, 0, 1);

/**
 * Read a day or month written with its month's name, in English or another language citeline
 * reads. Undefined when the text is no such date; a refusal, with the reason, for a weekday the
 * day was not, a year of two digits or a day that does not exist.
 *
 * @example
 * ```ts
 * nameSpelling("June 7, 2008"); // { ok: true, edtf: "2008-06-07" }
 * nameSpelling("8. Juni 2008"); // { ok: true, edtf: "2008-06-08" }
 * ```
 */
export function nameSpelling(text: string): Spelling | undefined {
  return named(text) ?? otherLanguageSpelling(text);
}

// Newsroom style (AP's, the style most desks follow) abbreviates months with a point, and
// September as "Sept.": "Dec. 7, 1941", "Sept. 11, 2001". date-fns knows "Dec" and "Sep".
const ABBREVIATED = /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?=\s|,|$)|\b(sept)\b/gi;

function named(raw: string): Spelling | undefined {
  if (!/[a-z]{3}/i.test(raw)) return undefined;
  const text = plainDay(raw.replace(ABBREVIATED, (_, dotted: string | undefined, sept: string | undefined) => (dotted ?? sept ?? "").slice(0, 3)));
  const day = firstParse(text, DAY_FORMATS);
  const d = day ?? firstParse(text, MONTH_FORMATS);
  if (!d) return missingDay(text);
  // date-fns reads "7 June 08" as the year 8; the writer meant some century, and did not say which.
  // Without a day, "June 8" is a day in a year not given (date-fns read June of the year 8).
  if (/(?:^|\D)\d{1,2}$/.test(text)) {
    return day ? twoDigitYear() : dayWithoutYear();
  }
  // date-fns takes the weekday's word and ignores it; a weekday that does not fit the date means
  // one of the two is wrong, and which one cannot be known.
  const weekday = WEEKDAYS[d.getDay()] ?? "";
  const written = (/^([a-z]{3,})\b/i.exec(text)?.[1] ?? "").toLowerCase();
  const isWeekday = WEEKDAYS.some((w) => w.toLowerCase().startsWith(written));
  if (written !== "" && isWeekday && !weekday.toLowerCase().startsWith(written)) {
    return wrongWeekday(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getDay());
  }
  // date-fns builds a local-time Date; only its calendar fields are read, so the zone never matters.
  const edtf = day ? iso(d.getFullYear(), d.getMonth() + 1, d.getDate()) : `${year(d.getFullYear())}-${two(d.getMonth() + 1)}`;
  return { ok: true, edtf };
}

// British prose's ordinal day, and a comma between a day's month and its year: "the 7th of June
// 2008", "Saturday, the 7th of June 2008", "June the 7th, 2008", "7 June, 2008", written as the
// formats write a day (an ordinal's suffix, where it is the number's, left out). They were refused
// as no date.
function plainDay(text: string): string {
  return text
    .replace(/\bthe (?=\d{1,2}(?:st|nd|rd|th)\b)/i, "")
    .replace(/\b(\d{1,2})(st|nd|rd|th)\b( of(?= [a-z]))?/i, (whole, n: string, suffix: string) => (suffix.toLowerCase() === ordinal(Number(n)) ? n : whole))
    .replace(/^((?:[a-z]+,? )?\d{1,2} [a-z]+), (\d{4})$/i, "$1 $2");
}

// A day its month does not have, "31 June 2008" or "February 30, 2008": date-fns reads neither,
// and nothing said why.
function missingDay(text: string): Spelling | undefined {
  const m = /^(\d{1,2}) ([a-z]{3,}) (\d{4})$/i.exec(text) ?? /^([a-z]{3,}) (\d{1,2}),? (\d{4})$/i.exec(text);
  // "7 June": a day in a year not given, as "June 7" is. "3-Feb" is how Excel shows one, and
  // often one it made of "Feb-03" (February 2003), which it reads as 3 February of this year.
  if (!m) {
    const dm = /^\d{1,2}([ -])([a-z]{3,})$/i.exec(text);
    if (!dm || !MONTHS.some((full) => full.toLowerCase().startsWith((dm[2] ?? "").toLowerCase()))) return undefined;
    return dm[1] === "-" ? dayWithoutYear(DAY_WITHOUT_YEAR_EXCEL) : dayWithoutYear();
  }
  const [name, d] = /\d/.test(m[1] ?? "") ? [m[2] ?? "", Number(m[1])] : [m[1] ?? "", Number(m[2])];
  const month = MONTHS.findIndex((full) => full.toLowerCase().startsWith(name.toLowerCase())) + 1;
  const y = Number(m[3]);
  return month > 0 && d >= 1 && !validDay(y, month, d) ? noSuchDay(monthWords(y, month), d) : undefined;
}

// date-fns parsing is slow enough to matter in a large sheet, so formats are tried only until one fits.
function firstParse(text: string, formats: string[]): Date | undefined {
  for (const format of formats) {
    const d = parse(text, format, REFERENCE);
    if (isValid(d)) return d;
  }
  return undefined;
}

