import type { DateFormat } from "../types.js";
import type { Spelling } from "./date-spelling.js";
import { endReadings, withoutReadings } from "./date-readings.js";
import { iso, validDay, words } from "./date-spelled.js";
import { inWords } from "./date-spelling-words.js";
import { eitherOf } from "../messages/details.js";
import { fromTo, ordinalDay, orElse, ifItIs, seasonYears, shortYears, southernSummer, theYears, wholeOrWithin } from "../messages/details-words.js";

/**
 * Dates written as ranges: "1980–1988", "1941-1945", "7–9 June 2008", "June 7-9, 2008",
 * "1990–91", "late 2008 to early 2009". Each end is read as a date (by the reader handed in), with
 * what the end says of the start filled in ("7–9 June 2008": the 7th of June 2008).
 *
 * @module
 */

// Ranges joined by a bare hyphen, in shapes no single date has (a month is two digits in ISO, a
// numeric date has no words): "1941-1945", "April-May 1945", "7-9 June 2008", "June 7-9, 2008".
const HYPHENATED = [/^(\d{3,4})-(\d{3,4})$/, /^(\d{4})-(\d{2})$/, /^(\p{L}+\.?)-(\p{L}+\.? .*\d)$/u, /^(\d{1,2})-(\d{1,2}(?:st|nd|rd|th)? \p{L}.*\d)$/u, /^(\p{L}+\.? \d{1,2})-(\d{1,2},? \d.*)$/u];

const PART_FIRST = /^(?:the )?(?:early|mid|middle|late)-/i;

/**
 * Read a range of two dates, each end read by `read`. Undefined when the text is no range.
 *
 * @example
 * ```ts
 * rangeSpelling("7–9 June 2008", normalizeSpelling)?.edtf; // "2008-06-07/2008-06-09"
 * ```
 */
export function rangeSpelling(text: string, read: (text: string) => Spelling, format?: DateFormat): Spelling | undefined {
  const winter = winterOf(text, read);
  if (winter) return winter;
  const short = shortEnd(text, read);
  if (short) return short;
  const within = between(text, read, format);
  if (within) return within;
  const numeric = numericRange(text, read, format);
  if (numeric) return numeric;
  // A slash is EDTF's interval, or a numeric date's ("13/6/2008 – 1 August 2009"): the text is a
  // range joined by a dash when it is none of the first.
  const slash = text.includes("/") ? slashed(text, read) : undefined;
  if (slash) return slash;
  // "2008-160": ISO 8601's ordinal date (a year's 160th day), which EDTF leaves out; as years, the
  // end would be before the start. Said, with the day it names.
  const ordinal = /^(\d{4})-(\d{3})$/.exec(text);
  if (ordinal) {
    const [y, n] = [Number(ordinal[1]), Number(ordinal[2])];
    const day = new Date(0);
    day.setUTCFullYear(y, 0, n);
    const [m, d] = [day.getUTCMonth() + 1, day.getUTCDate()];
    if (n >= 1 && day.getUTCFullYear() === y) return { ok: false, code: "date-invalid", detail: ordinalDay(n, y, words(y, m, d), iso(y, m, d)), readings: [iso(y, m, d)] };
  }
  const pair = /^(\d{4})-(\d{2})$/.exec(text);
  const years = pair ? yearPair(Number(pair[1]), pair[2]!) : undefined;
  if (years) return years;
  // Joined by a dash or a word: "1980 to 1988", "from 1980 to 1988", "1980 through 1988", "1980 until 1988".
  const dashed = /^(?:from )?(.+?)\s*(?:[–—→]|\s-\s|\s(?:to|through|thru|until|till)\s)\s*(.+)$/i.exec(text);
  let m = dashed;
  // The hyphenated shapes are tried only where there is a hyphen: most dates reach here without
  // one. "Mid-June 2008" is a part of June (./date-part.ts), not mid to June.
  for (let i = 0; !m && text.includes("-") && !PART_FIRST.test(text) && i < HYPHENATED.length; i++) m = HYPHENATED[i]!.exec(text);
  if (!m || (!dashed && !nextYear(m[1] ?? "", m[2] ?? ""))) return undefined;
  // "70–79": EDTF's lenient years would read the years 70 to 79, where a sheet means a decade of
  // some century; an era says which ("70–79 CE").
  if (/^\d{1,2}$/.test(m[1] ?? "") && /^\d{1,2}$/.test(m[2] ?? "")) return { ok: false, code: "date-invalid", detail: shortYears(m[1] ?? "", m[2] ?? ""), reason: "short-years" };
  const [start, end] = sharedParts(m[1] ?? "", centuryOf(m[1] ?? "", m[2] ?? ""));
  const from = read(start);
  const to = read(end);
  // A hyphenated shape that does not read as two dates is no range: the text is one date, for the
  // other readers.
  if (!dashed && !(from.ok && to.ok && /^-?\d/.test(from.edtf) && /^-?\d/.test(to.edtf))) return undefined;
  // An ambiguous end's readings, each as the whole range ("03/04/2008 to 2009").
  if (!from.ok) return to.ok && !to.edtf.includes("/") ? endReadings(from, (r) => `${r}/${to.edtf}`) : withoutReadings(from);
  if (!to.ok) return from.edtf.includes("/") ? withoutReadings(to) : endReadings(to, (r) => `${from.edtf}/${r}`);
  // Both ends reread the same way ("late 2008 to early 2009"): one warning saying both.
  const both = from.warning && to.warning?.code === from.warning.code ? { code: from.warning.code, detail: fromTo(from.warning.detail, to.warning.detail) } : undefined;
  return { ok: true, edtf: `${from.edtf}/${to.edtf}`, warning: both ?? from.warning ?? to.warning };
}

