/**
 * Dates of numbers that name their calendar after them, as Persian and Arabic papers and the
 * platform's own `Intl` write them: "۱۳۸۷/۰۳/۱۸ هـ.ش" (Solar Hijri), "٣‏/٦‏/١٤٢٩ هـ" (Hijri, as
 * `Intl` writes a short date of Umm al-Qura), "1402 شمسی", "12/1445 هـ", "1995م – 2005م",
 * "۱۳۵۹–۱۳۶۷ ه.ش". The era says which calendar, so none is ambiguous the way "1387/03/18" alone
 * is. Where the year comes last, the day comes first: the languages that write these eras write a
 * numeric date day first or year first (CLDR's Arabic and Persian patterns, d/M/y and y/M/d), so a
 * month-first reading would be no one's. ./date-languages.ts reads the dates that name their month
 * with the same eras.
 *
 * @module
 */
import { calendarDay, calendarMonth, calendarMonthName, type OtherCalendar } from "./date-calendar-days.js";
import { plainWord } from "./date-language-names.js";
import type { Spelling } from "./date-spelling.js";
import { iso, isoOf, monthWords, noSuchDay, noSuchMonth, two, validDay, year } from "./date-spelled.js";
import { eitherOf } from "../messages/details.js";
import { HIJRI, SOLAR_HIJRI, TWO_CALENDARS } from "../messages/details-words.js";

/** The calendar an era names: the Gregorian, or one of the calendars read from their words. */
export type EraCalendar = "gregory" | OtherCalendar;

// Eras as `plainWord` has them (no tatweel, a final point dropped, Arabic ي and ى as Persian ی):
// Arabic's م, ميلادي and ميلادية (Gregorian); هـ, ه.ق, للهجرة, هجرية, Persian's قمری (Hijri);
// Persian's ه.ش, شمسی, خورشیدی and their shortening ش (Solar Hijri). A bare هجری is not here:
// in Persian it may be either Hijri (./date-era.ts's `eraCalendar` reads Arabic's هجري).
const ERAS: Readonly<Record<string, EraCalendar>> = {
  م: "gregory",
  میلادی: "gregory",
  میلادیة: "gregory",
  ه: "islamic-umalqura",
  "ه.ق": "islamic-umalqura",
  ق: "islamic-umalqura",
  قمری: "islamic-umalqura",
  "هجری قمری": "islamic-umalqura",
  هجریة: "islamic-umalqura",
  للهجرة: "islamic-umalqura",
  ah: "islamic-umalqura",
  "ه.ش": "persian",
  ش: "persian",
  شمسی: "persian",
  خورشیدی: "persian",
  "هجری شمسی": "persian",
  "هجری خورشیدی": "persian",
};

/**
 * The calendar an era written after a year names, or undefined when `word` is no era.
 *
 * @example
 * ```ts
 * eraCalendar("هـ.ش"); // "persian"
 * eraCalendar("هجري"); // "islamic-umalqura": Arabic's spelling (Persian's هجری may be either)
 * ```
 */
export function eraCalendar(word: string): EraCalendar | undefined {
  if (/^هـ*جري\.?$/u.test(word)) return "islamic-umalqura";
  const plain = word.split(/\s+/).map(plainWord).join(" ");
  return Object.hasOwn(ERAS, plain) ? ERAS[plain] : undefined;
}

// A range's ends: a dash, or Persian's "تا" and Arabic's "إلى" (to), after Arabic's "من" (from).
const RANGE = /^(?:من\s+)?(.+?)\s*(?:[–—]|\s-\s|\sتا\s|\s(?:إلى|الی|حتى)\s)\s*(.+)$/u;

/**
 * A date of numbers with an era after it, or a range of two, as EDTF in Gregorian days; undefined
 * for any other text. `text` has ASCII digits.
 *
 * @example
 * ```ts
 * eraSpelling("1387/03/18 هـ.ش");   // { ok: true, edtf: "2008-06-07" }
 * eraSpelling("1359–1367 ه.ش");     // { ok: true, edtf: "1980-03-21/1989-03-20" }
 * eraSpelling("06/1429 هـ");        // { ok: true, edtf: "[2008-06-05..2008-07-03]" }: a day of that month
 * ```
 */
