import { apiEn } from "../messages/api.js";
import type { Source, Timeline } from "../types.js";
import { sayDate, type DateWordsOptions } from "./date-words.js";

/**
 * A source ready to print: who, what, when, the relay chain, the link and the quote.
 *
 * @example
 * ```ts
 * const c = citationText(timeline, "irna");
 * if (c) console.log(`[${c.number}] ${c.text}`, c.url ?? "");
 * ```
 */
export interface CitationText {
  /** Citation number. */
  number: number;
  /** "IRNA". */
  publisher: string;
  /** Article title, when known. */
  title?: string;
  /** Author line. */
  author?: string;
  /** "June 2008" — when published, at the precision known. */
  published?: string;
  /** Publishers it was relayed through, nearest first: ["The New York Times", "Commentary on the visit"]. */
  via: string[];
  /** A safe link (http(s) or mailto), already checked by the loader. */
  url?: string;
  /** The supporting excerpt. */
  quote?: string;
  /** Publisher of the source this one contests. */
  disputes?: string;
  /** The whole line as plain text: "IRNA, via The New York Times, via Commentary on the visit". */
  text: string;
}

/**
 * How a citation is said: its date in the reader's words (see `describeDate`), and what joins a
 * relay to the publisher before it (the reader's `Messages["chart"]["via"]`).
 *
 * @example
 * ```ts
 * citationText(timeline, "irna", { locale: "fa-IR", via: "، از طریق " })?.text; // "ایرنا، از طریق …"
 * ```
 */
export interface CitationOptions extends DateWordsOptions {
  /** Before each relay's name; default ", via ". */
  via?: string;
}

/**
 * Everything a renderer prints for one source, with its `via` chain followed (and loops cut).
 *
 * @example
 * ```ts
 * citationText(timeline, "irna").text; // "IRNA, via The New York Times"
 * ```
 */
export function citationText(timeline: Timeline, id: string, options: CitationOptions = {}): CitationText | undefined {
  if (!Array.isArray((timeline as Partial<Timeline> | null | undefined)?.sources)) throw new TypeError(apiEn.notRead("citationText", timeline));
  return citeSource(timeline, id, options);
}

/** {@link citationText} unchecked, for citeline's own callers (the layout and the sources list, per source). @internal */
export function citeSource(timeline: Timeline, id: string, options: CitationOptions = {}): CitationText | undefined {
  const byId = sourceIndex(timeline.sources);
  const source = byId.get(id);
  if (!source) return undefined;
  const via: string[] = [];
  const seen = new Set([source.id]);
  for (let next = relay(source, byId); next && !seen.has(next.id); next = relay(next, byId)) {
    seen.add(next.id);
    via.push(next.publisher);
  }
  const published = source.published ? sayDate(source.published, options) : undefined;
  const relays = via.map((p) => `${options.via ?? ", via "}${p}`).join("");
  const text = source.publisher + relays + (source.title ? `, “${source.title}”` : "") + (published ? `, ${published}` : "");
  const out: CitationText = { number: source.number, publisher: source.publisher, via, text };
  if (source.title !== undefined) out.title = source.title;
  if (source.author !== undefined) out.author = source.author;
  if (published !== undefined) out.published = published;
  if (source.url !== undefined) out.url = source.url;
  if (source.quote !== undefined) out.quote = source.quote;
  const contested = source.disputes === undefined ? undefined : byId.get(source.disputes);
  if (contested) out.disputes = contested.publisher;
  return out;
}

// Built once per list of sources: it was built on every call, once per source, which made a sheet
// with thousands of sources quadratic (8,000 rows took 50 s). A loaded timeline is not changed.
const indexes = new WeakMap<readonly Source[], Map<string, Source>>();

function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  let index = indexes.get(sources);
  if (!index) indexes.set(sources, (index = new Map(sources.map((s) => [s.id, s]))));
  return index;
}

function relay(source: Source, byId: Map<string, Source>): Source | undefined {
  return source.via === undefined ? undefined : byId.get(source.via);
}
