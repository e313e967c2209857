/**
 * A date with its time of day: a spreadsheet's cell ("2008-06-07 14:30", "6/7/2008 2:30 PM"), a
 * data tool's ("2008-06-07 14:30:00+04:30", "2008-06-07 14:30:00 UTC"), and a date-time as people
 * and `Intl` write one in words ("June 7, 2008 at 2:30 PM", "7 juin 2008 à 14 h 30", "7 июня 2008
 * г. в 14:30", "2008년 6월 7일 PM 2:30").
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";
import { clockWords, type ClockWords } from "./date-clock-words.js";
import { nameScriptOf, type ClockScript } from "./date-language-names.js";
import { two } from "./date-spelled.js";
import { inWords } from "./date-spelling-words.js";
import { withoutReadings } from "./date-readings.js";
import { notATime, TIME_NEEDS_DAY, wholeDay, zoneAbbreviation } from "../messages/details-words.js";

// English's words, known without asking `Intl`: most date-times read with them alone.
const ENGLISH: ClockWords = { links: ["at"], marks: [], periods: new Map() };
const patterns = new Map<ClockWords, { after: RegExp; before: RegExp }>();
// A time's minutes (not a numeric date's "7.06.2008") or an English hour with its half of the day:
// text without one is no date-time, and asks no language for its words.
const CLOCK = /\d(?:[:.]|\s?h\s?)\d{2}(?![.\d/]|-\d)|\d\s?[ap]\.?\s?m\b/i;

/** A time as written: its half of the day before or after it, hour, minute, second, fraction and zone. */
interface Clock {
  before?: string;
  hour: string;
  minute?: string;
  second?: string;
  fraction?: string;
  after?: string;
  zone?: string;
}

/**
 * Read a date with its time, after it or before it ("14:30, 7 June 2008"), the day read by
 * `readDay`; no zone is added: the time is the wall-clock time as written. Undefined when the text
 * has no time; a refusal when the time is none ("25:00"), its zone an abbreviation of several, or
 * what comes with it is less than a day.
 *
 * @example
 * ```ts
 * dateTime("June 7, 2008 at 2:30 PM", read); // { ok: true, edtf: "2008-06-07T14:30" }
 * dateTime("7 juin 2008 à 14 h 30", read);   // { ok: true, edtf: "2008-06-07T14:30" }
 * dateTime("2:30 p.m. June 7, 2008", read);  // { ok: true, edtf: "2008-06-07T14:30" }
 * ```
 */
export function dateTime(text: string, readDay: (day: string) => Spelling): Spelling | undefined {
  if (!CLOCK.test(text)) return undefined;
  const script = scriptOf(text);
  return timeAfter(text, readDay, script) ?? timeBefore(text, readDay, script);
}

// The day, then its time. The day is read with English's words, or, where what is left is no
// day, with the words of the languages of the text's script ("à", "um", "г. в", "π.μ."); English's
// refusal stands where theirs read no day either.
function timeAfter(text: string, readDay: (day: string) => Spelling, script: ClockScript | undefined): Spelling | undefined {
  let m = patternOf(ENGLISH).after.exec(text);
  let day = m ? readDay(m[1] ?? "") : undefined;
  // Only letters left in the day can be another language's words: "6/7/2008 2:30 PM" asks none.
  // A day that ends in a word may end in a half of the day the day's reader took for a word
  // between its parts (Hungarian "2008. június 8. de. 12:30", "de." before noon).
  // So may a zone of letters be a half of the day ("12:00 noon"), but UTC and GMT: a data tool's
  // "2008-06-07 14:30:00 UTC" asks no language for its words.
  // Text that ends in a year ends in no time: its time comes first ("2:30 p.m. June 7, 2008").
  const unsure = !(day && isDay(day)) ? (!m && !/\d{3,4}\.?$/.test(text)) || /\p{L}/u.test(m?.[1] ?? "") : /\p{L}\.?$/u.test(m?.[1] ?? "") || /^(?!utc$|gmt$)[a-z]+$/i.test(m?.[8] ?? "");
  if (script && unsure) {
    const other = patternOf(clockWords(script)).after.exec(text);
    const read = other ? (other[1] === m?.[1] ? day : readDay(other[1] ?? "")) : undefined;
    if (other && read && (isDay(read) || !m)) [m, day] = [other, read];
  }
  if (!m || !day) return undefined;
  const time = clockOf({ before: m[2], hour: m[3] ?? "", minute: m[4], second: m[5], fraction: m[6], after: m[7], zone: m[8] }, script);
  return time === undefined ? undefined : withTime(day, time);
}

