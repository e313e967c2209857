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

/** A text cell read as a page shows it; `waiting` when the HTML reader has not loaded (a browser bundle). */
export type HtmlCell = { waiting: true } | { waiting: false; text: string | undefined; links: MediaSource[] };

/**
 * A cell written as HTML, read as a page shows it: its words (`undefined` when it has none), and
 * its links that `known` sources do not hold already, each a source of its own.
 *
 * @example
 * ```ts
 * readHtmlCell('<p>Talks <a href="https://www.nytimes.com/a">began</a>.</p>', []);
 * // { waiting: false, text: "Talks began.", links: [{ url: "https://www.nytimes.com/a" }] }
 * ```
 */
export function readHtmlCell(cell: string, known: readonly MediaSource[]): HtmlCell {
  if (!htmlReady(cell)) return { waiting: true };
  const text = htmlToText(cell);
  // Only what `<a href>` links to: a bare address stays in the words, as in a plain cell.
  const sources = [...known];
  addLinks(sources, htmlLinks(cell).filter((l) => l.tag === "a").map((l) => l.url));
  return { waiting: false, text: text === "" ? undefined : text, links: sources.slice(known.length) };
}

/** What of a row a sheet's HTML description is read into. */
export interface TextCells {
  description?: unknown;
  sources?: Record<string, unknown>[];
}

/**
 * A row's description read as a page shows it where written as HTML, in place: the words replace
 * the cell, its links join the row's sources, and the column is added to `read` (said once per
 * sheet). A cell that waits for the HTML reader is left out and put in `waiting` as [column,
 * value]. Titles are read as written: a sheet's headline is a line of words, and one with a tag
 * in it is likelier about HTML than in it.
 *
 * @example
 * ```ts
 * const row = { title: "Visit", description: "<p>Talks.</p>" };
 * htmlDescription(row, { description: "Desc" }, read, waiting); // row.description === "Talks."; read has "Desc"
 * ```
 */
export function htmlDescription(row: TextCells, columns: Readonly<Record<string, string>>, read: Set<string>, waiting: [string, string][]): void {
  const cell = row.description;
  const column = columns.description;
  if (typeof cell !== "string" || column === undefined || !writtenInHtml(cell)) return;
  const known = (row.sources ?? []).flatMap((s): MediaSource[] => (typeof s.url === "string" ? [{ url: s.url }] : []));
  const html = readHtmlCell(cell, known);
  if (html.waiting) {
    waiting.push([column, cell]);
    delete row.description;
    return;
  }
  read.add(column);
  if (html.text === undefined) delete row.description;
  else row.description = html.text;
  if (html.links.length > 0) row.sources = [...(row.sources ?? []), ...(html.links as Record<string, unknown>[])];
}
