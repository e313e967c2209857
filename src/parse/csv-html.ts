/**
 * A sheet's description cells written as HTML. A newsroom's sheet is often filled from a CMS or
 * by hand for a page of its own, and its description column then holds what the page held:
 * `<p>…</p> <p>…</p>`, a link, some `<em>`. Shown as written, a reader sees the tags; read as a
 * page shows it, the words stay, the markup goes, and each link is cited as a source of its row,
 * as the TimelineJS reader reads a slide's text.
 *
 * @module
 */
import { LINE, PARAGRAPH, SKIPPED } from "./html-elements.js";
import { htmlLinks } from "./html-links.js";
import { htmlToText } from "./html-text.js";
import { htmlReady } from "./html-read.js";
import { addLinks, type MediaSource } from "./timelinejs-media.js";

// Elements a web page's text is written with: those the HTML reader acts on, and the inline ones.
// A cell is HTML only when it holds one of these as a tag, so "x < y", "<Ctrl>" or "Q&A" in a
// plain cell are read as the words they are.
const ELEMENTS = [...SKIPPED, ...PARAGRAPH, ...LINE, "br|a|b|i|em|strong|u|s|span|sup|sub|small|mark|code|q|cite|abbr|font|img|del|ins|td|th"].join("|");
const TAG = new RegExp(`<\\/?(?:${ELEMENTS})(?:[\\s/][^<>]*)?>`, "i");

/**
 * Whether a text cell is written as HTML: it holds a tag of an element a page's text is written
 * with.
 *
 * @example
 * ```ts
 * writtenInHtml("<p>The Nisei watched.</p>"); // true
 * writtenInHtml("Press <Ctrl> and 3 < 4"); // false
 * ```
 */
export function writtenInHtml(cell: string): boolean {
  return cell.includes("<") && TAG.test(cell);
}

/** What of a row a sheet's HTML description is read into. */
export interface TextCells {
  description?: unknown;
  sources?: Record<string, unknown>[];
}

/**
 * A row's description read as a page shows it where written as HTML, in place: the words replace
 * the cell (none left, no description), and each `<a href>` it links to that the row does not
 * cite already joins the row's sources. Returns whether it was HTML: `"read"`, or `"waiting"` when
 * the HTML reader has not loaded (a browser bundle), the cell then left out. Titles are read as
 * written: a sheet's headline is a line of words, and one with a tag in it is likelier about HTML
 * than in it.
 *
 * @example
 * ```ts
 * const row = { title: "Visit", description: "<p>Talks.</p>" };
 * htmlDescription(row); // "read"; row.description === "Talks."
 * ```
 */
export function htmlDescription(row: TextCells): "read" | "waiting" | undefined {
  const cell = row.description;
  if (typeof cell !== "string" || !writtenInHtml(cell)) return undefined;
  if (!htmlReady(cell)) {
    delete row.description;
    return "waiting";
  }
  const text = htmlToText(cell);
  if (text === "") delete row.description;
  else row.description = text;
  // Only what `<a href>` links to: a bare address stays in the words, as in a plain cell.
  const sources: MediaSource[] = (row.sources ?? []).flatMap((s) => (typeof s.url === "string" ? [{ url: s.url }] : []));
  const known = sources.length;
  addLinks(sources, htmlLinks(cell).filter((l) => l.tag === "a").map((l) => l.url));
  if (sources.length > known) row.sources = [...(row.sources ?? []), ...(sources.slice(known) as Record<string, unknown>[])];
  return "read";
}
