/**
 * Dates written in numbers alone, as sheets and other languages' papers write them: the day and
 * month in either order, a year and month, a month and year, a year with its mark ("2008 г."),
 * and a year from 2400 on that may be the Buddhist era's. Part of the reader of everyday spellings
 * (./date-spelling.ts), loaded with it on demand.
 *
 * @module
 */
import type { DateFormat } from "../types.js";
import type { Spelling } from "./date-spelling.js";
import { numberReading, sheetDay } from "./date-number.js";
import { iso, monthName, monthWords, noSuchDay, noSuchMonth, two, validDay, words } from "./date-spelled.js";
import { laterYear } from "./date-spelling-range.js";
import { inWords } from "./date-spelling-words.js";
import { BUDDHIST_YEARS, SURELY_BUDDHIST } from "./date-thai.js";
import { twoDigitYear } from "./date-refusals.js";
import { buddhistYear, ifDate, monthOrYears, orElse, sheetDayNumber, TWO_DIGIT_YEAR_SHORT, wrongOrder, yearless } from "../messages/details-words.js";

// A numeric date (or a year) with the mark that ends one: Bulgarian's, Russian's and Macedonian's
// "г." (year), Ukrainian's "р." (each also in full, as prose writes it: "2003 года", "2003 року"),
// and the point Serbian and Croatian write after the year ("7. 6. 2008."), as `Intl` writes them.
// They were refused with no reason, where the date without its mark is read or refused for what it is.
const YEAR_MARK = /^(\d{1,2}([./]) ?\d{1,2}\2 ?(?:\d{2}|\d{4})|\d{3,4})(?:\.| ?[гр]\.?| (?:года|год|року|рік))$/;

/**
 * A date written in numbers alone, as sheets write one ("7/6/2008", "13.6.2008", "2008/06", "03/2020",
 * "7. 6. 2008 г."), in the order `format` gives or the only one it can be read in; refused naming
 * each reading where it could be read two ways, and from 2400 on naming the Buddhist era's too.
 * Undefined for text of another form.
 *
 * @example
 * ```ts
 * numeric("13/6/2008", undefined); // { ok: true, edtf: "2008-06-13", warning: { code: "date-reinterpreted", … } }
 * numeric("7/6/2008", "DMY"); // { ok: true, edtf: "2008-06-07" }
 * ```
 */
export function numeric(text: string, format: DateFormat | undefined): Spelling | undefined {
  return buddhistOnly(text, format, buddhistOrNot(numericAsWritten(text, format)));
}

// "29/2/2551": the Gregorian 2551 has no 29 February, the Buddhist era's (2008) has one. Read so,
// and said, as a date readable in one order only is read in it; it was refused as no such day.
function buddhistOnly(text: string, format: DateFormat | undefined, read: Spelling | undefined): Spelling | undefined {
  if (read?.ok !== false || read.reason !== "no-day") return read;
  const m = /^(\d{4})(\D.*)$/.exec(text) ?? /^(.*\D)(\d{4})$/.exec(text);
  const first = /^\d{4}$/.test(m?.[1] ?? "");
  const y = Number(first ? m?.[1] : m?.[2]);
  if (!m || y < SURELY_BUDDHIST || y > 2999) return read;
  const gregorian = String(y - BUDDHIST_YEARS);
  const other = numericAsWritten(first ? `${gregorian}${m[2]}` : `${m[1]}${gregorian}`, format);
  if (!other?.ok || !/^\d{4}-\d\d-\d\d$/.test(other.edtf)) return read;
  return { ok: true, edtf: other.edtf, warning: { code: "date-reinterpreted", detail: buddhistYear(inWords(other.edtf), y) } };
}

