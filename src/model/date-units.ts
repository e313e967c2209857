/**
 * Dates written with their units, as Chinese, Japanese and Korean write them, and as their papers'
 * sheets and the platform's `Intl` do: "2008年6月7日", "2008年6月7日土曜日", "2008년 6월 7일 토요일",
 * "２００８年６月" (full-width digits), "1980年～1988年", "2008年6月7日～9日"; and year first with a
 * point after each number, as Korean and Hungarian write a date ("2008. 6. 7."). Each number says
 * what it is, so none is ambiguous; a weekday written with one must be the date's.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";
import { iso, monthWords, noSuchDay, noSuchMonth, two, validDay, words, year } from "./date-spelled.js";
import { notInEra } from "../messages/details-words.js";
import { dayWithoutYear, twoDigitYear, wrongWeekday } from "./date-refusals.js";
import { weekdayNames } from "./date-language-names.js";

// A date's parts by their units: year (年, 년), month (月, 월), day (日, 일), each after its number.
const PART = /^(?:(\d+)\s*[年년]\s*)?(?:(\d{1,2})\s*[月월]\s*)?(?:(\d{1,2})\s*[日일])?\s*(.*)$/u;
// Between two dates: a dash, Japanese's wave dash, Chinese's 至 (to).
const BETWEEN = /^(.+?)\s*(?:[-–—~～〜]|至)\s*(.+)$/u;
const FULL_WIDTH = /[\uff10-\uff19]/g;

interface Parts {
  y?: number;
  m?: number;
  d?: number;
  yearText?: string;
  weekday: string;
}

/**
 * A date written with its units, or a range of two, as EDTF; undefined for any other text.
 *
 * @example
 * ```ts
 * unitSpelling("2008年6月7日");      // { ok: true, edtf: "2008-06-07" }
 * unitSpelling("2008年6月7日～9日");  // { ok: true, edtf: "2008-06-07/2008-06-09" }
 * unitSpelling("2008. 6. 7.");       // { ok: true, edtf: "2008-06-07" }
 * ```
 */
export function unitSpelling(raw: string): Spelling | undefined {
  // Most dates that reach the readers have none of these marks: one test, not four, for them.
  if (!/[年년月월日일]|\.\s|^[MTSHR]\d/u.test(raw)) return undefined;
  const text = raw.replace(FULL_WIDTH, (c) => String(c.charCodeAt(0) - 0xff10));
  const era = eraYear(text);
  if (era) return inEra(unitSpelling(era.text), era);
  const dotted = /^(\d{4}|\d\d)\.\s+(\d{1,2})\.(?:\s+(\d{1,2})\.?)?$/.exec(text);
  if (dotted) return edtfOf({ y: Number(dotted[1]), m: Number(dotted[2]), ...(dotted[3] ? { d: Number(dotted[3]) } : {}), yearText: dotted[1], weekday: "" });
  // Japanese's full date with a 12-hour clock, as `Intl` writes it: "2008/6/7土曜日 午後2:30".
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\s*(\S+曜日)$/u.exec(text);
  if (slashed && weekdayOf(slashed[4] ?? "") !== undefined) return edtfOf({ y: Number(slashed[1]), m: Number(slashed[2]), d: Number(slashed[3]), yearText: slashed[1], weekday: slashed[4] ?? "" });
  if (!/[年년月월日일]/u.test(text)) return undefined;
  const one = partsOf(text);
  if (one) return edtfOf(one);
  const range = BETWEEN.exec(text);
  const start = range && partsOf(range[1] ?? "");
  const end = start && start.weekday === "" && partsOf(range[2] ?? "");
  if (!start || !end) return undefined;
  // The end writes only what differs from the start: "2008年6月7日～9日", "6月7日～7月2日".
  const filled: Parts = end.y !== undefined ? end : end.m !== undefined ? { ...end, y: start.y, yearText: start.yearText } : { ...end, y: start.y, m: start.m, yearText: start.yearText };
  const from = edtfOf(start);
  const to = edtfOf(filled);
  if (!from.ok) return from;
  if (!to.ok) return to;
  return { ok: true, edtf: `${from.edtf}/${to.edtf}` };
}

