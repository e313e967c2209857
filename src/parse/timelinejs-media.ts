import { htmlLines, htmlLinks, httpLink } from "./html-links.js";
import { htmlToText } from "./html-text.js";
import { isRecord, own } from "./own.js";

/**
 * What a TimelineJS slide's media (`url`, `credit`, `caption`) and links cite, as native inline
 * sources. Media is how TimelineJS authors attribute a slide, so nothing of it is dropped: a link
 * is a citation, a credit is a publisher, a caption is a title, and words with nowhere else to go
 * are handed back for the description.
 *
 * @module
 */

/** A native inline source as the importer writes it; the model checks it. */
export interface MediaSource {
  publisher?: string;
  title?: string;
  url?: string;
  quote?: string;
  via?: MediaSource;
}

/**
 * The sources a media block names, and the words that have no source to go in.
 *
 * @example
 * ```ts
 * mediaSources({ url: "https://en.wikipedia.org/wiki/Big_Bang", credit: "", caption: "" });
 * // { sources: [{ url: "https://en.wikipedia.org/wiki/Big_Bang" }] }
 * ```
 */
export interface MediaCitations {
  /** In order: the credit's sources (one per line), then the media link when no credit holds it, then links in the caption. */
  sources: MediaSource[];
  /** A caption or quote with no credit and no link to attach to: it belongs in the description. */
  note?: string;
}

/**
 * Read a TimelineJS media block (`{ url, credit, caption }`, HTML allowed in each) into sources.
 *
 * - `credit`: one source per line (`<br>`, newline, paragraph). `X via Y` (or `X, via Y`) is X
 *   relayed by Y. A link in a line (`<a href>`) is that line's url — the relay's when the link's
 *   words are the relay's name.
 * - `url`: an http(s) (or `//host/…`) link goes to the credit's one line when that line has no
 *   link of its own, to its relay when it has one (the reader finds the item there); otherwise
 *   it is a source of its own with no publisher, which the model names after the site's host.
 *   A relative path or a YouTube id is not a link. A `<blockquote>` is a quote (its words, plain),
 *   with its `cite` — or, for an embedded post, its last link, the permalink — as the link; an
 *   `<iframe>` or other embed gives its `src`.
 * - `caption`, plain text: the title of the source holding the media link, else of the credit's
 *   sources; with neither, it is returned as `note`, as is a quote with no source.
 * - Links inside the caption are sources of their own.
 *
 * @example
 * ```ts
 * mediaSources({ url: "https://www.nytimes.com/a", credit: "IRNA via The New York Times", caption: "<i>Quoted</i>" });
 * // { sources: [{ publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/a" }, title: "Quoted" }] }
 * mediaSources({ caption: "Protesters in Baghdad" }); // { sources: [], note: "Protesters in Baghdad" }
 * ```
 */
export function mediaSources(media: unknown): MediaCitations {
  if (!isRecord(media)) return { sources: [] };
  const shown = shownMedia(own(media, "url"));
  const rawCaption = own(media, "caption");
  const caption = plainText(rawCaption);
  const credits = creditSources(own(media, "credit"));
  const sources = [...credits];
  const home = shown.link === undefined ? undefined : placeLink(sources, shown.link);
  const notes: string[] = [];

  const quoted = home ?? sources[0];
  if (shown.quote !== undefined) {
    if (quoted) quoted.quote = shown.quote;
    else notes.push(shown.quote);
  }
  if (caption !== undefined) {
    if (home !== undefined && !credits.includes(home)) home.title = caption;
    else if (credits.length > 0) for (const source of credits) source.title ??= caption;
    else notes.push(caption);
  }
  if (typeof rawCaption === "string") addLinks(sources, htmlLinks(rawCaption).filter((l) => l.tag === "a").map((l) => l.url));
  return notes.length > 0 ? { sources, note: notes.join("\n\n") } : { sources };
}

/**
 * The links of a slide's text — `<a href>`, and bare addresses, which TimelineJS makes links —
 * each a source of its own: an author who links words to an article is citing it, and the
 * plain-text description cannot keep the link. Links that `known` sources hold are left out.
 *
 * @example
 * ```ts
 * textLinkSources('Romney <a href="http://www.nytimes.com/2012/01/11/a.html">swept</a> it.');
 * // [{ url: "http://www.nytimes.com/2012/01/11/a.html" }]
 * textLinkSources("Events from https://en.wikipedia.org/wiki/Middle_Ages."); // [{ url: "https://en.wikipedia.org/wiki/Middle_Ages" }]
 * ```
 */