// A numeric date from 2400 on is four centuries ahead, or of the Buddhist era, as a Thai sheet
// writes its years ("7/6/2551", 7 June 2008): refused, naming both, where it was read as 2551.
function buddhistOrNot(read: Spelling | undefined): Spelling | undefined {
  const m = read?.ok ? /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(read.edtf) : null;
  const y = Number(m?.[1]);
  // To the Buddhist 2999, the Gregorian 2456.
  if (!read?.ok || !m || y < SURELY_BUDDHIST || y > 2999) return read;
  const [month, day] = [Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  const gregorian = y - BUDDHIST_YEARS;
  if (day !== undefined && !validDay(gregorian, month, day)) return read;
  const buddhist = day === undefined ? `${gregorian}-${two(month)}` : iso(gregorian, month, day);
  return { ok: false, code: "date-ambiguous", detail: orElse(inWords(read.edtf), buddhistYear(inWords(buddhist), y)), readings: [read.edtf, buddhist] };
}

function numericAsWritten(text: string, format: DateFormat | undefined): Spelling | undefined {
  const bare = YEAR_MARK.exec(text)?.[1];
  if (bare !== undefined) return /^\d+$/.test(bare) ? { ok: true, edtf: bare.padStart(4, "0") } : numericAsWritten(bare, format);
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (ymd) {
    const [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    // Said, as a day-first date's is: "2551/2/29" is then read in the Buddhist era (`buddhistOnly`).
    if (!validDay(y, m, d)) return m < 1 || m > 12 ? noSuchMonth(m) : noSuchDay(monthWords(y, m), d);
    return { ok: true, edtf: iso(y, m, d), warning: { code: "date-reinterpreted", detail: words(y, m, d) } };
  }
  // A five-digit number in a sheet is most often a date cell Excel exported unformatted (days
  // from 30 December 1899): said, not read, since nothing in the text says it is one.
  if (/^\d{5}$/.test(text)) {
    const day = new Date(sheetDay(Number(text)));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    return { ok: false, code: "date-invalid", detail: sheetDayNumber(words(y, m, d), iso(y, m, d)), readings: [iso(y, m, d)] };
  }
  // Eight to ten digits: a day as YYYYMMDD (GDELT's dates), or Unix seconds (an app's times).
  const reading = /^-?\d{8,10}$/.test(text) ? numberReading(Number(text)) : undefined;
  if (reading) return { ok: false, code: "date-invalid", detail: ifDate(reading.how, reading.when), ...(reading.edtf ? { readings: [reading.edtf] } : {}) };
  // "03/2020": a month and its year, as a sheet formats a month; read as EDTF it was the years 3 to 2020.
  const my = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (my) {
    const [m, y] = [Number(my[1]), Number(my[2])];
    if (m < 1 || m > 12) return noSuchMonth(my[1] ?? "");
    return { ok: true, edtf: `${y}-${two(m)}`, warning: { code: "date-reinterpreted", detail: monthWords(y, m) } };
  }
  // "2008/06": a year and its month, as East Asian and some European sheets write them; read as
  // EDTF it was the years 2008 to 6. "2008/09" and "2008-9" may also be the years 2008–09 (a
  // school or financial year), so they are refused with both readings. With a hyphen, two digits
  // are ISO's month and one is padded to it ("2008-6"), as the other readers take them.
  const yearMonth = /^(\d{4})(\/\d{1,2}|-\d)$/.exec(text);
  if (yearMonth) {
    const [y, digits] = [Number(yearMonth[1]), (yearMonth[2] ?? "").slice(1)];
    const m = Number(digits);
    if (m < 1 || m > 12) return undefined;
    if (laterYear(y, digits) === y + 1) return { ok: false, code: "date-ambiguous", detail: monthOrYears(monthWords(y, m), y, y + 1), readings: [`${y}-${two(m)}`, `${y}/${y + 1}`] };
    if (yearMonth[2]?.startsWith("-")) return undefined;
    return { ok: true, edtf: `${y}-${two(m)}`, warning: { code: "date-reinterpreted", detail: monthWords(y, m) } };
  }
  // "12/31", "1/2": a day and month with no year, which EDTF's lenient years would read as the
  // years 12 to 31.
  const pair = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (pair) return yearlessDay(Number(pair[1]), Number(pair[2]));
  // A space may follow each point, as Czech and Slovak write a date ("7. 6. 2008").
  const dmy = /^(\d{1,2})(?:[/-]|\. ?)(\d{1,2})(?:[/-]|\. ?)(\d{2}|\d{4})$/.exec(text);
  if (!dmy) return undefined;
  const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  if ((dmy[3] ?? "").length === 2) {
    // Named only where the option would read a day, in one hundred years or the next (29/2/00 is
    // a day of 2000 alone): "31/2/17" is none in any, and says so.
    const some = [1900, 2000].some((c) => validDay(c + y, b, a) || validDay(c + y, a, b));
    if (!some) {
      const [m, d] = b >= 1 && b <= 12 ? [b, a] : [a, b];
      // 29 February is a day only in some years: '17 is none of them.
      return m < 1 || m > 12 ? noSuchMonth(Math.max(a, b)) : noSuchDay(m === 2 && d === 29 ? `${monthName(2)} ’${dmy[3]}` : monthName(m), d);
    }
    return { ...twoDigitYear(TWO_DIGIT_YEAR_SHORT), option: "twoDigitYearsFrom" };
  }
  const dayFirst = validDay(y, b, a);
  const monthFirst = validDay(y, a, b);
  if (format !== undefined) return inOrder(format, [a, b, y], dayFirst, monthFirst);
  if (dayFirst && monthFirst && a !== b) {
    return { ok: false, code: "date-ambiguous", detail: orElse(words(y, b, a), words(y, a, b)), readings: [iso(y, b, a), iso(y, a, b)], option: "dateFormat" };
  }
  if (!dayFirst && !monthFirst) return neitherOrder(a, b, y);
  const [m, d] = dayFirst ? [b, a] : [a, b];
  const edtf = iso(y, m, d);
  return a === b ? { ok: true, edtf } : { ok: true, edtf, warning: { code: "date-reinterpreted", detail: words(y, m, d) } };
}

// A numeric date that is a day in neither order ("31/02/2008"): which month has no such day, or
// that neither number is a month.
function neitherOrder(a: number, b: number, y: number): Spelling {
  const [m, d] = b >= 1 && b <= 12 ? [b, a] : [a, b];
  if (m < 1 || m > 12) return noSuchMonth(Math.max(a, b));
  return noSuchDay(monthWords(y, m), d);
}

function yearlessDay(a: number, b: number): Spelling | undefined {
  const day = (m: number, d: number) => (validDay(2000, m, d) ? `${d} ${monthName(m)}` : undefined);
  const readings = [...new Set([day(a, b), day(b, a)].filter((r) => r !== undefined))];
  if (readings.length === 0) return undefined;
  return { ok: false, code: "date-ambiguous", detail: yearless(readings, a, b) };
}

// The input said which order its numeric dates are in, so a date that exists only the other way
// round is a mistake in the sheet (or in the option), not something to guess past; a date that is
// a day in neither order is refused as the order given reads it.
function inOrder(format: DateFormat, [a, b, y]: [number, number, number], dayFirst: boolean, monthFirst: boolean): Spelling {
  const [m, d] = format === "DMY" ? [b, a] : [a, b];
  if (format === "DMY" ? dayFirst : monthFirst) return { ok: true, edtf: iso(y, m, d) };
  if (!(format === "DMY" ? monthFirst : dayFirst)) {
    if (m < 1 || m > 12) return noSuchMonth(m);
    return noSuchDay(monthWords(y, m), d);
  }
  const otherFormat = format === "DMY" ? "MDY" : "DMY";
  return {
    ok: false,
    code: "date-invalid",
    detail: wrongOrder(format, otherFormat, words(y, d, m)),
    readings: [iso(y, d, m)],
  };
}
