/**
 * Each sentence's dated claims: its date expressions resolved against the article's date and the
 * text around them, or, when they cannot be, the reason, for a diagnostic. Nothing is guessed: a
 * day of a stay needs a day the text names, a time "at the same time" needs one named before
 * it (or the article's date), and a length of time is not a date.
 *
 * @module
 */
import type { DiagnosticCode } from "../diagnostics.js";
import { endOfDay, momentsOf, shift, type Day, type Point } from "./edtf.js";
import type { Expression, NthDay } from "./expressions.js";
import type { Sentence } from "./sentences.js";

/** A claim to draft an event from: a sentence, the expression, and the dates it gives. */
export interface Claim {
  sentence: Sentence;
  /** Where its words are in the sentence (start, end). */
  focus: [number, number];
  start: Point;
  end?: Point;
  /** An unknown start: the words say how long, not when (`end` is then the article's date). */
  openStart?: boolean;
  /** A plan or a forecast: its time is after the article's date. */
  uncertain: boolean;
  /** A title of its own, in the text's words ("Three-day visit"), for a stay named by a day of it. */
  title?: string;
  /** The words to show for its date, when they are not a date ("eight years"). */
  displayDate?: string;
}

/** What could not be dated, or was dated from the text around it. */
export interface Problem {
  code: DiagnosticCode;
  sentence: Sentence;
  expression: string;
}

/**
 * The claims of the sentences and the problems found, in text order.
 *
 * @example
 * ```ts
 * const { claims, problems } = claimsOf(sentences, expressions, { year: 2008, month: 6, day: 9 });
 * ```
 */
export function claimsOf(sentences: readonly Sentence[], expressions: readonly Expression[], reference?: Day, language = "en"): { claims: Claim[]; problems: Problem[] } {
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  let previous: Claim[] = [];
  for (const sentence of sentences) {
    const own: Claim[] = [];
    const inside = expressions.filter((e) => e.index >= sentence.start && e.index < sentence.end);
    const context: Context = { sentence, own, previous, claims, reference, dated: inside.some((e) => e.kind === "dated" && !(e.relative && !reference)) };
    for (const e of inside) {
      const focus: [number, number] = [e.index - sentence.start, e.index - sentence.start + e.text.length];
      const found = resolve(e, context);
      if (found.problem) problems.push({ code: found.problem, sentence, expression: e.text });
      for (const c of found.claims) own.push({ sentence, focus, ...c, uncertain: planned(c, sentence, reference, language) });
    }
    claims.push(...own);
    previous = own;
  }
  return { claims, problems };
}

/** What a sentence's expressions are resolved against. */
interface Context {
  sentence: Sentence;
  /** The sentence's claims so far, and the sentence before's. */
  own: readonly Claim[];
  previous: readonly Claim[];
  /** Every claim of the sentences before. */
  claims: readonly Claim[];
  reference: Day | undefined;
  /** The sentence has a date of its own. */
  dated: boolean;
}

type Found = { claims: Omit<Claim, "sentence" | "focus" | "uncertain">[]; problem?: DiagnosticCode };

// One expression: its claims, and the problem to report (then perhaps no claim).
function resolve(e: Expression, c: Context): Found {
  const { reference } = c;
  switch (e.kind) {
    case "dated":
      return e.relative && !reference ? { claims: [], problem: "draft-unresolved-date" } : { claims: [e.end ? { start: e.start, end: e.end } : { start: e.start }] };
    case "nth-day":
    case "offset":
    case "time": {
      // Counted from the day the story is telling: this sentence's, else the one before's.
      const anchor = lastDay(c.own) ?? lastDay(c.previous);
      const problem = anchor && c.own.includes(anchor) ? undefined : "draft-date-from-context";
      if (e.kind === "time") {
        const day = anchor?.start ?? reference;
        return day ? { claims: [{ start: { year: day.year, month: day.month, day: day.day, hour: e.hour, minute: e.minute } }], problem } : { claims: [], problem: "draft-unresolved-date" };
      }
      if (!anchor) return { claims: [], problem: "draft-unanchored-date" };
      return { claims: e.kind === "nth-day" ? stay(e, anchor.start) : [{ start: moved(anchor.start, e.count, e.unit) }], problem };
    }
    case "duration":
      return { claims: !c.dated && reference ? [{ start: { ...reference }, end: { ...reference }, openStart: true, displayDate: e.text }] : [], problem: "draft-undated-span" };
    case "context": {
      const before = [...c.claims.filter((x) => x.sentence.paragraph === c.sentence.paragraph), ...c.own].at(-1);
      if (!before && !reference) return { claims: [], problem: "draft-unresolved-date" };
      const start: Point = before ? { ...before.start, approximate: true } : { year: reference!.year, month: reference!.month, approximate: true };
      return { claims: [before?.end ? { start, end: before.end } : { start }], problem: "draft-date-from-context" };
    }
  }
}

// A day moved by a count of units, at the precision the unit gives: "two weeks later" is a day,
// "two months later" a month, "a year later" a year.
function moved(p: Point, count: number, unit: "day" | "week" | "month" | "year"): Point {
  const d = shift({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 }, unit === "week" ? 7 * count : count, unit === "week" ? "day" : unit);
  return unit === "month" ? { year: d.year, month: d.month } : unit === "year" ? { year: d.year } : d;
}

// The latest claim naming one day: what a day of a stay, "two days later" or a clock time counts from.
function lastDay(claims: readonly Claim[]): Claim | undefined {
  return [...claims].reverse().find((c) => !c.end && !c.openStart && c.start.day !== undefined && c.start.hour === undefined);
}

// The day itself and the whole stay, counted from it: day n of `of` is the anchor day.
function stay(e: NthDay, day: Point): Omit<Claim, "sentence" | "focus" | "uncertain">[] {
  const d: Day = { year: day.year, month: day.month ?? 1, day: day.day ?? 1 };
  const first = shift(d, 1 - e.n, "day");
  const last = shift(d, e.of - e.n, "day");
  const title = e.stay.charAt(0).toLocaleUpperCase("en") + e.stay.slice(1);
  return [{ start: { ...d } }, { start: first, end: last, title }];
}

// English words of intent and of the future: a plan or a forecast, not yet a fact. Lower case
// "may" is the verb; the month is "May".
const FUTURE = /\b(?:[Ww]ill|[Ww]ould|[Ss]hall|[Cc]ould|might|may|wants?|wanted|plans?|planned|planning|hopes?|hoped|hoping|expects?|expected|expecting|aims?|intends?|intended|scheduled|(?:is|are|set|going|due)\s+to)\b/;

// Whether a claim is a plan or a forecast: its time is all after the article's date, or runs
// past it in a sentence that speaks of the future ("wants to get it passed this summer"). In a
// language without such a list of words, a time that runs past the article's date is enough.
function planned(c: { start: Point; end?: Point; openStart?: boolean }, sentence: Sentence, reference: Day | undefined, language: string): boolean {
  if (!reference || c.openStart) return false;
  const today = endOfDay(reference);
  const [first] = momentsOf(c.start);
  const [, last] = momentsOf(c.end ?? c.start);
  if (first > today) return true;
  return last > today && (language !== "en" || FUTURE.test(sentence.text));
}
