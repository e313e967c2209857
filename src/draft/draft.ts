/**
 * A first draft of a timeline from a news article: one event per dated claim, each quoting its
 * sentence and marked `draft: true` until a person has checked it. See docs/drafting.md.
 *
 * @module
 */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { readDate } from "../model/date.js";
import { LIMITS } from "../model/fields.js";
import { safeHref } from "../model/source.js";
import { languageOf } from "../options.js";
import type { EventInput, SourceInput, TimelineInput } from "../types.js";
import { claimsOf, type Claim } from "./claims.js";
import { datelineOf, type Dateline } from "./dateline.js";
import { dayOf, edtfOf, loads, type Day } from "./edtf.js";
import { expressionsOf, readerFor, type Reader } from "./expressions.js";
import { sentencesOf, type Sentence } from "./sentences.js";
import { titleOf } from "./title.js";

/**
 * What a draft knows about its article besides the text.
 *
 * @example
 * ```ts
 * const options: DraftOptions = { published: "2008-06-09", publisher: "The New York Times", locale: "en-US" };
 * ```
 */
export interface DraftOptions {
  /**
   * When the article was published (EDTF, such as `2008-06-09`): relative dates ("on Sunday",
   * "this summer") count from it, unless a dateline at the head of the text names the day.
   */
  published?: string;
  /** Who published it: the publisher of every event's citation. */
  publisher?: string;
  /** The article's title: the timeline's title and every citation's. */
  title?: string;
  /** Where to read it (http or https). */
  url?: string;
  /** The article's language, as a BCP 47 tag; default `en`. */
  locale?: string;
}

/**
 * A draft: a native timeline (every event `draft: true`, each citing the sentence it came from)
 * and the diagnostics of what could not be dated, each naming its sentence.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics } = draftTimeline(text, { published: "2008-06-09" });
 * ```
 */
export interface DraftResult {
  timeline: TimelineInput;
  diagnostics: Diagnostic[];
}

/**
 * Draft a timeline from an article's text. Every date expression (found by chrono-node) becomes an
 * event at the precision its words give: "on Sunday" a day, "this summer" a season (uncertain when
 * it lies after the article's date: a plan is not yet a fact), "in the past week" a span up to
 * the article's date. A sentence without a date gives no event; an expression that cannot be dated
 * gives a diagnostic (section `text`, `index` the sentence, `value` the sentence) and no event.
 * Nothing is made up: the titles are the sentences' own words, shortened.
 *
 * @example
 * ```ts
 * import { draftTimeline, loadTimeline } from "citeline/core";
 * const { timeline, diagnostics } = draftTimeline(articleText, { published: "2008-06-09", publisher: "The New York Times" });
 * loadTimeline(timeline).timeline.events.every((e) => e.draft); // true, until a person checks them
 * ```
 */
export function draftTimeline(text: string, options: DraftOptions = {}): DraftResult {
  const diagnostics: Diagnostic[] = [];
  const body = (typeof text === "string" ? text : "").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const locale = options.locale ?? "en";
  const reader = readerOf(locale, diagnostics);
  const published = publishedOf(options.published, diagnostics);
  const dateline = body.trim() === "" ? undefined : datelineOf(body, reader, published?.day);
  const reference = dateline ? (dateline.day ?? undefined) : published?.day;
  const sentences = sentencesOf(body, locale);
  const expressions = expressionsOf(body, reader, reference).filter((e) => !dateline || e.index >= dateline.end);
  const { claims, problems } = claimsOf(sentences, expressions, reference, reader.language);
  // A dateline whose year is not known (and no publication date) leaves its relative dates undated: say which.
  if (dateline && !dateline.day && sentences[0]) problems.unshift({ code: "draft-unresolved-date", sentence: sentences[0], expression: dateline.date });
  for (const p of problems) diagnostics.push(diagnostic(p.code, { section: "text", index: p.sentence.n }, { value: p.sentence.text, detail: p.expression }));
  const source = sourceOf(options, locale, published?.edtf, diagnostics);
  const events = eventsOf(claims, source, dateline, locale);
  const timeline: TimelineInput = options.title?.trim() ? { title: options.title.trim(), events } : { events };
  return { timeline, diagnostics };
}

