/**
 * The words between a date and its time, and the words for before and after noon, as each
 * language writes them ("June 7, 2008 at 2:30 PM", "7 juin 2008 à 14 h 30", "7 июня 2008 г. в
 * 14:30", "2008년 6월 7일 PM 2:30"): taken from the platform's `Intl` (CLDR), as the month names
 * are (./date-language-names.ts), the first time a date-time in that script needs them. No word
 * list ships.
 *
 * @module
 */
import { clockLanguages, type ClockScript } from "./date-language-names.js";

/** What a script's languages write around a time: the words before it, and the words of its half of the day. */
export interface ClockWords {
  /** Words, or runs of words, between a date and its time ("at", "alle ore", "г. в"), lower case. */
  links: string[];
  /** Words written after a time's minutes ("ч.", Bulgarian's "o'clock"), lower case. */
  marks: string[];
  /** Each word for a half of the day, lower case: "am" or "pm" (a word that is one in a language and the other in another is none). */
  periods: Map<string, "am" | "pm">;
}

const gathered = new Map<ClockScript, ClockWords>();

// 7 June 2008, before and after noon, in UTC so that the day is the same everywhere.
const MORNING = Date.UTC(2008, 5, 7, 2, 30);
const AFTERNOON = Date.UTC(2008, 5, 7, 14, 30);
// A long date-time on a 24-hour and on a 12-hour clock: a full or medium one has the same words
// (the 1,344 date-times of test/fixtures/intl/date-times.json read without them), and each
// language's format costs Intl a load of its data. The 12-hour one names the halves of the day
// ("PM", "μ.μ.") at every hour.
const TWENTY_FOUR: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short", hourCycle: "h23" };
const TWELVE: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short", hourCycle: "h12" };
// And the parts of the day a language names ("in the afternoon", Korean "오후", which Chromium
// writes for a 12-hour clock where Node writes "PM"), only those that CLDR puts wholly between 6
// and 18 o'clock on one side of noon: a part that reaches into the night ("at night", CLDR's
// 21 to 24, is written of 2 a.m. too) says nothing sure of its half.
const DAY_PARTS: Intl.DateTimeFormatOptions = { hour: "numeric", dayPeriod: "short" };
const HOURS = Array.from({ length: 24 }, (_, h) => Date.UTC(2008, 5, 7, h, 30));

/**
 * The words of one script's languages, gathered the first time a date-time written in it needs
 * them (each language's format costs Intl a load of its data: so one script's only).
 *
 * @example
 * ```ts
 * clockWords("latin").links.includes("à");      // true (French)
 * clockWords("greek").periods.get("μ.μ.");       // "pm"
 * ```
 */
export function clockWords(script: ClockScript): ClockWords {
  const had = gathered.get(script);
  if (had) return had;
  const links = new Set<string>();
  const marks = new Set<string>();
  const periods = new Map<string, "am" | "pm" | null>();
  for (const tag of clockLanguages(script)) {
    const twelve = new Intl.DateTimeFormat(tag, { ...TWELVE, timeZone: "UTC" });
    for (const format of [new Intl.DateTimeFormat(tag, { ...TWENTY_FOUR, timeZone: "UTC" }), twelve]) {
      for (const at of [MORNING, AFTERNOON]) {
        const parts = format.formatToParts(at);
        for (const link of linkOf(parts)) links.add(link);
        const mark = markOf(parts);
        if (mark) marks.add(mark);
      }
    }
    halvesOf(twelve, periods, () => true);
    halvesOf(new Intl.DateTimeFormat(tag, { ...DAY_PARTS, timeZone: "UTC" }), periods, (hours) => hours.every((h) => h >= 6 && h < 18));
  }
  const words: ClockWords = { links: [...links], marks: [...marks], periods: new Map([...periods].filter((e): e is [string, "am" | "pm"] => e[1] !== null)) };
  gathered.set(script, words);
  return words;
}

// Each word for a part of the day `format` writes, with its half of the day where every hour it
// names is on one side of noon and `sure` of them: entered into `periods`, a word another language
// gives the other half there already being none (null).
function halvesOf(format: Intl.DateTimeFormat, periods: Map<string, "am" | "pm" | null>, sure: (hours: number[]) => boolean): void {
  const hoursOf = new Map<string, number[]>();
  HOURS.forEach((at, hour) => {
    const word = format.formatToParts(at).find((p) => p.type === "dayPeriod")?.value.trim().toLowerCase();
    if (word) hoursOf.set(word, [...(hoursOf.get(word) ?? []), hour]);
  });
  for (const [word, hours] of hoursOf) {
    const half = hours.every((h) => h < 12) ? "am" : hours.every((h) => h >= 12) ? "pm" : null;
    if (half === null || !sure(hours)) continue;
    periods.set(word, periods.get(word) === undefined || periods.get(word) === half ? half : null);
  }
}

// The word between a time's minutes and its half of the day, or its end.
function markOf(parts: Intl.DateTimeFormatPart[]): string {
  const minute = parts.findIndex((p) => p.type === "minute");
  const literal = parts[minute + 1];
  return literal?.type === "literal" ? literal.value.trim().toLowerCase() : "";
}

// The literal between a date's last part and its time's first (the hour, or the half of the day
// written before it), without the commas and spaces around it: the whole run ("alle ore", "г. в")
// and each of its words ("alle", "в"), as either is written alone.
function linkOf(parts: Intl.DateTimeFormatPart[]): string[] {
  let first = parts.findIndex((p) => p.type === "hour");
  if (parts[first - 1]?.type === "literal" && parts[first - 2]?.type === "dayPeriod") first -= 2;
  else if (parts[first - 1]?.type === "dayPeriod") first -= 1;
  // A time first, then its word, then the date (Odia's "14:30 ଠାରେ ଜୁନ 7, 2008"), and the word
  // before such a time (Vietnamese "lúc 14:30 7 tháng 6, 2008").
  const dateAt = parts.findIndex((p) => p.type === "day" || p.type === "month" || p.type === "year" || p.type === "weekday");
  if (dateAt > first && parts[dateAt - 1]?.type === "literal") return wordsOf(parts[dateAt - 1]!.value.trim().toLowerCase(), first === 1 ? parts[0]!.value : "");
  const literal = parts[first - 1];
  if (literal?.type !== "literal") return [];
  // What the literal begins with before its first space ends the date: Japanese "日", the point
  // after a Hungarian or Serbian year.
  const run = literal.value.replace(/^[^\s,،]+/, "").replace(/^[\s,،]+|[\s,،]+$/g, "").toLowerCase();
  return wordsOf(run);
}

// A run of words between a date and its time, and each of its words ("alle ore", "alle", "ore"),
// with the word written before a time that comes first.
function wordsOf(run: string, before = ""): string[] {
  const lead = before.trim().toLowerCase();
  const words = run === "" ? [] : run.split(/[\s,،]+/);
  return [...(lead === "" ? [] : [lead]), ...(words.length > 1 ? [run, ...words] : words)];
}