// "between 1980 and 1988": the whole of those years, or one time within them, as a date known only
// so far is written ("the letter was written between 1980 and 1988"). Refused, naming both: the
// interval, and EDTF's set of one of the dates from the first to the last.
function between(text: string, read: (text: string) => Spelling, format?: DateFormat): Spelling | undefined {
  const m = /^between (.+?) and (.+)$/i.exec(text);
  const range = m ? rangeSpelling(`${m[1]} – ${m[2]}`, read, format) : undefined;
  if (!range?.ok) return range;
  const [from = "", to = ""] = range.edtf.split("/");
  const set = `[${from}..${to}]`;
  // An end that is itself a set ("early June 2008") has no place in another: the one time within
  // is said, not written.
  if (/[[\]{}]/.test(range.edtf)) return { ok: false, code: "date-ambiguous", detail: wholeOrWithin(m?.[1] ?? "", m?.[2] ?? "", range.edtf), readings: [range.edtf] };
  return { ok: false, code: "date-ambiguous", detail: wholeOrWithin(inWords(from), inWords(to), range.edtf, set), readings: [range.edtf, set] };
}

// EDTF's interval, start/end, with ends spelled as everyday dates: "1 June 2008/31 July 2008",
// "June/July 2008", as citeline's own window option is written. One slash, and words on a side:
// "6/8/2008" and "6/2008" are numeric dates, and "2008-06/2008-07" and "Y-170000/2008" are EDTF's
// own, whose letters (Y, X, S, E, p, T, Z) are no words. A side in words must be read by a reader
// of words, not handed on as written ("Y0 0000").
const WORD_LETTER = /[^\P{L}XSEYpTZ]/u;

function slashed(text: string, read: (text: string) => Spelling): Spelling | undefined {
  const m = /^([^/]+?) ?\/ ?([^/]+)$/.exec(text);
  if (!m || !WORD_LETTER.test(text)) return undefined;
  const [start, end] = sharedParts(m[1] ?? "", m[2] ?? "");
  const [from, to] = [read(start), read(end)];
  const unread = (side: string, r: Spelling) => /\p{L}/u.test(side) && r.ok && r.edtf === side;
  if (!from.ok || !to.ok || unread(start, from) || unread(end, to)) return undefined;
  return { ok: true, edtf: `${from.edtf}/${to.edtf}`, warning: from.warning ?? to.warning };
}

// Two numeric dates, "6/1/2008 - 7/31/2008", "1/6/2008–31/7/2008", "6-1-2008 - 7-31-2008": one
// cell, one writer, so both ends in one order. Without a dateFormat, the order both ends can be
// read in: an end alone may be either ("6/1/2008"), while the other ("7/31/2008") says which.
const NUMERIC_RANGE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}) ?(?:[–—→-]| to ) ?(\d{1,2})\2(\d{1,2})\2(\d{4})$/i;