// The time, then its day: "14:30, 7 June 2008", "2:30 PM, June 7, 2008", "2:30 p.m. June 7, 2008",
// "14:30 GMT, Saturday, 7 June 2008" (BBC News's pages).
function timeBefore(text: string, readDay: (day: string) => Spelling, script: ClockScript | undefined): Spelling | undefined {
  let refused: Spelling | undefined;
  for (const words of [ENGLISH, script]) {
    if (words === undefined) continue;
    const m = patternOf(typeof words === "string" ? clockWords(words) : words).before.exec(text);
    const time = m ? clockOf({ before: m[1], hour: m[2] ?? "", minute: m[3], second: m[4], fraction: m[5], after: m[6], zone: m[7] }, script) : undefined;
    if (!m || time === undefined) continue;
    const day = readDay(m[8] ?? "");
    if (isDay(day)) return withTime(day, time);
    // Refused for what the rest is (a month, a day in either order), not where the rest is no
    // date at all: "7.06.08 г." is no time 7:06:08 before "г.", but a day with a two-digit year.
    if ((day.ok && /^-?\d{4}/.test(day.edtf)) || (!day.ok && (day.readings || day.reason))) refused ??= withTime(day, time);
  }
  return refused;
}

// The day read with its time: an ambiguous day's readings, each at the time written, so that
// writing one loses no part of the cell.
function withTime(day: Spelling, time: string | (Spelling & { ok: false })): Spelling {
  if (!day.ok) return day.readings && typeof time === "string" ? { ...day, readings: day.readings.map((r) => (time === "" ? r : `${r}T${time}`)) } : withoutReadings(day);
  if (!isDay(day)) return lessThanDay(day.edtf);
  if (typeof time !== "string") return time;
  if (time === "") return midnight(day);
  const edtf = `${day.edtf}T${time}`;
  return day.warning ? { ok: true, edtf, warning: { ...day.warning, detail: `${day.warning.detail}, ${time}` } } : { ok: true, edtf };
}

const isDay = (read: Spelling): boolean => read.ok && /^-?\d{4}-\d{2}-\d{2}$/.test(read.edtf);

// A year, a month or a season before a time is said to be one. Text the readers passed on
// untouched ("Seg, 24 Set 2018") is no date they know.
function lessThanDay(edtf: string): Spelling {
  return /^-?\d{4}(?:-\d{2})?$/.test(edtf) ? { ok: false, code: "date-invalid", detail: TIME_NEEDS_DAY, reason: "time-needs-day" } : { ok: false, code: "date-invalid" };
}

// The first letter's script, where it is one whose languages' words are gathered; text in Latin
// letters with nothing but English's words left unread is asked about too (French, German …).
function scriptOf(text: string): ClockScript | undefined {
  // English's "PM" is written in other scripts' date-times too ("2:30 PM ଠାରେ ଜୁନ 7, 2008").
  const letter = /\p{L}/u.exec(text.replace(/(?<!\p{L})[ap]\.? ?m\.?(?!\p{L})/giu, ""))?.[0];
  if (letter === undefined) return undefined;
  return /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letter) ? "cjk" : nameScriptOf(letter);
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const either = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

