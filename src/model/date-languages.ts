import type { Spelling } from "./date-spelling.js";
import { calendarDay, calendarMonth, calendarMonthName } from "./date-calendar-days.js";
import { CALENDAR_MONTHS, languageNames, nameScriptOf, plainWord, pointedNames, type LanguageNames } from "./date-language-names.js";
import { inWords } from "./date-spelling-words.js";
import { inCroatian, orElse } from "../messages/details-words.js";
import { eraCalendar, type EraCalendar } from "./date-era.js";
import { isoOf, monthWords, noSuchDay, two, validDay, year } from "./date-spelled.js";
import { dayWithoutYear, twoDigitYear, wrongWeekday } from "./date-refusals.js";

/**
 * Dates written with month names in other languages than English: "8. Juni 2008", "8 de junio de
 * 2008", "Pazar, 8 Haziran 2008", "٨ حزيران ٢٠٠٨", "8 ביוני 2008", "8 जून 2008", "Hunyo 8, 2008";
 * and in the Solar Hijri and Hijri calendars, "۱۸ خرداد ۱۳۸۷", "٤ جمادى الآخرة ١٤٢٩ هـ". A
 * newsroom's sheet is written in its own language, and its sources date in their own calendars.
 *
 * The names come from the platform's `Intl` (./date-language-names.ts), so no word list ships; a
 * name, or a shortening of one of at least three letters, is read only where it names one month
 * in every language here ("jui" is juin and juillet: no month), a name as a language writes it
 * before another's shortening ("červen", June, begins "červenec", July). Only month names make a date here,
 * never numbers alone, so nothing read here could be read another way.
 *
 * @module
 */

