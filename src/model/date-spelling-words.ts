import { isValid, parse } from "date-fns";
import type { Spelling } from "./date-spelling.js";
import { yearWords } from "./date-words.js";
import { SEASON_NAMES } from "./season.js";

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
/** The days of the week in English, Sunday first (as `Date#getUTCDay` counts them), for what the readers say. */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** Why a day or month with a year of two digits is refused. */
export const TWO_DIGIT_YEAR = "A two-digit year could be any century: write the year in full.";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Season names exactly as citeline prints them (season.ts), so its own words read back, and
// "fall", the American autumn. Longest first, so "summer (northern)" is not taken for "summer".
const SEASON_CODES: [string, number][] = [
  ...Object.entries(SEASON_NAMES).map(([code, name]): [string, number] => [name.toLowerCase(), Number(code)]),
  ["fall", 23] as [string, number],
].sort(([a], [b]) => b.length - a.length);

const PIVOT = "a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999";

/**
 * Read a date written with words: an era year, a season, a decade, a century, a month name or an
 * apostrophe year. Undefined when the text is none of these.
 *
 * @example
 * ```ts
 * wordSpelling("Summer 2008"); // { ok: true, edtf: "2008-22" }
 * ```
 */
export function wordSpelling(text: string): Spelling | undefined {
  return era(text) ?? season(text) ?? decade(text) ?? century(text) ?? apostropheYear(text) ?? named(text);
}

function era(text: string): Spelling | undefined {
  const y = eraYear(text);
  if (y === undefined) return undefined;
  if (y === null) return { ok: false, code: "date-invalid", detail: "BC/AD counting has no year 0: 1 BC is followed by AD 1." };
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
    return { ok: false, code: "date-ambiguous", detail: `the decade ${c}00–${c}09 (write ${c}0X) or the century ${c}00–${c}99 (write ${c}XX)` };
  }
  return { ok: true, edtf: `${c}${d}X` };
}