// The day, then the words between (a comma, a space, a language's "at"), then the time: its half
// of the day before or after it, its hour, its minutes after ":", "." or "h" (none with a half of
// the day: "2 p.m."), its seconds, its zone. Or the time first (after a language's word for "at":
// "at 14:30", Vietnamese "lúc 14:30"), then a comma, "on" or a space, then the day.
function patternOf(words: ClockWords): { after: RegExp; before: RegExp } {
  let pattern = patterns.get(words);
  if (pattern) return pattern;
  const half = `(?:[ap]\\.? ?m\\.?${words.periods.size ? `|${either(words.periods.keys())}` : ""})`;
  // A comma, or a colon and a space as Nepali writes them ("२००८ जुन ७: १४:३०"): not the colon
  // of a time ("2000-01-05T06:45:56").
  const link = `[,،]? (?:${either(words.links)}) |[,،] ?|: | `;
  const mark = words.marks.length ? `(?: ?(?:${either(words.marks)}))?` : "";
  // A zone of letters before the day is one only where a comma or "on" ends it: "2:30 p.m. June 7" names no zone "June".
  const clock = (letters: string) => `(?:(${half}) ?)?(\\d{1,2})(?:(?:[:.]| ?h ?)(\\d{2})(?:[:.](\\d{2})(\\.\\d{1,3})?)?)?${mark}(?: ?(${half}))?${mark}(?: ?(Z|UTC|GMT|${letters}|[+-]\\d{2}(?::?\\d{2})?))?`;
  pattern = { after: new RegExp(`^(.+?)(?:${link})${clock("[a-z]{3,4}")}$`, "iu"), before: new RegExp(`^(?:(?:${either(words.links)}) )?${clock("[a-z]{3,4}(?=[,،]| on )")}(?:[,،] ?(?:on )?| on | (?:${either(words.links)}) | )(.+)$`, "iu") };
  patterns.set(words, pattern);
  return pattern;
}

// The time of a date-time as EDTF writes it after the "T", "" for a midnight, why it is no time,
// or undefined where the text holds none (an hour alone, with no half of the day).
function clockOf({ before, hour: hourText, minute: minuteText, second, fraction = "", after, zone: zoneText }: Clock, script: ClockScript | undefined): string | (Spelling & { ok: false }) | undefined {
  if (before !== undefined && after !== undefined) return undefined;
  const half = halfOf(before ?? after, script);
  if (minuteText === undefined && half === undefined) return undefined;
  const minute = minuteText ?? "00";
  const zone = zoneText?.toUpperCase();
  // A zone's abbreviation names more than one offset: RSS feeds write "PST" in summer, when the
  // clock they mean is at -07:00, and CST is China's as well as the American Midwest's.
  if (zone && /^[A-Z]{3,4}$/.test(zone) && zone !== "UTC" && zone !== "GMT") return { ok: false, code: "date-invalid", detail: zoneAbbreviation(zone), reason: "zone-abbreviation" };
  let hour = Number(hourText);
  if (half !== undefined && hour <= 12) hour = (hour % 12) + (half === "pm" ? 12 : 0);
  else if (half !== undefined) hour = 99;
  if (hour > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return { ok: false, code: "date-invalid", detail: notATime(hourText, minute), reason: "not-a-time" };
  // A date cell with a time format writes a date alone as its midnight ("2008-06-08 00:00:00",
  // "6/8/2008 12:00:00 AM"): read as that instant, the day would claim a time nobody gave. The
  // day holds the midnight too, so reading the day loses nothing true; the warning says so.
  if (hour === 0 && Number(minute) === 0 && Number(second ?? 0) === 0 && Number(fraction || 0) === 0) return "";
  return `${two(hour)}:${minute}${second === undefined ? "" : `:${second}${fraction}`}${zone === undefined ? "" : zone === "UTC" || zone === "GMT" ? "Z" : zone}`;
}

// "am" or "pm" for a half of the day as written: English's ("p.m.", "PM", "pm") or a language's.
function halfOf(written: string | undefined, script: ClockScript | undefined): "am" | "pm" | undefined {
  if (written === undefined) return undefined;
  const english = /^([ap])\.? ?m\.?$/i.exec(written);
  if (english) return english[1]!.toLowerCase() === "p" ? "pm" : "am";
  return script ? clockWords(script).periods.get(written.toLowerCase()) : undefined;
}

function midnight(day: Spelling & { ok: true }): Spelling {
  return { ok: true, edtf: day.edtf, warning: { code: "date-reinterpreted", detail: wholeDay(inWords(day.edtf), day.edtf) } };
}
