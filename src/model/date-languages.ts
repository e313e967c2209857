import type { Spelling } from "./date-spelling.js";
import { iso, monthWords, TWO_DIGIT_YEAR, two, validDay, WEEKDAYS, words, year } from "./date-spelling-words.js";

/**
 * Dates written with month names in other languages than English: "8. Juni 2008", "8 juin 2008",
 * "8 de junio de 2008", "Pazar, 8 Haziran 2008". A newsroom's sheet is written in its own language.
 *
 * The names come from the platform's `Intl` (CLDR, in every browser and in Node), so no word list
 * is shipped; a name, or a shortening of one of at least three letters, is read only where it names
 * one month in every language here ("jui" is juin and juillet: no month). Only month names make a
 * date here, never numbers alone, so nothing read here could be read another way.
 *
 * @module
 */

// Languages whose dates are written day, month name, year in the Latin script: a newsroom's own
// words, read wherever they are met (a word names the same month in all of them, or none).
const LANGUAGES = ["de", "fr", "es", "it", "pt", "nl", "tr", "da", "sv", "nb"];
// Shortenings in common use that are no prefix of the month's name (German "Mrz.", Dutch "mrt.").
const CONTRACTED: Record<string, number> = { mrz: 3, mrt: 3 };
// Words between a day, its month and its year: Spanish and Portuguese "de", "del", French "le",
// Danish "d." and Swedish or Danish "den".
const LINKS = new Set(["de", "del", "le", "d", "den"]);

interface Names {
  months: Map<string, number>;
  weekdays: Map<string, number>;
}

let names: Names | undefined;

/** A word as it is compared: lower case, without accents (Turkish "ı" as "i"), without a final point. */
function plain(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/\.$/, "");
}

// A name (or shortening) of two months is no month: `null` marks it so.
function enter(map: Map<string, number | null>, word: string, value: number): void {
  const had = map.get(word);
  map.set(word, had === undefined || had === value ? value : null);
}

function namesOf(): Names {
  if (names) return names;
  const months = new Map<string, number | null>();
  const weekdays = new Map<string, number | null>();
  const part = (tag: string, options: Intl.DateTimeFormatOptions, ms: number, type: "month" | "weekday") =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).formatToParts(ms).find((p) => p.type === type)?.value ?? "";
  for (const tag of LANGUAGES) {
    for (let m = 1; m <= 12; m++) {
      const at = Date.UTC(2001, m - 1, 15);
      const long = plain(part(tag, { day: "numeric", month: "long" }, at, "month"));
      enter(months, plain(part(tag, { day: "numeric", month: "short" }, at, "month")), m);
      for (let end = 3; end <= long.length; end++) enter(months, long.slice(0, end), m);
    }
    // 2001-07-01 was a Sunday. Short names too ("dom.", "Paz"): where one is also a month's
    // ("mar." is Spanish Tuesday and March), the month is read, and the date then does not read.
    for (let d = 0; d < 7; d++) {
      for (const weekday of ["long", "short"] as const) enter(weekdays, plain(part(tag, { weekday }, Date.UTC(2001, 6, 1 + d), "weekday")), d);
    }
  }
  for (const [word, m] of Object.entries(CONTRACTED)) enter(months, word, m);
  // A month from three letters (of two, most name several months); a weekday from two, as German
  // and Dutch shorten them ("So.", "zo."), where no two languages' words collide.
  const known = (map: Map<string, number | null>, least: number) => new Map([...map].filter((e): e is [string, number] => e[1] !== null && e[0].length >= least));
  names = { months: known(months, 3), weekdays: known(weekdays, 2) };
  return names;
}

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
  // Most dates that reach here are no words at all: only text with a letter is looked at.
  if (!/\p{L}{3}/u.test(text)) return undefined;
  const { months, weekdays } = namesOf();
  let day: number | undefined;
  let month: number | undefined;
  let yearText: string | undefined;
  let weekday: number | undefined;
  const tokens = text.split(/[\s,]+/).filter((t) => t !== "");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = plain(token);
    // "8.", "1er", "1º": a day before its month.
    const ordinal = /^(\d{1,2})(?:\.|er|º|ª|°)?$/.exec(token);
    if (month === undefined && day === undefined && ordinal) day = Number(ordinal[1]);
    else if (month === undefined && months.has(word)) month = months.get(word);
    else if (month !== undefined && yearText === undefined && /^\d+$/.test(token)) yearText = token;
    else if (weekdays.has(word) && weekday === undefined && (i === 0 || i === tokens.length - 1)) weekday = weekdays.get(word);
    else if (!LINKS.has(word)) return undefined;
  }
  if (month === undefined || yearText === undefined) return undefined;
  if (yearText.length < 3) return { ok: false, code: "date-invalid", detail: TWO_DIGIT_YEAR };
  const y = Number(yearText);
  if (yearText.length > 4) return undefined;
  if (day === undefined) return weekday === undefined ? { ok: true, edtf: `${year(y)}-${two(month)}` } : undefined;
  if (!validDay(y, month, day)) return { ok: false, code: "date-invalid", detail: `${monthWords(y, month)} has no day ${day}.` };
  if (weekday !== undefined) {
    const actual = new Date(Date.UTC(2000, month - 1, day));
    actual.setUTCFullYear(y);
    if (actual.getUTCDay() !== weekday) return { ok: false, code: "date-invalid", detail: `${words(y, month, day)} was a ${WEEKDAYS[actual.getUTCDay()]!}.` };
  }
  return { ok: true, edtf: iso(y, month, day) };
}
