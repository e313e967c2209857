/**
 * The date expressions of a text, found by chrono-node (with `parsers.ts` for the forms it lacks)
 * and read into calendar points at the precision their words give. Each says whether it counts
 * from the article's date: the text is read against two reference dates far apart, and an
 * expression whose date moves with the reference ("on Sunday", "June 9", "this summer") needs one.
 *
 * @module
 */
import type { Chrono, ParsedComponents, ParsedResult } from "chrono-node";
import * as ar from "chrono-node/ar";
import * as de from "chrono-node/de";
import * as en from "chrono-node/en";
import * as es from "chrono-node/es";
import * as fr from "chrono-node/fr";
import * as it from "chrono-node/it";
import * as nl from "chrono-node/nl";
import * as pt from "chrono-node/pt";
import { dayOf, mondayOf, shift, type Day, type Point } from "./edtf.js";
import { ENGLISH_PARSERS, numberOf, skipRefiner, tagOf } from "./parsers.js";

interface Found {
  /** Where it starts in the text, and its words. */
  index: number;
  text: string;
}

/** A date the words give: a point, or a span from `start` to `end`. */
export interface Dated extends Found {
  kind: "dated";
  start: Point;
  end?: Point;
  /** It counts from the reference date (it moved when the reference did). */
  relative: boolean;
}

/** "the second day of a three-day visit": day `n` of a stay `of` days long, called `stay`. */
export interface NthDay extends Found {
  kind: "nth-day";
  n: number;
  of: number;
  stay: string;
}

/** "two days later": `count` days, weeks, months or years (`unit`) from the story's last date. */
export interface Offset extends Found {
  kind: "offset";
  count: number;
  unit: "day" | "week" | "month" | "year";
}

/** "at 6:30 a.m.": a time of day, on the day the story is telling. */
export interface Clock extends Found {
  kind: "time";
  hour: number;
  minute: number;
}

/** "eight years": a length of time. */
export interface Duration extends Found {
  kind: "duration";
}

/** "at the same time": a time the text around it names. */
export interface Context extends Found {
  kind: "context";
}

/** One date expression of the text. */
export type Expression = Dated | NthDay | Offset | Clock | Duration | Context;

/** A chrono reading the text in one language. */
export interface Reader {
  /** The language it reads, as chrono names it ("en"). */
  language: string;
  parse(text: string, reference: Day): ParsedResult[];
}

// chrono's casual readers of the languages citeline has a locale for (chrono has no Persian,
// Hebrew, Turkish or Sorani), each from its own module so that the others are not loaded.
const CHRONOS: Readonly<Record<string, Chrono>> = { ar: ar.casual, de: de.casual, es: es.casual, fr: fr.casual, it: it.casual, nl: nl.casual, pt: pt.casual };
const english = new Map<boolean, Chrono>();

// The reader of a language; English with citeline's forms besides.
function chronoFor(language: string, littleEndian: boolean): Chrono | undefined {
  if (language !== "en") return Object.hasOwn(CHRONOS, language) ? CHRONOS[language] : undefined;
  let reader = english.get(littleEndian);
  if (!reader) {
    reader = (littleEndian ? en.GB : en.casual).clone();
    reader.parsers.unshift(...ENGLISH_PARSERS);
    reader.refiners.unshift(skipRefiner);
    english.set(littleEndian, reader);
  }
  return reader;
}

/**
 * The reader for a BCP 47 tag: chrono's for its language, or undefined when chrono has none
 * (then the caller reads the text as English, and says so). English as written in Britain,
 * Ireland, Australia, New Zealand, India or South Africa reads numeric dates day first.
 *
 * @example
 * ```ts
 * readerFor("fr-CA")?.language; // "fr"
 * readerFor("fa");              // undefined
 * ```
 */
export function readerFor(tag: string): Reader | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  const language = locale.language;
  const littleEndian = language === "en" && ["GB", "IE", "AU", "NZ", "IN", "ZA"].includes(locale.region ?? "");
  const reader = chronoFor(language, littleEndian);
  if (!reader) return undefined;
  // Noon UTC, zone 0: every calendar value chrono fills in is the reference's UTC day.
  return { language, parse: (text, d) => reader.parse(text, { instant: new Date(Date.UTC(d.year, d.month - 1, d.day, 12)), timezone: 0 }, { forwardDate: false }) };
}

// Two references far enough apart that every calendar value and the weekday differ.
const PLACEHOLDER: Day = { year: 2000, month: 1, day: 15 };
const SHIFT_DAYS = 400;

/**
 * The date expressions of `text`, in order, read against `reference` (the article's date) when
 * it is known. An expression that needs a reference when none is known is still returned, with
 * `relative: true`, so that the caller can say which one could not be dated.
 *
 * @example
 * ```ts
 * expressionsOf("Maliki arrived on Sunday.", readerFor("en")!, { year: 2008, month: 6, day: 9 });
 * // [{ kind: "dated", index: 15, text: "on Sunday", start: { year: 2008, month: 6, day: 8 }, relative: true }]
 * ```
 */