function numericRange(text: string, read: (text: string) => Spelling, format: DateFormat | undefined): Spelling | undefined {
  const m = NUMERIC_RANGE.exec(text);
  if (!m) return undefined;
  if (format !== undefined) {
    const [from, to] = [read(`${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`), read(`${m[5]}${m[2]}${m[6]}${m[2]}${m[7]}`)];
    if (!from.ok) return from;
    return to.ok ? { ok: true, edtf: `${from.edtf}/${to.edtf}` } : to;
  }
  const [a1, b1, y1, a2, b2, y2] = [m[1], m[3], m[4], m[5], m[6], m[7]].map(Number) as [number, number, number, number, number, number];
  const dayFirst = validDay(y1, b1, a1) && validDay(y2, b2, a2) ? ([[y1, b1, a1], [y2, b2, a2]] as const) : undefined;
  const monthFirst = validDay(y1, a1, b1) && validDay(y2, a2, b2) ? ([[y1, a1, b1], [y2, a2, b2]] as const) : undefined;
  const said = (ends: NonNullable<typeof dayFirst>) => fromTo(words(...ends[0]), words(...ends[1]));
  const same = a1 === b1 && a2 === b2;
  const edtf = (ends: NonNullable<typeof dayFirst>) => `${iso(...ends[0])}/${iso(...ends[1])}`;
  if (dayFirst && monthFirst && !same) return { ok: false, code: "date-ambiguous", detail: orElse(said(dayFirst), said(monthFirst)), readings: [edtf(dayFirst), edtf(monthFirst)], option: "dateFormat" };
  const ends = dayFirst ?? monthFirst;
  if (!ends) return { ok: false, code: "date-invalid" };
  return same ? { ok: true, edtf: edtf(ends) } : { ok: true, edtf: edtf(ends), warning: { code: "date-reinterpreted", detail: said(ends) } };
}

// "1990-91", "2019-20": a hyphen before two digits is ISO's month or EDTF's season ("2008-09",
// "2008-21"), except after a year of four digits, where it is the next year: no month or season.
function nextYear(start: string, end: string): boolean {
  if (!/^\d{4}$/.test(start) || !/^\d{2}$/.test(end)) return true;
  const n = Number(end);
  return laterYear(Number(start), end) === Number(start) + 1 && !(n >= 1 && n <= 12) && !(n >= 21 && n <= 41);
}

// A year, a hyphen and two digits from 42 are a later year, as prose writes a span with a hyphen
// ("1980-88", "1939-45"; "88 is no month" before): read so, and said. Below 42 they are a month,
// EDTF's part of a year (21–41), or no month: a month written one too many ("2008-13", a sheet's
// months counted from 0 or 1 by mistake: "2008-00") is as likely as a span ("1914-18"), so it is
// still refused as no month. The next year ("1990-91") is read as a range already.
function yearPair(y: number, digits: string): Spelling | undefined {
  const [n, later] = [Number(digits), laterYear(y, digits)];
  if (n <= 41 || later === y + 1) return undefined;
  return { ok: true, edtf: `${y}/${later}`, warning: { code: "date-reinterpreted", detail: theYears(y, later) } };
}

// "Winter 2008/09", "the winter of 2008–2009", "Winter 2008/09" (German): the winter from
// December 2008 to February 2009, which EDTF calls 2008's (2008-24). Read as a range, its end was
// the year 9, before its start. "Summer 2008/09", as Australia's cricket and school years write
// one, is the southern hemisphere's, said: no northern summer runs into the next year.
// "Summer 2008/10" is no one season: refused as such, where it was "the end (0010) is before the start".
function winterOf(text: string, read: (text: string) => Spelling): Spelling | undefined {
  const m = /^(\D*\p{L}\D*?)(\d{4}) ?[/–—-] ?(\d{2}|\d{4})$/u.exec(text);
  if (!m) return undefined;
  const [from, to] = [Number(m[2]), Number(centuryOf(m[2]!, m[3]!))];
  if (to > from + 1 && m[3]!.length === 2) {
    const season = read(`${m[1]!.trim()} ${m[2]!}`);
    return season.ok && /^\d{4}-(?:2[1-9]|3\d|4[01])$/.test(season.edtf) ? { ok: false, code: "date-invalid", detail: seasonYears(m[1]!.trim(), from, to) } : undefined;
  }
  if (to !== from + 1) return undefined;
  const season = read(`${m[1]!.trim()} ${m[2]!}`);
  if (season.ok && /^\d{4}-22$/.test(season.edtf)) return { ok: true, edtf: `${m[2]}-30`, warning: { code: "date-reinterpreted", detail: southernSummer(Number(m[2])) } };
  return season.ok && /^\d{4}-(?:24|30)$/.test(season.edtf) ? season : undefined;
}

// "June 2008–10", "7 June 2008/10", "spring 2008/09": an end of one or two digits after a month, a
// day or a season with its year may be a day of that month (7 to 10 June 2008), a month of that
// year (June to October 2008) or a later year (June 2008 to 2010). Read alone it was the year 10,
// and the span "ended before it started". Refused, naming each reading the text can have.
const SHORT_END = /^([\d\s.,]*\p{L}[^/–—]*?\d{4}) ?[/–—-] ?(\d{1,2})$/u;