// Words between a day, its month and its year: Spanish and Portuguese "de", "del", French "le",
// Danish "d." and Swedish or Danish "den"; the words for "year" after one: Russian, Bulgarian,
// Macedonian and Belarusian "г.", Ukrainian "р.", Lithuanian "m." (and "d.", day, after the
// day), Latvian "gada" or "g.", Kazakh "ж."; and in full, as Russian and Ukrainian prose and news
// write it where `Intl` shortens it ("7 мая 2012 года", "7 травня 2012 року").
const LINKS = new Set(["de", "del", "le", "d", "den", "г", "р", "m", "gada", "g", "ж", "года", "год", "року", "рік"]);
// A year as written: its digits, with the point Serbian, Bosnian, Hungarian and Latvian write
// after one ("7. jun 2008.", "2008. június 7.").
const YEAR = /^(\d{3,4})\.?$/;
const YEAR_POINT = /\d{3,4}\.$/;
// A day written with a point after it, as German, Czech and Croatian write one ("8. Juni").
const DAY_POINT = /(?:^|[\s,])\d{1,2}\.(?:\s|$)/;
// Marks that set a direction, invisible in right-to-left text.
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * Read a day or month written with its month's name in another language than English, as EDTF:
 * a day with its month and year (the weekday, when given, must be the date's), or a month and
 * year. Undefined when the text is no such date; a refusal, with the reason, when it names a day
 * that does not exist, a weekday the day was not, or a year of two digits.
 *
 * @example
 * ```ts
 * otherLanguageSpelling("8. Juni 2008");        // { ok: true, edtf: "2008-06-08" }
 * otherLanguageSpelling("8 de junio de 2008");  // { ok: true, edtf: "2008-06-08" }
 * otherLanguageSpelling("Haziran 2008");        // { ok: true, edtf: "2008-06" }
 * ```
 */
export function otherLanguageSpelling(text: string): Spelling | undefined {
  // Most dates that reach here are no words at all: only text with letters is looked at (two
  // together, or with a point between, as Thai shortens January, "ม.ค.").
  if (!/\p{L}\.?[\p{L}\p{M}]/u.test(text)) return undefined;
  const plain = text.replace(BIDI, "");
  // A date's words are in one script: its first letter's names are the ones to read it by.
  const script = nameScriptOf(plain) ?? "latin";
  // A point after the year that ends the date, as Croatian writes one ("8. listopada 2008."): Croatian's names.
  if (script === "latin" && YEAR_POINT.test(plain)) return spelled(partsOf(plain, pointedNames()));
  const read = spelled(partsOf(plain, languageNames(script)));
  if (script !== "latin" || (read && !DAY_POINT.test(plain))) return read;
  return croatianOrNot(read, spelled(partsOf(plain, pointedNames())));
}

// A Latin date with no point after its year: Croatian's with that point trimmed, or another
// language's. A date no other language reads is read by Croatian's names ("8 lipnja 2008"). One
// with a point after its day, as Croatian, Czech and German write one, is read by both: as
// whichever reads, and where both read different days ("8. listopada 2008": Croatian's October,
// Polish's November), it is ambiguous. Without that point, Polish's and Czech's reading stands.
function croatianOrNot(other: Spelling | undefined, croatian: Spelling | undefined): Spelling | undefined {
  if (!croatian?.ok || croatian.edtf === (other?.ok && other.edtf)) return other;
  if (!other?.ok) return croatian;
  return { ok: false, code: "date-ambiguous", detail: orElse(inCroatian(inWords(croatian.edtf)), inWords(other.edtf)), readings: [croatian.edtf, other.edtf] };
}

function spelled(read: Parts | undefined): Spelling | undefined {
  if (!read) return undefined;
  const { day, month, yearText, weekday, era } = read;
  // "8. Juni", "۱۸ خرداد": a day in a year not given.
  if (yearText === "") return dayWithoutYear();
  if (yearText.length < 3) return twoDigitYear();
  if (yearText.length > 4) return undefined;
  const y = Number(yearText);
  const calendar = CALENDAR_MONTHS[month - (month % 100)];
  const m = month % 100;
  // An era that is not the month's calendar's ("يونيو 2008هـ") says one of the two is wrong.
  if (era !== undefined && era !== (calendar ?? "gregory")) return undefined;
  if (day === undefined) {
    if (weekday !== undefined) return undefined;
    if (!calendar) return { ok: true, edtf: `${year(y)}-${two(m)}` };
    // A month of another calendar is no Gregorian month: some day of the days it covers.
    const [first, last] = calendarMonth(calendar, y, m);
    return { ok: true, edtf: `[${isoOf(first)}..${isoOf(last)}]` };
  }
  const at = calendar ? calendarDay(calendar, y, m, day) : validDay(y, m, day) ? gregorianDay(y, m, day) : undefined;
  if (at === undefined) return noSuchDay(calendar ? `${calendarMonthName(calendar, m)} ${y}` : monthWords(y, m), day);
  const date = new Date(at);
  if (weekday !== undefined && date.getUTCDay() !== weekday) {
    return wrongWeekday(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCDay());
  }
  return { ok: true, edtf: isoOf(at) };
}

interface Parts {
  day?: number;
  month: number;
  /** The year as written, or "" for a day and month with none. */
  yearText: string;
  weekday?: number;
  /** The calendar an era after the year names: "م" (Gregorian), "هـ" or "AH" (Hijri), "ه‍.ش." (Solar Hijri). */
  era?: EraCalendar;
}


// The day, month, year and weekday of "[weekday] [day] month year [weekday]" or "year month",
// with links between them; undefined for anything else. A name may be two words ("كانون الثاني", "יום ראשון").
function partsOf(text: string, { months, weekdays }: LanguageNames): Parts | undefined {
  let day: number | undefined;
  let month: number | undefined;
  let yearText: string | undefined;
  let weekday: number | undefined;
  let era: Parts["era"];
  // The year before its month, as `Intl` writes a date in full in Persian, Sorani, Hungarian or
  // Lithuanian ("۱۳۸۷ خرداد ۱۸", "2008. június 7."): a day may follow the month.
  let yearFirst = false;
  const tokens = text.split(/[\s,،]+/).filter((t) => t !== "");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = plainWord(token);
    const pair = i + 1 < tokens.length ? [`${word} ${plainWord(tokens[i + 1]!)}`, `${word}${plainWord(tokens[i + 1]!)}`].find((w) => months.has(w) || weekdays.has(w)) : undefined;
    const edge = i === 0 || i === tokens.length - (pair ? 2 : 1);
    // "8.", "1er", "1º", Kurdish "٨ی": a day before its month.
    const ordinal = /^(\d{1,2})(?:\.|er|º|ª|°|ی|ي)?$/.exec(token);
    if (month === undefined && day === undefined && ordinal) day = Number(ordinal[1]);
    // A weekday first, then the day: Romanian's "marți" (Tuesday) also begins "martie" (March).
    else if (i === 0 && weekdays.has(word) && /^\d{1,2}\.?$/.test(tokens[1] ?? "")) weekday = weekdays.get(word);
    // A year before its month, with no day ("١٠٠ کانوونی دووەم", as Kurdish writes a month; "2008.
    // június 7.", as Hungarian writes a day; Latvian's and Kazakh's day comes before the month).
    else if (month === undefined && day === undefined && yearText === undefined && YEAR.test(token)) [yearText, yearFirst] = [YEAR.exec(token)![1]!, true];
    else if (month === undefined && pair !== undefined && months.has(pair)) [month, i] = [months.get(pair), i + 1];
    else if (month === undefined && months.has(word)) month = months.get(word);
    // The month first, then its day and year, as Filipino, Kannada and Odia write a day ("Hunyo 7, 2008").
    else if (month !== undefined && day === undefined && yearText === undefined && !yearFirst && /^\d{1,2}$/.test(token) && /^\d{3,4}\.?$/.test(tokens[i + 1] ?? "")) day = Number(token);
    else if (month !== undefined && yearText === undefined && /^\d+/.test(token) && (/^\d+\.?$/.test(token) || eraCalendar(token.replace(/^\d+/, "")))) {
      yearText = /^\d+/.exec(token)![0];
      era = /^\d+\.?$/.test(token) ? undefined : eraCalendar(token.slice(yearText.length));
      yearFirst = false;
    } else if (month !== undefined && yearFirst && day === undefined && /^\d{1,2}\.?$/.test(token)) day = Number(token.replace(".", ""));
    // An era after the year, of one word or two ("هجری شمسی"), or joined to it ("1429هـ", "2008م").
    else if (yearText !== undefined && era === undefined && i + 1 < tokens.length && eraCalendar(`${token} ${tokens[i + 1]!}`)) [era, i] = [eraCalendar(`${token} ${tokens[i + 1]!}`), i + 1];
    else if (yearText !== undefined && era === undefined && eraCalendar(token)) era = eraCalendar(token);
    else if (weekday === undefined && edge && pair !== undefined && weekdays.has(pair)) [weekday, i] = [weekdays.get(pair), i + 1];
    else if (weekday === undefined && edge && weekdays.has(word)) weekday = weekdays.get(word);
    else if (!LINKS.has(word)) return undefined;
  }
  if (month === undefined || (yearText === undefined && day === undefined)) return undefined;
  return { day, month, yearText: yearText ?? "", weekday, era };
}

function gregorianDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

