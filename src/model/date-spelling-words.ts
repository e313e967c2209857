import type { Spelling } from "./date-spelling.js";
import { yearWords } from "./date-words.js";
import { SEASON_NAMES } from "./season.js";
import { seasonInWords } from "./date-season-words.js";
import { monthWords, two, words, year } from "./date-spelled.js";
import { twoDigitYear } from "./date-refusals.js";
import { centuryInLanguages } from "./date-century-languages.js";
import { centuryYears, decadeOrCentury, NO_YEAR_0, pivotYear } from "../messages/details-words.js";

// Season names exactly as citeline prints them (season.ts), so its own words read back, and
// "fall", the American autumn. Longest first, so "summer (northern)" is not taken for "summer".
const SEASON_CODES: [string, number][] = [
  ...Object.entries(SEASON_NAMES).map(([code, name]): [string, number] => [name.toLowerCase(), Number(code)]),
  ["fall", 23] as [string, number],
].sort(([a], [b]) => b.length - a.length);

/** Reads a date that names its month (./date-names.ts), given to the readers that need one. */
export type NameReader = (text: string) => Spelling | undefined;

/**
 * Read a date written with words: an era year, a season, a decade, a century or an apostrophe
 * year ("June '08", its month read by `names`). Undefined when the text is none of these: a date
 * that names its month is `names`' to read.
 *
 * @example
 * ```ts
 * wordSpelling("Summer 2008", nameSpelling); // { ok: true, edtf: "2008-22" }
 * ```
 */
export function wordSpelling(text: string, names: NameReader): Spelling | undefined {
  return era(text) ?? season(text) ?? seasonInWords(text) ?? decade(text) ?? century(text) ?? apostropheYear(text, names);
}

// A quarter or half of a year as data tools and finance desks write one: "2008 Q2", "2008-Q2",
// "2008Q2" (pandas' Period), "Q2-2008", "2Q 2008", "H1 2008", "1H 2008", "second quarter of
// 2008": the quarter or half citeline prints as "Q2 2008", "first half 2008" (EDTF's 34, 40).
const QUARTER_WORDS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };

/**
 * A quarter or half of a year as data tools write one, as EDTF; undefined for other text. Read
 * before ranges: "Q2/2008" is no range from the second quarter to the year.
 *
 * @example
 * ```ts
 * partOfYear("2008Q2"); // { ok: true, edtf: "2008-34" }
 * ```
 */
export function partOfYear(text: string): Spelling | undefined {
  const lettered = /^(?:(\d{4})[- /]?([QH])([1-4])|([QH])([1-4])[-/ ](\d{4})|([1-4])([QH])[- ]?(\d{4}))$/i.exec(text);
  const worded = lettered ? undefined : /^(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th) quarter,?(?: of)? (\d{4})$/i.exec(text);
  // "2Q08", "Q2 08": a quarter of some century.
  if (!lettered && !worded) return /^(?:[QH][1-4][-/ ]?|[1-4][QH][- ]?)\d{2}$/i.test(text) ? twoDigitYear() : undefined;
  const letter = (lettered?.[2] ?? lettered?.[4] ?? lettered?.[8] ?? "Q").toUpperCase();
  const n = worded ? QUARTER_WORDS[(worded[1] ?? "").toLowerCase()]! : Number(lettered?.[3] ?? lettered?.[5] ?? lettered?.[7]);
  const y = lettered?.[1] ?? lettered?.[6] ?? lettered?.[9] ?? worded?.[2] ?? "";
  if (letter === "H" && n > 2) return undefined;
  return { ok: true, edtf: `${y}-${letter === "Q" ? 32 + n : 39 + n}` };
}

function era(text: string): Spelling | undefined {
  const y = eraYear(text);
  if (y === undefined) return undefined;
  if (y === null) return { ok: false, code: "date-invalid", detail: NO_YEAR_0, reason: "no-year-0" };
  return { ok: true, edtf: year(y) };
}

// The astronomical year of "754 BCE" (-753), "AD 33" or "33 CE"; null for a year 0, which the
// BC/AD count does not have.
function eraYear(text: string): number | null | undefined {
  const bce = /^(\d{1,6}) ?(?:BCE|BC|B\.C\.E?\.?)$/i.exec(text);
  const ce = /^(?:(\d{1,6}) ?(?:CE|AD|A\.D\.)|(?:AD|A\.D\.) ?(\d{1,6}))$/i.exec(text);
  const n = Number(bce?.[1] ?? ce?.[1] ?? ce?.[2] ?? Number.NaN);
  if (Number.isNaN(n)) return undefined;
  if (n === 0) return null;
  // Astronomical numbering: 1 BCE is year 0, 754 BCE is year -753.
  return bce ? 1 - n : n;
}

