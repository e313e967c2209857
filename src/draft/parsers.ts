/**
 * The forms of English news prose that chrono-node does not read, added through its own parser
 * API: a season ("this summer"), a span up to the article's date ("in the past week"), a
 * calendar week ("last week"), a day of a stay ("the second day of a three-day visit"), a bare
 * year ("in 2004"), a range of years, a decade, a length of time ("eight years"), a time counted
 * from the story's last date ("two days later") and a time named by the text around it ("at the
 * same time"). Each result is tagged with what it is
 * (`citeline/<kind>:<values>`), since a chrono result is only a date; `expressions.ts` reads the tags.
 *
 * @module
 */
import type { Parser, ParsingContext, ParsingResult, Refiner } from "chrono-node";

/** What a tagged result is. */
export type Kind = "season" | "recent" | "week" | "nth-day" | "offset" | "skip" | "year" | "years" | "decade" | "duration" | "context";

const TAG = "citeline/";

/**
 * The kind a result was tagged with by one of these parsers, and its values; undefined for
 * chrono's own results.
 *
 * @example
 * ```ts
 * tagOf(result); // { kind: "season", values: ["22"] }
 * ```
 */
export function tagOf(result: { tags(): Set<string> }): { kind: Kind; values: string[] } | undefined {
  for (const tag of result.tags()) {
    if (!tag.startsWith(TAG)) continue;
    const [kind = "", values = ""] = tag.slice(TAG.length).split(":");
    return { kind: kind as Kind, values: values === "" ? [] : values.split(",") };
  }
  return undefined;
}

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUMBER = `(\\d{1,3}|${Object.keys(WORDS).join("|")})`;
// "a day later": a count of one.
const COUNT = `(\\d{1,3}|an?|${Object.keys(WORDS).join("|")})`;
// Not inside a word: the parsers see the rest of the text from where the last match ended.
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";

/** A number written in digits or in words ("eight", "a"); undefined when it is neither. */
export function numberOf(text: string): number | undefined {
  const n = /^\d+$/.test(text) ? Number(text) : /^an?$/i.test(text) ? 1 : WORDS[text.toLowerCase()];
  return n !== undefined && n > 0 ? n : undefined;
}

function pattern(source: string): RegExp {
  return new RegExp(START + source + END, "iu");
}

// A tagged result over the match. Its date is the reference's day, as known values, and it is
// tagged relative as chrono tags its own: chrono would otherwise take a result with no known day
// for a time of day and merge it into the date before it ("on Monday, two days after"), or stamp
// a weekday before it onto it ("on Tuesday, on the third day of …"). What it is, the tag says.
function tagged(context: ParsingContext, match: RegExpMatchArray, kind: Kind, values: (string | number)[]): ParsingResult {
  const result = context.createParsingResult(match.index ?? 0, match[0], today(context));
  result.addTag("result/relativeDate");
  result.addTag(`${TAG}${kind}:${values.join(",")}`);
  return result;
}