function century(text: string): Spelling | undefined {
  const m = /^(?:the )?(\d{1,2})(st|nd|rd|th)[ -]century( (?:BCE|BC|B\.C\.(?:E\.)?))?$/i.exec(text);
  const n = Number(m?.[1]);
  if (!m || n < 1 || ordinal(n) !== m[2]?.toLowerCase()) return undefined;
  // Before the common era there is no reading to choose: the 5th century BC is 500–401 BCE, the
  // astronomical years -499 to -400, which is EDTF's -04XX.
  if (m[3]) return { ok: true, edtf: `-${two(n - 1)}XX` };
  const first = (n - 1) * 100;
  const edtf = `${two(n - 1)}XX`;
  // EDTF 18XX is 1800–1899, which is what people mean by "the 19th century", though counting
  // centuries from the year 1 makes it 1801–1900. The reading is said, not hidden.
  const detail = `${yearWords(first)}–${first + 99} (${edtf}), the years people mean by it; counted from the year 1, the ${n}${ordinal(n)} century is ${first + 1}–${first + 100}`;
  return { ok: true, edtf, warning: { code: "date-reinterpreted", detail } };
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

// "Jun 7 '08", "June '08", "summer '08": the apostrophe says two digits were left out. Which
// century is a guess, so a fixed pivot (not today's date, which would make loading depend on
// when it runs) picks it, and the warning says so.
function apostropheYear(text: string): Spelling | undefined {
  const m = /^(.*?)[\s,]*['’‘](\d{2})$/.exec(text);
  if (!m) return undefined;
  const yy = Number(m[2]);
  const full = yy < 50 ? 2000 + yy : 1900 + yy;
  const head = m[1] ?? "";
  const inner = head === "" ? { ok: true as const, edtf: year(full) } : (season(`${head} ${full}`) ?? named(`${head} ${full}`));
  if (!inner?.ok) return inner;
  return { ok: true, edtf: inner.edtf, warning: { code: "date-reinterpreted", detail: `${inWords(inner.edtf)} (${PIVOT})` } };
}

// Newsroom style (AP's, the style most desks follow) abbreviates months with a point, and
// September as "Sept.": "Dec. 7, 1941", "Sept. 11, 2001". date-fns knows "Dec" and "Sep".
const ABBREVIATED = /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?=\s|,|$)|\b(sept)\b/gi;

function named(raw: string): Spelling | undefined {
  if (!/[a-z]{3}/i.test(raw)) return undefined;
  const text = raw.replace(ABBREVIATED, (_, dotted: string | undefined, sept: string | undefined) => (dotted ?? sept ?? "").slice(0, 3));
  const day = firstParse(text, DAY_FORMATS);
  const d = day ?? firstParse(text, MONTH_FORMATS);
  if (!d) return undefined;
  // date-fns reads "7 June 08" as the year 8; the writer meant some century, and did not say which.
  // Without a day, "June 8" is a day in a year not given (date-fns read June of the year 8).
  if (/(?:^|\D)\d{1,2}$/.test(text)) {
    return { ok: false, code: "date-invalid", detail: day ? TWO_DIGIT_YEAR : "A month and a number of one or two digits is a day with no year, or a year of some century: write the date with its year in full." };
  }
  // date-fns takes the weekday's word and ignores it; a weekday that does not fit the date means
  // one of the two is wrong, and which one cannot be known.
  const weekday = WEEKDAYS[d.getDay()] ?? "";
  const written = (/^([a-z]{3,})\b/i.exec(text)?.[1] ?? "").toLowerCase();
  const isWeekday = WEEKDAYS.some((w) => w.toLowerCase().startsWith(written));
  if (written !== "" && isWeekday && !weekday.toLowerCase().startsWith(written)) {
    return { ok: false, code: "date-invalid", detail: `${words(d.getFullYear(), d.getMonth() + 1, d.getDate())} was a ${weekday}.` };
  }
  // date-fns builds a local-time Date; only its calendar fields are read, so the zone never matters.
  const edtf = day ? iso(d.getFullYear(), d.getMonth() + 1, d.getDate()) : `${year(d.getFullYear())}-${two(d.getMonth() + 1)}`;
  return { ok: true, edtf };
}

// date-fns parsing is slow enough to matter in a large sheet, so formats are tried only until one fits.
function firstParse(text: string, formats: string[]): Date | undefined {
  for (const format of formats) {
    const d = parse(text, format, REFERENCE);
    if (isValid(d)) return d;
  }
  return undefined;
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

/**
 * Whether day `d` of month `m` exists in astronomical year `y` (proleptic Gregorian).
 *
 * @example
 * ```ts
 * validDay(2008, 2, 29); // true
 * ```
 */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : last);
}

/**
 * An astronomical year as EDTF: four digits, a sign before the year 0, `Y` beyond four digits.
 *
 * @example
 * ```ts
 * year(-753); // "-0753"
 * ```
 */
export function year(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, "0");
  const signed = y < 0 ? `-${digits}` : digits;
  return digits.length > 4 ? `Y${signed}` : signed;
}

/**
 * A number as two digits, for months, days and times.
 *
 * @example
 * ```ts
 * two(6); // "06"
 * ```
 */
export function two(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A day as EDTF.
 *
 * @example
 * ```ts
 * iso(2008, 6, 7); // "2008-06-07"
 * ```
 */
export function iso(y: number, m: number, d: number): string {
  return `${year(y)}-${two(m)}-${two(d)}`;
}

/**
 * A month in words, for messages that say how a date was read.
 *
 * @example
 * ```ts
 * monthWords(2020, 3); // "March 2020"
 * ```
 */
export function monthWords(y: number, m: number): string {
  return `${monthName(m)} ${y}`;
}

/**
 * A day in words, for messages that say how a date was read.
 *
 * @example
 * ```ts
 * words(2008, 6, 7); // "7 June 2008"
 * ```
 */
export function words(y: number, m: number, d: number): string {
  return `${d} ${monthName(m)} ${y}`;
}

/**
 * A month's English name, for messages that say how a date was read.
 *
 * @example
 * ```ts
 * monthName(12); // "December"
 * ```
 */
export function monthName(m: number): string {
  return MONTHS[m - 1] ?? "?";
}