export function textLinkSources(html: unknown, known: readonly MediaSource[] = []): MediaSource[] {
  if (typeof html !== "string") return [];
  const sources = [...known];
  addLinks(sources, htmlLinks(html).filter((l) => l.tag === "a").map((l) => l.url));
  const bare = htmlToText(html).match(/\bhttps?:\/\/[^\s<>"']+/gi) ?? [];
  addLinks(sources, bare.map((url) => httpLink(trimAddress(url))).filter((url) => url !== undefined));
  return sources.slice(known.length);
}

// A sentence may end right after an address, or a parenthesis close round it: that punctuation is
// not part of it. A parenthesis the address opened is (`…/wiki/Grand_Canal_(China)`).
function trimAddress(url: string): string {
  let out = url.replace(/[.,;:!?'"]+$/, "");
  while (out.endsWith(")") && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length) out = out.slice(0, -1).replace(/[.,;:!?'"]+$/, "");
  return out;
}

/** HTML text → plain text; numbers become text; blank or anything else → undefined. */
function plainText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const text = htmlToText(value);
  return text === "" ? undefined : text;
}

/** What the media shows: a link to it, and the words of an excerpt. */
function shownMedia(url: unknown): { link?: string; quote?: string } {
  if (typeof url !== "string") return {};
  const text = url.trim();
  if (!text.startsWith("<")) {
    const link = httpLink(text);
    return link === undefined ? {} : { link };
  }
  const links = htmlLinks(text);
  const quote = plainText(text);
  // An embedded post (Twitter, Instagram, Bluesky) ends with its permalink; `cite` says it outright.
  const link = /^<blockquote\b/i.test(text)
    ? (links.find((l) => l.tag === "blockquote")?.url ?? links.filter((l) => l.tag === "a").at(-1)?.url)
    : (links.find((l) => l.tag !== "a")?.url ?? links[0]?.url);
  return { ...(link === undefined ? {} : { link }), ...(quote === undefined ? {} : { quote }) };
}

/** One source per line of a credit, plus any further links a line holds. */
function creditSources(credit: unknown): MediaSource[] {
  if (typeof credit === "number" && Number.isFinite(credit)) credit = String(credit);
  if (typeof credit !== "string") return [];
  return htmlLines(credit).flatMap((line) => {
    const text = line.text.replace(/\s+/g, " ");
    const anchors = line.links.filter((l) => l.tag === "a");
    if (text === "") return anchors.map((a) => ({ url: a.url }));
    const via = /^(.+?),?\s+via\s+(.+)$/is.exec(text);
    const source: MediaSource = { publisher: via ? (via[1] as string).trim() : text };
    const relay: MediaSource | undefined = via ? { publisher: (via[2] as string).trim() } : undefined;
    if (relay) source.via = relay;
    const more: string[] = [];
    for (const anchor of anchors) {
      const name = anchor.text.replace(/^via\s+/i, "");
      const target = relay && name !== "" && relay.publisher?.includes(name) ? relay : source;
      if (target.url === undefined) target.url = anchor.url;
      else more.push(anchor.url);
    }
    const sources = [source];
    addLinks(sources, more);
    return sources;
  });
}

/** Put the media link where it belongs (see `mediaSources`); returns the source holding it. */
function placeLink(sources: MediaSource[], link: string): MediaSource {
  const holder = sources.find((s) => sameLink(s.url, link) || sameLink(s.via?.url, link));
  if (holder) return holder;
  const only = sources.length === 1 ? sources[0] : undefined;
  if (only && only.url === undefined && only.via?.url === undefined) {
    if (only.via) only.via.url = link;
    else only.url = link;
    return only;
  }
  const own_: MediaSource = { url: link };
  sources.push(own_);
  return own_;
}

/**
 * Add each link to `sources` as a source of its own, unless a source there (or its relay) holds
 * the same page already.
 *
 * @example
 * ```ts
 * const sources = [{ url: "https://www.irna.ir/" }];
 * addLinks(sources, ["http://irna.ir", "https://apnews.com/x"]); // sources gains { url: "https://apnews.com/x" }
 * ```
 */
export function addLinks(sources: MediaSource[], links: readonly string[]): void {
  for (const url of links) {
    if (!sources.some((s) => sameLink(s.url, url) || sameLink(s.via?.url, url))) sources.push({ url });
  }
}

// The same page whether written with http or https, www. or not, a trailing slash or not.
function sameLink(a: string | undefined, b: string): boolean {
  const key = (url: string): string => {
    const rest = url.replace(/^https?:\/\/(www\.)?/i, "").replace(/\/$/, "");
    const slash = rest.indexOf("/");
    return slash < 0 ? rest.toLowerCase() : rest.slice(0, slash).toLowerCase() + rest.slice(slash);
  };
  return a !== undefined && key(a) === key(b);
}