// Japan's eras, as its papers and `Intl` date by them ("平成20年6月7日", "H20/6/7"): the Gregorian
// year before each one's first, its first day, and its letter. Meiji's years are read from its 6th,
// 1873, when Japan took up the Gregorian calendar: its days before were of another calendar.
const JAPANESE_ERAS: Readonly<Record<string, readonly [number, string, string]>> = {
  明治: [1867, "1873-01-01", "M"],
  大正: [1911, "1912-07-30", "T"],
  昭和: [1925, "1926-12-25", "S"],
  平成: [1988, "1989-01-08", "H"],
  令和: [2018, "2019-05-01", "R"],
};
const ERA_NAMES = Object.keys(JAPANESE_ERAS);

interface Era {
  /** The text with the era's year written as the Gregorian year. */
  text: string;
  name: string;
}

function eraYear(text: string): Era | undefined {
  const named = /^(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年/u.exec(text);
  const lettered = named ? undefined : /^([MTSHR])(\d{1,2})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  const name = named?.[1] ?? ERA_NAMES.find((n) => JAPANESE_ERAS[n]![2] === lettered?.[1]);
  if (!name) return undefined;
  const [before] = JAPANESE_ERAS[name]!;
  if (lettered) return { text: `${before + Number(lettered[2])}年${lettered[3]}月${lettered[4]}日`, name };
  const n = named?.[2] === "元" ? 1 : Number(named?.[2]);
  return { text: `${before + n}年${text.slice(named![0].length)}`, name };
}

// A date read in an era must be of its days: its first day at most the era's last, its last at
// least the era's first.
function inEra(read: Spelling | undefined, era: Era): Spelling | undefined {
  if (!read?.ok) return read;
  const [from = "", to = from] = read.edtf.split("/");
  const first = JAPANESE_ERAS[era.name]![1];
  const next = ERA_NAMES[ERA_NAMES.indexOf(era.name) + 1];
  const [start, end] = [`${from}-01-01`.slice(0, 10), to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to];
  if (end >= first && (next === undefined || start < JAPANESE_ERAS[next]![1])) return read;
  const day = (iso: string) => words(...(iso.split("-").map(Number) as [number, number, number]));
  const last = next && new Date(Date.parse(JAPANESE_ERAS[next]![1]) - 86_400_000).toISOString().slice(0, 10);
  return { ok: false, code: "date-invalid", detail: notInEra(era.name, day(first), last ? day(last) : undefined), reason: "not-in-era" };
}

function partsOf(text: string): Parts | undefined {
  const m = PART.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  // A day needs its month, a month its year, but for a range's end (filled from its start).
  if ((m[3] !== undefined && m[2] === undefined && m[1] !== undefined) || (m[2] === undefined && m[3] === undefined && m[1] === undefined)) return undefined;
  const weekday = (m[4] ?? "").replace(/^[(（]|[)）]$/g, "");
  if (weekday !== "" && weekdayOf(weekday) === undefined) return undefined;
  return {
    ...(m[1] !== undefined ? { y: Number(m[1]), yearText: m[1] } : {}),
    ...(m[2] !== undefined ? { m: Number(m[2]) } : {}),
    ...(m[3] !== undefined ? { d: Number(m[3]) } : {}),
    weekday,
  };
}

function edtfOf({ y, m, d, yearText, weekday }: Parts): Spelling {
  if (y === undefined || yearText === undefined) return m !== undefined && d !== undefined ? dayWithoutYear() : { ok: false, code: "date-invalid" };
  if (yearText.length < 3) return twoDigitYear();
  if (m === undefined) return { ok: true, edtf: year(y) };
  if (m < 1 || m > 12) return noSuchMonth(m);
  if (d === undefined) return { ok: true, edtf: `${year(y)}-${two(m)}` };
  if (!validDay(y, m, d)) return noSuchDay(monthWords(y, m), d);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  const written = weekday === "" ? undefined : weekdayOf(weekday);
  if (written !== undefined && written !== day.getUTCDay()) return wrongWeekday(y, m, d, day.getUTCDay());
  return { ok: true, edtf: iso(y, m, d) };
}

let weekdays: Map<string, number> | undefined;

// Weekdays as Japanese, Chinese and Korean write them, long and short ("土曜日", "土", "星期六",
// "周六", "토요일", "토"), from the platform's `Intl`.
function weekdayOf(word: string): number | undefined {
  weekdays ??= weekdayNames(["ja", "zh", "zh-TW", "ko"]);
  return weekdays.get(word);
}
