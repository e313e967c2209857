/**
 * The parts of the scene's text described as data: a citation's parts, which runs of text are the
 * user's, and the heading levels. Pure: no DOM, no d3.
 *
 * User text is isolated from the text around it (a `<bdi>` in HTML, `unicode-bidi: plaintext` on
 * a `<tspan>` in SVG): a bidi control in a title or a publisher ("\u202Egro.elpmaxe") can then
 * never reorder our own punctuation, numbers and link text, while Arabic or Hebrew text still
 * reads in its own direction (both take their direction from their first strong character).
 *
 * @module
 */
import type { Messages } from "../messages/index.js";
import { en } from "../messages/index.js";
import type { CitationText } from "../model/citation.js";
import { safeHref } from "../model/source.js";

/** A run of text: our own words (a string), or the user's, isolated in a `<bdi>`. */
export type Run = string | { user: string };

/** One element of a citation: its tag, class, text runs, and a link's address. */
export interface CitationPart {
  tag: "span" | "cite" | "a" | "blockquote";
  cls: string;
  runs: Run[];
  /** For a block of user text alone (the quote): `dir="auto"`, so it reads in its own direction. */
  dirAuto?: boolean;
  /** For the link: its address, already checked by `safeHref`. */
  href?: string;
}

/** Value of SVG's `unicode-bidi` on the `<tspan>` holding user text: isolated, direction from its first strong character (as `<bdi>`). */
export const SVG_ISOLATE = "plaintext";

/** The words a citation is put together with, in the reader's language. */
export type CiteWords = Pick<Messages["chart"], "via" | "citeNumber" | "comma" | "quotes" | "disputes">;

/**
 * A citation as parts, in order: number, publisher, relays, “title”, author, date, a link showing
 * the host of its parsed URL (never user text), the quote. Strings between parts are bare text;
 * the punctuation and the number's digits are the reader's language's (English by default).
 *
 * @example
 * ```ts
 * citationParts(words.citation("nyt")!, messagesOf(persian, numbersFor("fa")).chart); // [{ runs: ["[۳] "] }, …]
 * ```
 */
export function citationParts(c: CitationText, w: CiteWords = en.chart): (CitationPart | string)[] {
  const out: (CitationPart | string)[] = [{ tag: "span", cls: "cl-cite-number", runs: [w.citeNumber(c.number)] }];
  out.push({ tag: "span", cls: "cl-cite-publisher", runs: [{ user: c.publisher }] });
  for (const relay of c.via) out.push({ tag: "span", cls: "cl-cite-via", runs: [w.via, { user: relay }] });
  if (c.disputes) out.push({ tag: "span", cls: "cl-cite-disputes", runs: [w.disputes, { user: c.disputes }] });
  if (c.title) out.push(w.comma, { tag: "cite", cls: "cl-cite-title", runs: [w.quotes[0], { user: c.title }, w.quotes[1]] });
  if (c.author) out.push({ tag: "span", cls: "cl-cite-author", runs: [w.comma, { user: c.author }] });
  if (c.published) out.push({ tag: "span", cls: "cl-cite-date", runs: [`${w.comma}${c.published}`] });
  const href = c.url === undefined ? undefined : safeHref(c.url);
  if (href && "href" in href) out.push(" ", { tag: "a", cls: "cl-cite-link", runs: [linkText(href.href, c.title === undefined)], href: href.href });
  if (c.quote) out.push({ tag: "blockquote", cls: "cl-cite-quote", runs: [c.quote], dirAuto: true });
  return out;
}

/** The most of an address a link shows, so a long one does not run on for lines. */
const ADDRESS_LENGTH = 60;

/**
 * What a link shows: the host of its parsed URL ("britannica.com"; an international name in its
 * ASCII form, so no look-alike letters), or the address of a mailto link — never a publisher's
 * name, which anyone can make look like a domain. With `whole`, for a source with no title to
 * tell it apart, its path and query follow the host: twenty Wikipedia articles are not twenty
 * "en.wikipedia.org"s. The path's and the query's letters are decoded where that gives plain
 * text, and stay percent-encoded where it would give a control, a bidi or other format character,
 * or a space (and in the query, what would read as another of its fields). The host always leads, and the link reads left to
 * right (`dir="ltr"`), so what follows cannot pass for another site.
 *
 * @example
 * ```ts
 * linkText("https://www.britannica.com/event/Iran-Iraq-War"); // "britannica.com"
 * linkText("https://en.wikipedia.org/wiki/Battle_of_Nineveh_(627)", true); // "en.wikipedia.org/wiki/Battle_of_Nineveh_(627)"
 * linkText("https://en.wikipedia.org/wiki/Battle_of_Nihaw%C4%81nd", true); // "en.wikipedia.org/wiki/Battle_of_Nihawānd"
 * ```
 */