export function eraSpelling(text: string): Spelling | undefined {
  if (!/\d/.test(text) || !/\p{L}/u.test(text)) return undefined;
  const range = RANGE.exec(text);
  if (range) {
    const [start, end] = [withEra(range[1] ?? ""), withEra(range[2] ?? "")];
    if (!end || end.calendar === EITHER || start?.calendar === EITHER) return undefined;
    const from = daysOf(start?.body ?? range[1] ?? "", start?.calendar ?? end.calendar);
    const to = daysOf(end.body, end.calendar);
    if (!from || !to) return undefined;
    if (!from.ok) return from;
    if (!to.ok) return to;
    // Two calendars' eras name one time twice ("1445 هـ - 2024 م"), not a range, unless each is the same day.
    if (start && start.calendar !== end.calendar && (from.first !== to.first || from.last !== to.last)) return { ok: false, code: "date-invalid", detail: TWO_CALENDARS, reason: "two-calendars" };
    return { ok: true, edtf: `${from.first}/${to.last}` };
  }
  const one = withEra(text);
  if (one?.calendar === EITHER) return eitherHijri(one.body);
  const days = one && daysOf(one.body, one.calendar);
  if (!days) return undefined;
  if (!days.ok) return days;
  if (days.first === days.last || one.calendar === "gregory") return { ok: true, edtf: days.first };
  // A year or month of another calendar is no Gregorian one: some day of the days it covers.
  return { ok: true, edtf: `[${days.first}..${days.last}]` };
}

// Persian's bare هجری: the Solar Hijri or the Hijri.
const EITHER = "either";

function withEra(text: string): { body: string; calendar: EraCalendar | typeof EITHER } | undefined {
  const m = /^(.*\d)\s*(\D+)$/u.exec(text.trim());
  const era = (m?.[2] ?? "").trim();
  const calendar = m && (plainWord(era) === "هجری" && !/^هـ*جري/u.test(era) ? EITHER : eraCalendar(era));
  return calendar ? { body: m[1] ?? "", calendar } : undefined;
}

// "1387 هجری": refused as ambiguous, with the days of either calendar's reading.
function eitherHijri(body: string): Spelling | undefined {
  const readings: [string, string][] = [];
  for (const [calendar, name] of [["persian", SOLAR_HIJRI], ["islamic-umalqura", HIJRI]] as const) {
    const days = daysOf(body, calendar);
    if (days?.ok) readings.push([days.first === days.last ? days.first : `[${days.first}..${days.last}]`, name]);
  }
  if (readings.length === 0) return undefined;
  return { ok: false, code: "date-ambiguous", detail: eitherOf(readings.map(([edtf, name]) => `${edtf} (${name})`)), readings: readings.map(([edtf]) => edtf) };
}

type Days = { ok: true; first: string; last: string } | Extract<Spelling, { ok: false }>;

// The first and last day a date of numbers names in `calendar`, as EDTF (a Gregorian year or
// month as itself); a refusal for a month or day that is none; undefined for no such date.
function daysOf(body: string, calendar: EraCalendar): Days | undefined {
  const parts = partsOf(body);
  if (!parts) return undefined;
  const { y, m, d } = parts;
  if (m !== undefined && (m < 1 || m > 12)) return noSuchMonth(m);
  if (calendar === "gregory") {
    if (m === undefined) return { ok: true, first: year(y), last: year(y) };
    if (d === undefined) return { ok: true, first: `${year(y)}-${two(m)}`, last: `${year(y)}-${two(m)}` };
    if (!validDay(y, m, d)) return noSuchDay(monthWords(y, m), d);
    return { ok: true, first: iso(y, m, d), last: iso(y, m, d) };
  }
  if (d !== undefined) {
    const at = calendarDay(calendar, y, m ?? 1, d);
    if (at === undefined) return noSuchDay(`${calendarMonthName(calendar, m ?? 1)} ${y}`, d);
    return { ok: true, first: isoOf(at), last: isoOf(at) };
  }
  const [first, last] = [calendarMonth(calendar, y, m ?? 1)[0], calendarMonth(calendar, y, m ?? 12)[1]];
  return { ok: true, first: isoOf(first), last: isoOf(last) };
}

// Year first (y, y/m, y/m/d) or last (m/y, d/m/y), joined by slashes, points or hyphens.
function partsOf(body: string): { y: number; m?: number; d?: number } | undefined {
  const n = body.split(/[/.-]/);
  if (n.length > 3 || !n.every((p) => /^\d{1,4}$/.test(p))) return undefined;
  const long = n.map((p) => p.length >= 3);
  const [a, b, c] = n.map(Number);
  if (n.length === 1) return long[0] ? { y: a! } : undefined;
  if (long[0] && !long.slice(1).includes(true)) return n.length === 2 ? { y: a!, m: b! } : { y: a!, m: b!, d: c! };
  if (long[n.length - 1] && !long.slice(0, -1).includes(true)) return n.length === 2 ? { y: b!, m: a! } : { y: c!, m: b!, d: a! };
  return undefined;
}