export function expressionsOf(text: string, reader: Reader, reference?: Day): Expression[] {
  const ref = reference ?? PLACEHOLDER;
  const other = dayOf(Date.UTC(ref.year, ref.month - 1, ref.day + SHIFT_DAYS));
  const again = new Map(reader.parse(text, other).map((r) => [`${r.index}:${r.text}`, r]));
  return reader.parse(text, ref).flatMap((r): Expression[] => {
    // chrono's match may carry the space or comma after it ("June 9 ", "on Monday,"): the expression is its words.
    const lead = r.text.length - r.text.trimStart().length;
    const found = { index: r.index + lead, text: r.text.trim().replace(/[\s,;:]+$/u, "") };
    const tag = tagOf(r);
    if (tag?.kind === "nth-day") {
      const [n = "", of = "", stay = ""] = tag.values;
      return [{ kind: "nth-day", ...found, n: Number(n), of: Number(of), stay: decodeURIComponent(stay) }];
    }
    if (tag?.kind === "offset") return [{ kind: "offset", ...found, count: Number(tag.values[0]), unit: (tag.values[1] ?? "day") as Offset["unit"] }];
    if (tag?.kind === "skip") return [];
    if (tag?.kind === "duration") return [{ kind: "duration", ...found }];
    // A time of day alone ("at 6:30 a.m.") is on the day the story is telling, not the reference's.
    if (!tag && r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday") && !r.end) {
      return [{ kind: "time", ...found, hour: r.start.get("hour") ?? 0, minute: r.start.get("minute") ?? 0 }];
    }
    if (tag?.kind === "context") return [{ kind: "context", ...found }];
    const span = spanOf(r, ref);
    if (!span) return [];
    const moved = again.get(`${r.index}:${r.text}`);
    const relative = tag?.kind === "recent" || tag?.kind === "week" || !moved || !same(spanOf(moved, other), span);
    return [{ kind: "dated", ...found, ...span, relative }];
  });
}

function same(a: { start: Point; end?: Point } | undefined, b: { start: Point; end?: Point }): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// A result as points: citeline's tagged forms by their values, chrono's own by the components
// its words fixed.
function spanOf(r: ParsedResult, ref: Day): { start: Point; end?: Point } | undefined {
  const tag = tagOf(r);
  const v = tag?.values ?? [];
  switch (tag?.kind) {
    case "season":
      return { start: { year: Number(v[1]), season: Number(v[0]) } };
    case "year":
      return { start: { year: Number(v[0]) } };
    case "years":
      return { start: { year: Number(v[0]) }, end: { year: Number(v[1]) } };
    case "decade":
      return { start: { year: Number(v[0]) * 10, decade: true } };
    case "recent":
      return recent(numberOf(v[0] ?? "") ?? 1, v[1] ?? "day", ref);
    case "week": {
      const monday = shift(mondayOf(ref), v[0] === "last" ? -7 : v[0] === "next" ? 7 : 0, "day");
      return { start: monday, end: shift(monday, 6, "day") };
    }
    default: {
      const start = pointOf(r.start, r);
      const end = r.end ? pointOf(r.end, r) : undefined;
      if (!start) return undefined;
      return end && JSON.stringify(end) !== JSON.stringify(start) ? { start, end } : { start };
    }
  }
}

// "the past three months": from about that long before the reference (at the unit's precision) to it.
function recent(count: number, unit: string, ref: Day): { start: Point; end: Point } {
  const back = unit === "week" ? shift(ref, -7 * count, "day") : unit === "day" ? shift(ref, -count, "day") : shift(ref, unit === "decade" ? -10 * count : -count, unit === "month" ? "month" : "year");
  const start: Point = unit === "day" || unit === "week" ? { ...back, approximate: true } : unit === "month" ? { year: back.year, month: back.month, approximate: true } : { year: back.year, approximate: true };
  return { start, end: { ...ref } };
}

// chrono's components as a point: a day when the words fix a day (or a weekday), else a month,
// else a year; a time of day only when the words give a clock time, not "this morning".
function pointOf(c: ParsedComponents, r: ParsedResult): Point | undefined {
  const get = (k: "year" | "month" | "day" | "hour" | "minute") => c.get(k) ?? undefined;
  const year = get("year");
  if (year === undefined) return undefined;
  const sure = (k: "year" | "month" | "day" | "weekday" | "hour") => c.isCertain(k);
  // "now" and "this morning" name the day, not a clock time.
  const casualTime = [...r.tags()].some((t) => /CasualTime|casualReference\/now/i.test(t));
  if (sure("day") || sure("weekday") || sure("hour")) {
    const day: Point = { year, month: get("month") ?? 1, day: get("day") ?? 1 };
    return sure("hour") && !casualTime ? { ...day, hour: get("hour") ?? 0, minute: get("minute") ?? 0 } : day;
  }
  if (sure("month")) return { year, month: get("month") ?? 1 };
  if (sure("year")) return { year };
  return undefined;
}