export function linkText(href: string, whole = false): string {
  try {
    const url = new URL(href);
    // The URL parser percent-encodes a mailto address, so it holds no bidi control either.
    if (url.protocol === "mailto:") return url.href.slice(7);
    const host = url.hostname.replace(/^www\./, "");
    if (!whole) return host;
    const address = [...`${host}${readable(url.pathname.replace(/\/+$/, ""), PATH_KEPT)}${readable(url.search, QUERY_KEPT)}`];
    return address.length <= ADDRESS_LENGTH ? address.join("") : `${address.slice(0, ADDRESS_LENGTH - 1).join("")}…`;
  } catch {
    return href;
  }
}

// What a decoded piece must not hold: a character that could hide or reorder what a reader sees
// (a control, a bidi or other format character, a space), or the address's own punctuation; in a
// query also what separates or encodes its fields ("%26" is a letter of a value, "&" a new field).
const PATH_KEPT = /[\p{C}\p{Z}\s/?#]/u;
const QUERY_KEPT = /[\p{C}\p{Z}\s/?#&=+%]/u;

// A path's segments, or a query's names and values, in the letters they spell ("Nihaw%C4%81nd" →
// "Nihawānd", an Arabic article's title in Arabic), each left percent-encoded where decoding gives
// no text or what `kept` refuses.
function readable(part: string, kept: RegExp): string {
  return part.replace(/[^/?&=]+/g, (piece) => {
    try {
      const text = decodeURIComponent(piece);
      return kept.test(text) ? piece : text;
    } catch {
      return piece;
    }
  });
}

/**
 * Our words around the date on an unsourced event's date line, from the language's sentence for
 * it ("8 June 2008 · no source" → `["", " · no source"]`): the sentence is asked to place a
 * marker, and what stands either side of it is ours.
 *
 * @example
 * ```ts
 * noteAround((when) => `${when} · بدون منبع`); // ["", " · بدون منبع"]
 * ```
 */
export function noteAround(unsourced: (when: string) => string): readonly [string, string] {
  const [before = "", after = ""] = unsourced("\u0000").split("\u0000");
  return [before, after];
}

const ENGLISH_NOTE = noteAround(en.layout.unsourced);

/**
 * An item's date line split into our words before it, the user's part (the date in words, or the
 * display date the data gave) and ours after it (" · no source"), so the user's part can be
 * isolated from ours. A line cut short ("…") no longer ends with our note: it is the user's whole.
 *
 * @example
 * ```ts
 * subParts("8 June 2008 · no source"); // ["", "8 June 2008", " · no source"]
 * ```
 */
export function subParts(sub: string, note: readonly [string, string] = ENGLISH_NOTE): [before: string, user: string, after: string] {
  const [before, after] = note;
  if ((before || after) && sub.startsWith(before) && sub.endsWith(after) && sub.length >= before.length + after.length) return [before, sub.slice(before.length, sub.length - after.length), after];
  return ["", sub, ""];
}

/** Heading levels: the lists' headings and the card's title, and the card's "Sources" one level lower. */
export interface HeadingLevels {
  /** "Events", "Sources" and the card's title. */
  main: number;
  /** The card's "Sources", one level below (at most 6). */
  sub: number;
}

/** The default heading level: the timeline usually sits under an article's h2 sections. */
export const DEFAULT_HEADING_LEVEL = 3;

/**
 * The levels to use for a `headingLevel` option (undefined is the default, 3). The value has been
 * checked with the other options (src/options), so it is a whole number from 1 to 6.
 *
 * @example
 * ```ts
 * headingLevels(6); // { main: 6, sub: 6 }
 * ```
 */
export function headingLevels(level: number = DEFAULT_HEADING_LEVEL): HeadingLevels {
  return { main: level, sub: Math.min(level + 1, 6) };
}
