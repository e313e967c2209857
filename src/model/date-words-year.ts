/**
 * Years and stretches of years in words: what a date with unknown digits (`156X`, `19XX`) or
 * significant digits (`1950S2`) says about its year. The words come from the reader's `dates`
 * messages and the digits from their language (see `./date-words.ts`); English by default.
 *
 * @module
 */
import { datesEn, type DatesWords } from "../messages/dates.js";

/** What saying a year needs: the language's words of dates, and its digits. */
export interface YearSpeller {
  readonly w: DatesWords;
  /** A number in the language's digits, without grouping. */
  readonly num: (n: number) => string;
}

/** English, with ASCII digits. */
export const ENGLISH_YEARS: YearSpeller = { w: datesEn, num: String };

/**
 * A year in words from its astronomical number: 2008 → "2008", 0 → "1 BCE", -753 → "754 BCE".
 *
 * @example
 * ```ts
 * yearText(-753, ENGLISH_YEARS); // "754 BCE"
 * ```
 */
export function yearText(year: number, s: YearSpeller = ENGLISH_YEARS): string {
  return year > 0 ? s.w.year(s.num(year)) : s.w.bce(s.num(1 - year));
}

/**
 * A run of years in words: a decade as "1980s" ("1900–1909" where "1900s" would also name the
 * century), a century or millennium as its first and last year ("1900–1999"), so that `190X`,
 * `19XX` and `1XXX` never read the same.
 *
 * @example
 * ```ts
 * yearsWords(1980, 1989); // "1980s"
 * yearsWords(1900, 1999); // "1900–1999"
 * ```
 */
export function yearsWords(first: number, last: number, s: YearSpeller = ENGLISH_YEARS): string {
  if (isDecade(first, last)) return s.w.decade(s.num(first));
  if (first > 0) return s.w.yearSpan(s.num(first), s.num(last));
  return s.w.range(yearText(first, s), yearText(last, s));
}

function isDecade(first: number, last: number): boolean {
  return first > 0 && last - first === 9 && first % 10 === 0 && first % 100 !== 0;
}

/** The year part of EDTF text with unknown digits (`156X-12-25` → 1560–1569), or undefined. */
export function unspecifiedYears(edtf: string): [number, number] | undefined {
  const m = /^(-?)([\dX]{4})(?:-|$)/.exec(edtf);
  if (!m || !m[2]?.includes("X")) return undefined;
  const sign = m[1] === "-" ? -1 : 1;
  const low = Number(m[2].replace(/X/g, "0"));
  const high = Number(m[2].replace(/X/g, "9"));
  return sign > 0 ? [low, high] : [-high, -low];
}

/** How an unknown-digit date names its months and days: by the month's number from 0. */
export interface MonthNames {
  month: (m: number) => string;
  dayMonth: (d: number, m: number) => string;
}

/**
 * What a date with unknown digits says, or undefined when it has none: "25 December, some year of
 * the 1560s", "December, some year of 1000–1999", "some month of 1984".
 *
 * @example
 * ```ts
 * unspecifiedWords("156X-12-25", { month: (m) => MONTHS[m], dayMonth: (d, m) => `${d} ${MONTHS[m]}` }); // "25 December, some year of the 1560s"
 * ```
 */
export function unspecifiedWords(edtf: string, names: MonthNames, s: YearSpeller = ENGLISH_YEARS): string | undefined {
  // Most dates have no unspecified digit: asked first, it spares them a copy and a match.
  if (!edtf.includes("X")) return undefined;
  const m = /^(-?[\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?$/.exec(edtf.replace(/[?~%]/g, ""));
  if (!m) return undefined;
  const { w } = s;
  const years = unspecifiedYears(edtf);
  const inYears = years ? w.someYearOf(yearsWords(years[0], years[1], s), isDecade(years[0], years[1])) : yearText(Number(m[1]), s);
  const mm = m[2];
  const dd = m[3];
  const knownMonth = mm !== undefined && !mm.includes("X") ? Number(mm) - 1 : undefined;
  const knownDay = dd !== undefined && !dd.includes("X") ? Number(dd) : undefined;
  if (knownMonth !== undefined && knownDay !== undefined) return w.inSomeYear(names.dayMonth(knownDay, knownMonth), inYears);
  if (knownMonth !== undefined) return years ? w.inSomeYear(names.month(knownMonth), inYears) : w.monthOf(names.month(knownMonth), inYears);
  if (knownDay !== undefined) return w.dayOfSomeMonth(s.num(knownDay), inYears);
  if (years) return yearsWords(years[0], years[1], s);
  if (mm !== undefined && mm !== "XX") {
    // "1984-1X": one of October to December.
    const first = Math.max(1, Number(mm.replace("X", "0")));
    const last = Math.min(12, Number(mm.replace("X", "9")));
    return w.monthsOf(names.month(first - 1), names.month(last - 1), inYears);
  }
  if (mm !== undefined) return w.someMonthOf(inYears);
  return years ? yearsWords(years[0], years[1], s) : inYears;
}