// The reference day, in UTC (citeline's dates are UTC calendar dates).
function today(context: ParsingContext): { year: number; month: number; day: number } {
  const d = context.reference.instant;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const SEASON_CODES: Readonly<Record<string, number>> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
// First month of each season (northern meteorological, as the model reads codes 21–24).
const SEASON_MONTH: Readonly<Record<number, number>> = { 21: 3, 22: 6, 23: 9, 24: 12 };

/**
 * "this summer", "last winter", "the summer of 2008", "spring 2003": a season. Alone ("in
 * summer") it is a habit, not a date, and is not read.
 */
export const seasonParser: Parser = {
  pattern: () => pattern(`(?:(this|last|next|past|coming)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?`),
  extract(context, match) {
    const [, which, name = "", year] = match;
    const code = SEASON_CODES[name.toLowerCase()]!;
    if (year !== undefined) return tagged(context, match, "season", [code, year]);
    if (which === undefined) return null;
    return tagged(context, match, "season", [code, seasonYear(code, which.toLowerCase(), today(context))]);
  },
};

// The year a season starts in: "this" the one under way or else the coming one, "last"/"past"
// the latest that is over, "next"/"coming" the first that has not begun.
function seasonYear(code: number, which: string, t: { year: number; month: number }): number {
  const first = SEASON_MONTH[code]!;
  const at = t.year * 12 + t.month - 1;
  const startOf = (y: number) => y * 12 + first - 1;
  const under = [t.year - 1, t.year].find((y) => at >= startOf(y) && at < startOf(y) + 3);
  if (which === "this") return under ?? (startOf(t.year) > at ? t.year : t.year + 1);
  if (which === "last" || which === "past") return [t.year, t.year - 1, t.year - 2].find((y) => startOf(y) + 3 <= at)!;
  return startOf(t.year) > at ? t.year : t.year + 1;
}

const UNIT = "(days?|weeks?|months?|years?|decades?)";

/** "in the past week", "over the last three months": the time up to the article's date. */
export const recentParser: Parser = {
  pattern: () => pattern(`(?:(?:in|over|during|within|for|throughout)\\s+)?the\\s+(?:past|last|previous|preceding)\\s+(?:${NUMBER}\\s+)?${UNIT}`),
  extract(context, match) {
    const count = match[1] === undefined ? 1 : numberOf(match[1]);
    if (count === undefined) return null;
    const unit = (match[2] ?? "").toLowerCase().replace(/s$/, "");
    return tagged(context, match, "recent", [count, unit]);
  },
};

/** "last week", "this week", "next week": a calendar week, Monday to Sunday. */
export const weekParser: Parser = {
  pattern: () => pattern(`(last|this|next|past)\\s+week`),
  extract(context, match) {
    const which = (match[1] ?? "").toLowerCase();
    return tagged(context, match, "week", [which === "past" ? "last" : which]);
  },
};

/**
 * "the second day of a three-day visit": a day counted within a stay, dated from a day the text
 * names (the sentence's own, or the one before): the anchor is found in draft.ts.
 */
export const nthDayParser: Parser = {
  pattern: () => pattern(`(?:on\\s+)?the\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\\d{1,2}(?:st|nd|rd|th))\\s+day\\s+of\\s+((?:a|an|the|his|her|their|its)\\s+${NUMBER}[- ]day\\s+([\\p{L}-]+))`),
  extract(context, match) {
    const [, ordinal = "", stay = "", length = "", noun = ""] = match;
    const of = numberOf(length);
    const word = ordinal.toLowerCase();
    const n = word === "last" || word === "final" ? of : (ORDINALS[word] ?? Number.parseInt(word, 10));
    if (of === undefined || n === undefined || !(n >= 1 && n <= of) || noun.length < 2) return null;
    // The stay's words as written ("three-day visit"), without its determiner, name the stay's own event.
    const phrase = stay.replace(/^\S+\s+/, "");
    return tagged(context, match, "nth-day", [n, of, encodeURIComponent(phrase)]);
  },
};

/**
 * "two days later", "a week earlier", "the next day": counted from the story's last date, not
 * from the article's (chrono would count from the reference). "Two days after the repairs" counts
 * from an event the words go on to name, which no date is read from: it is skipped.
 */
export const offsetParser: Parser = {
  pattern: () => pattern(`(?:${COUNT}\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|after|before|afterwards?)|the\\s+(next|following|previous|preceding)\\s+(day|week|month|year)|the\\s+(day|week|month|year)\\s+(before|after))`),
  extract(context, match) {
    const [, count, unit, way, adjective, unitAfter, unitBefore, way2] = match;
    if (way !== undefined && /^(after|before)$/i.test(way)) return tagged(context, match, "skip", []);
    const n = count === undefined ? 1 : numberOf(count);
    const word = (way ?? adjective ?? way2 ?? "").toLowerCase();
    const sign = /^(earlier|before|previous|preceding)$/.test(word) ? -1 : 1;
    const u = (unit ?? unitAfter ?? unitBefore ?? "day").toLowerCase().replace(/s$/, "");
    return n === undefined ? null : tagged(context, match, "offset", [sign * n, u]);
  },
};

/**
 * Drops what `offsetParser` skips, and chrono's own reading of the same words, before chrono's
 * refiners merge it into a date beside it ("on Monday, two days after …").
 */
export const skipRefiner: Refiner = {
  refine(_context, results) {
    const skipped = results.filter((r) => tagOf(r)?.kind === "skip");
    if (skipped.length === 0) return results;
    return results.filter((r) => !skipped.some((s) => r.index < s.index + s.text.length && s.index < r.index + r.text.length));
  },
};

/** "in 2004", "during 1988", "throughout 2007": a year. */
export const yearParser: Parser = {
  pattern: () => pattern(`(?:in|during|throughout|through)\\s+(?:the\\s+year\\s+)?(\\d{4})(?![-–/]\\d)`),
  extract(context, match) {
    const year = Number(match[1]);
    return year >= 1000 && year <= 2999 ? tagged(context, match, "year", [year]) : null;
  },
};

/** "from 1980 to 1988", "between 1980 and 1988", "1980–1988": a range of years. */
export const yearsParser: Parser = {
  pattern: () => pattern(`(?:(?:from|between)\\s+)?(\\d{4})\\s*(?:–|—|-|\\s+to\\s+|\\s+and\\s+|\\s+until\\s+)\\s*(\\d{4})`),
  extract(context, match) {
    const first = Number(match[1]);
    const last = Number(match[2]);
    // "and" joins two years only after "between": "in 1980 and 1988" names two years, not a range.
    if (/\sand\s/i.test(match[0]) && !/^between/i.test(match[0])) return null;
    return first >= 1000 && last <= 2999 && first < last ? tagged(context, match, "years", [first, last]) : null;
  },
};

/** "the 1980s", "in the early 1990s": a decade. */
export const decadeParser: Parser = {
  pattern: () => pattern(`(?:in\\s+)?the\\s+(?:(?:early|mid|late)[- ]?\\s*)?(\\d{3})0s`),
  extract: (context, match) => tagged(context, match, "decade", [match[1] ?? ""]),
};

/**
 * "eight years of destruction", "for three weeks": how long, not when. Not "eight years ago" or
 * "in eight years" (chrono dates those: the longer match wins), nor "eight years old".
 */
export const durationParser: Parser = {
  pattern: () => pattern(`${NUMBER}\\s+(years|months|weeks|days|decades)(?!\\s+(?:ago|later|earlier|before|after|old|from\\s+now|hence)${END})`),
  extract(context, match) {
    const count = numberOf(match[1] ?? "");
    return count === undefined ? null : tagged(context, match, "duration", [count, (match[2] ?? "").toLowerCase()]);
  },
};

/** "at the same time", "meanwhile": a time the text around it names. */
export const contextParser: Parser = {
  pattern: () => pattern(`(at\\s+the\\s+same\\s+time|meanwhile|in\\s+the\\s+meantime)`),
  extract: (context, match) => tagged(context, match, "context", []),
};

/** Every parser above, longest forms first (chrono keeps the longer of two overlapping matches). */
export const ENGLISH_PARSERS: readonly Parser[] = [nthDayParser, offsetParser, recentParser, seasonParser, weekParser, yearsParser, decadeParser, yearParser, durationParser, contextParser];