function shortEnd(text: string, read: (text: string) => Spelling): Spelling | undefined {
  const m = SHORT_END.exec(text);
  const from = m ? read(m[1]!.trim()) : undefined;
  if (!m || !from?.ok || !/^\d{4}-(?:0[1-9]|1[0-2]|2[1-9]|3\d|4[01])(?:-\d{2})?$/.test(from.edtf)) return undefined;
  const [y = 0, month = 0, day] = from.edtf.split("-").map(Number);
  const n = Number(m[2]);
  const ends: string[] = [];
  if (day !== undefined && n > day && validDay(y, month, n)) ends.push(iso(y, month, n));
  if (n > month && n <= 12) ends.push(`${y}-${String(n).padStart(2, "0")}`);
  ends.push(String(laterYear(y, m[2]!)));
  const readings = ends.map((end) => `${from.edtf}/${end}`);
  const said = ends.map((end, i) => `${fromTo(inWords(from.edtf), inWords(end))} (${readings[i]})`);
  return readings.length > 1 ? { ok: false, code: "date-ambiguous", detail: eitherOf(said), readings } : { ok: false, code: "date-invalid", detail: ifItIs(said[0]!), readings };
}

/**
 * "1990–91", "1999–00", "1990–1": an end of one or two digits after a year of four is a later
 * year of the same century or decade, or of the next; read alone it was the year 91, before its start.
 *
 * @example
 * ```ts
 * centuryOf("1990", "91"); // "1991"
 * ```
 */
export function centuryOf(start: string, end: string): string {
  return /^\d{4}$/.test(start) && /^\d{1,2}$/.test(end) ? String(laterYear(Number(start), end)) : end;
}

/**
 * The first year after `year` that ends in `digits`.
 *
 * @example
 * ```ts
 * laterYear(1990, "91"); // 1991
 * ```
 */
export function laterYear(year: number, digits: string): number {
  const written = Number(String(year).slice(0, 4 - digits.length) + digits);
  return written > year ? written : written + 10 ** digits.length;
}

/**
 * A range that writes once what its ends share: "7–9 June 2008", "April–May 1945", "June 7–9,
 * 2008", "7 June – 9 July 2008". The start takes what it leaves out (the month and year, or the
 * year) from the end, as a reader does: alone, "7" would be the year 7, and "April" no date.
 *
 * @example
 * ```ts
 * sharedParts("7", "9 June 2008"); // ["7 June 2008", "9 June 2008"]
 * ```
 */
export function sharedParts(start: string, end: string): [string, string] {
  // A year of two digits after an apostrophe ("7–9 June '08") is shared as well: read alone, the
  // start was the year 7, and the range ran two thousand years.
  const year = /(?:^|,\s*|\s)(\d{3,4}(?:\s?(?:BCE|BC|CE|AD))?|['’]\d{2})(?:\s*\([^)]*\)|[?~%])?$/i.exec(end)?.[1];
  if (year === undefined) return [start, end];
  // "700–650 BCE": a year alone before an end counted BCE is counted BCE too.
  const era = /\s?(BCE|BC)$/i.exec(year)?.[1];
  if (era && /^\d{1,4}$/.test(start)) return [`${start} ${era}`, end];
  // A start with a year of its own keeps it ("1980 – 1988", "c. 1941 – 1945", "June '08 – July '08").
  if (/\d{3}|['’]\d{2}$/.test(start)) return [start, end];
  if (/^\d{1,2}(?:st|nd|rd|th|\.|er)?$/.test(start)) {
    // A day alone: the month and year of "9 June 2008" or of "June 9, 2008" (or of "9. Juni
    // 2008", "9 de junio de 2008").
    const dayFirst = /^\d{1,2}(?:st|nd|rd|th|\.|er)? (?:de )?(\p{L}+\.?) /u.exec(end);
    if (dayFirst) return [`${start} ${dayFirst[1]} ${year}`, end];
    const monthFirst = /^(\p{L}+\.?) \d{1,2}(?:st|nd|rd|th)?,? /u.exec(end);
    return monthFirst ? [`${monthFirst[1]} ${start}, ${year}`, end] : [start, end];
  }
  // "June 7–9, 2008": the end is a day of the start's month.
  const monthDay = /^(\p{L}+\.?) \d{1,2}(?:st|nd|rd|th)?$/u.exec(start);
  if (monthDay) return [`${start}, ${year}`, /^\d/.test(end) ? `${monthDay[1]} ${end}` : end];
  // A month or season ("April", "Spring"), or a day and month ("7 June"): the end's year.
  return /^\p{L}/u.test(start) || /^\d{1,2}(?:st|nd|rd|th)? \p{L}+\.?$/u.test(start) ? [`${start} ${year}`, end] : [start, end];
}