function readerOf(locale: string, diagnostics: Diagnostic[]): Reader {
  const reader = readerFor(locale);
  if (reader) return reader;
  diagnostics.push(diagnostic("draft-language", { section: "timeline", field: "locale" }, { value: locale }));
  return readerFor("en")!;
}

// The publication date as written (when the model reads it) and, when it names a day, that day.
function publishedOf(raw: string | undefined, diagnostics: Diagnostic[]): { edtf: string; day?: Day } | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const read = readDate(raw.trim());
  if (!read.ok) {
    diagnostics.push(diagnostic(read.code, { section: "timeline", field: "published" }, { value: raw, detail: read.detail, readings: read.readings, reason: read.reason }));
    return undefined;
  }
  const precise = ["day", "hour", "minute", "second", "instant"].includes(read.date.precision) && !read.end;
  return precise ? { edtf: read.date.edtf, day: dayOf(read.date.earliest) } : { edtf: read.date.edtf };
}

// The article as a citation, but for its quote (each event's own sentence).
function sourceOf(options: DraftOptions, locale: string, published: string | undefined, diagnostics: Diagnostic[]): Omit<SourceInput, "quote"> {
  const publisher = options.publisher?.trim() || languageOf({ locale }).messages.chart.unknownPublisher;
  const source: Omit<SourceInput, "quote"> = { publisher };
  if (options.title?.trim()) source.title = options.title.trim();
  if (published) source.published = published;
  const url = options.url?.trim();
  if (url) {
    const safe = safeHref(url);
    if ("href" in safe) source.url = safe.href;
    else diagnostics.push(diagnostic(safe.problem, { section: "timeline", field: "url" }, { value: url }));
  }
  return source;
}

// One event per claim, in the text's order; a claim repeating another of its sentence is left out.
function eventsOf(claims: readonly Claim[], source: Omit<SourceInput, "quote">, dateline: Dateline | undefined, locale: string): EventInput[] {
  const events: EventInput[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const start = c.openStart ? `/${edtfOf(c.end!, true)}` : edtfOf(c.start, c.uncertain);
    const end = c.end && !c.openStart ? edtfOf(c.end, c.uncertain) : undefined;
    if (!loads(start) || (end !== undefined && !loads(end))) continue;
    const title = c.title ?? headline(c, dateline, locale);
    const key = `${c.sentence.n}|${start}|${end ?? ""}|${title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const event: EventInput = { title, start };
    if (end !== undefined) event.end = end;
    if (c.displayDate !== undefined) event.displayDate = c.displayDate;
    // Its id names the sentence as the diagnostics do (text[4] is article-4).
    event.sources = [{ id: `article-${c.sentence.n}`, ...source, quote: quoteOf(c.sentence) }];
    event.draft = true;
    events.push(event);
  }
  return events;
}

// The sentence shortened around the claim's words, without the dateline it may start with.
function headline(c: Claim, dateline: Dateline | undefined, locale: string): string {
  const cut = dateline && c.sentence.start < dateline.end ? Math.min(dateline.end - c.sentence.start, c.sentence.text.length) : 0;
  const text = c.sentence.text.slice(cut);
  const title = titleOf(text, [Math.max(0, c.focus[0] - cut), Math.max(0, c.focus[1] - cut)], locale);
  return title.trim() === "" ? titleOf(c.sentence.text, c.focus, locale) : title;
}

// The sentence, as the citation's quote (cut only past the longest quote a source may hold).
function quoteOf(sentence: Sentence): string {
  return sentence.text.length <= LIMITS.quote ? sentence.text : `${sentence.text.slice(0, LIMITS.quote - 1)}…`;
}