function season(text: string): Spelling | undefined {
  const body = text.replace(/^the /i, "");
  const lower = body.toLowerCase();
  for (const [name, code] of SEASON_CODES) {
    if (!lower.startsWith(`${name} `) && !lower.startsWith(`${name},`)) continue;
    const written = /^,? (?:of )?(.+)$/.exec(body.slice(name.length))?.[1] ?? "";
    const y = /^\d{1,4}$/.test(written) ? Number(written) : eraYear(written);
    // Seasons are EDTF `YYYY-SS`, four digits of year at most.
    if (typeof y !== "number" || Math.abs(y) > 9999) return undefined;
    return { ok: true, edtf: `${year(y)}-${code}` };
  }
  return undefined;
}

function decade(text: string): Spelling | undefined {
  const m = /^(?:the )?(\d{2})(\d)0['’]?s$/i.exec(text);
  if (!m) return undefined;
  const [c, d] = [m[1] ?? "", m[2] ?? ""];
  // "1900s" names the decade 1900–1909 to some and the century 1900–1999 to others.
  if (d === "0") {
    return { ok: false, code: "date-ambiguous", detail: decadeOrCentury(c), readings: [`${c}0X`, `${c}XX`] };
  }
  return { ok: true, edtf: `${c}${d}X` };
}

function century(text: string): Spelling | undefined {
  const m = /^(?:the )?(\d{1,2})(st|nd|rd|th)[ -]century( (?:BCE|BC|B\.C\.(?:E\.)?))?$/i.exec(text);
  const english = m && ordinal(Number(m[1])) === m[2]?.toLowerCase() ? { n: Number(m[1]), before: m[3] !== undefined } : undefined;
  const said = english ?? centuryInLanguages(text);
  if (!said || said.n < 1) return undefined;
  const { n } = said;
  // Before the common era there is no reading to choose: the 5th century BC is 500–401 BCE, the
  // astronomical years -499 to -400, which is EDTF's -04XX.
  if (said.before) return { ok: true, edtf: `-${two(n - 1)}XX` };
  const first = (n - 1) * 100;
  const edtf = `${two(n - 1)}XX`;
  // EDTF 18XX is 1800–1899, which is what people mean by "the 19th century", though counting
  // centuries from the year 1 makes it 1801–1900. The reading is said, not hidden.
  const detail = centuryYears(yearWords(first), first + 99, edtf, `${n}${ordinal(n)}`, first + 1, first + 100);
  return { ok: true, edtf, warning: { code: "date-reinterpreted", detail } };
}

/**
 * The English ordinal suffix of a number: "st", "nd", "rd" or "th".
 *
 * @example
 * ```ts
 * ordinal(22); // "nd"
 * ```
 */
export function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

// "Jun 7 '08", "June '08", "summer '08": the apostrophe says two digits were left out. Which
// century is a guess, so a fixed pivot (not today's date, which would make loading depend on
// when it runs) picks it, and the warning says so.
function apostropheYear(text: string, names: NameReader): Spelling | undefined {
  const m = /^(.*?)[\s,]*['’‘](\d{2})$/.exec(text);
  if (!m) return undefined;
  const yy = Number(m[2]);
  const full = yy < 50 ? 2000 + yy : 1900 + yy;
  const head = m[1] ?? "";
  const inner = head === "" ? { ok: true as const, edtf: year(full) } : (season(`${head} ${full}`) ?? names(`${head} ${full}`));
  if (!inner?.ok) return inner;
  return { ok: true, edtf: inner.edtf, warning: { code: "date-reinterpreted", detail: pivotYear(inWords(inner.edtf)) } };
}

/**
 * An EDTF day, month, season or year the spelling readers wrote, in words, for a warning.
 *
 * @example
 * ```ts
 * inWords("2008-06-08"); // "8 June 2008"
 * ```
 */
export function inWords(edtf: string): string {
  const [y = 0, m, d] = edtf.split(/(?<=\d)-/).map(Number);
  if (d !== undefined) return words(y, m ?? 0, d);
  if (m !== undefined && m > 12) return `${SEASON_NAMES[m] ?? "season"} ${y}`;
  if (m !== undefined) return monthWords(y, m);
  return String(y);
}
