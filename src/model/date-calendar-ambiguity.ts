/**
 * Dates of numbers alone that the Solar Hijri and Hijri calendars may have written as much as the
 * Gregorian ("1387/03/18", "۱۳۸۷"), and the Arabic and Persian digits they are written with. These
 * are read wherever dates are (no month names, so no on-demand part): ./date-languages.ts reads the
 * dates of other calendars and languages that name their month.
 *
 * @module
 */
import { calendarDay, calendarMonth, calendarMonthName, type OtherCalendar } from "./date-calendar-days.js";
import type { Spelling } from "./date-spelling.js";
import { iso, isoOf, validDay, words } from "./date-spelled.js";
import { eitherOf } from "../messages/details.js";
import { calendarYear, GREGORIAN, HIJRI, SOLAR_HIJRI } from "../messages/details-words.js";

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

// The years of the Solar Hijri and Hijri calendars a date of numbers alone may be in, in either:
// from 1300 (1921 and 1882) to 1420 and 1470 (2041 and 2048). "1492/10/12" is no date of theirs.
const OTHER_YEARS: [OtherCalendar, string, number, number][] = [
  ["persian", SOLAR_HIJRI, 1300, 1420],
  ["islamic-umalqura", HIJRI, 1300, 1470],
];
const HIJRI_YEARS = /(?:^|\D)(1[34]\d\d)(?:\D|$)/;

/**
 * Arabic and Persian digits as ASCII digits ("٢٠٠٨" is "2008"), or undefined when there are none.
 *
 * @example
 * ```ts
 * asciiDigits("۱۸/۰۳/۲۰۰۸"); // "18/03/2008"
 * ```
 */
export function asciiDigits(text: string): string | undefined {
  const ascii = text.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
  return ascii === text ? undefined : ascii;
}

/**
 * A date of numbers alone whose year may be of the Solar Hijri or Hijri calendar as much as of the
 * Gregorian (a year of theirs from 1300 to 1420 or 1470): "1387/03/18", "۱۳۸۷", "۱۳۵۹–۱۳۶۷" (Persian
 * digits say nothing of the calendar: Iran writes Gregorian years with them too). Refused as
 * ambiguous, naming the readings of a whole day; undefined for any other text. An ISO date
 * ("1387-03-18") is EDTF, and Gregorian.
 *
 * @example
 * ```ts
 * calendarAmbiguity("1387/03/18", false);
 * // { ok: false, code: "date-ambiguous", detail: "18 March 1387, 7 June 2008 (18 Khordad 1387, Solar Hijri) or 26 June 1967 (18 Rabiʻ I 1387, Hijri)",
 * //   readings: ["1387-03-18", "2008-06-07", "1967-06-26"] }
 * ```
 */
export function calendarAmbiguity(text: string, eastern: boolean): Spelling | undefined {
  if (/\p{L}/u.test(text) || (!eastern && !/^\d{4}[/.]\d{1,2}[/.]\d{1,2}$/.test(text))) return undefined;
  const y = Number(HIJRI_YEARS.exec(text)?.[1]);
  const others = OTHER_YEARS.filter(([, , from, to]) => y >= from && y <= to);
  if (others.length === 0) return undefined;
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  // Each reading in EDTF as well, in Gregorian days (a year of another calendar as its days'
  // interval), in the order the words give them.
  if (!ymd && !/^\d{4}$/.test(text)) return { ok: false, code: "date-ambiguous", detail: calendarYear(y, [GREGORIAN, ...others.map(([, name]) => name)]) };
  if (!ymd) {
    const years = others.map(([calendar]) => `${isoOf(calendarMonth(calendar, y, 1)[0])}/${isoOf(calendarMonth(calendar, y, 12)[1])}`);
    return { ok: false, code: "date-ambiguous", detail: calendarYear(y, [GREGORIAN, ...others.map(([, name]) => name)]), readings: [String(y), ...years] };
  }
  const [m, d] = [Number(ymd[2]), Number(ymd[3])];
  const readings = validDay(y, m, d) ? [words(y, m, d)] : [];
  const edtf = validDay(y, m, d) ? [iso(y, m, d)] : [];
  for (const [calendar, name] of others) {
    const at = calendarDay(calendar, y, m, d);
    if (at === undefined) continue;
    readings.push(`${wordsOf(at)} (${d} ${calendarMonthName(calendar, m)} ${y}, ${name})`);
    edtf.push(isoOf(at));
  }
  // "۱۳۵۹/۶/۳۱" (`Intl`'s short Persian date): a day in one calendar alone, read so and said.
  if (readings.length === 1 && edtf.length === 1 && !validDay(y, m, d)) return { ok: true, edtf: edtf[0]!, warning: { code: "date-reinterpreted", detail: readings[0]! } };
  if (readings.length < 2) return undefined;
  return { ok: false, code: "date-ambiguous", detail: eitherOf(readings), readings: edtf };
}

function wordsOf(ms: number): string {
  const date = new Date(ms);
  return words(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}


