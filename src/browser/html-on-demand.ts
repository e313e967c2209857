/**
 * The browser builds' stand-in for src/parse/html-read.ts: the HTML reader (./html-read.ts, its
 * tokenizer and entity names) is wanted only by a spreadsheet whose Media columns hold HTML and by
 * TimelineJS data, so it is `citeline-html.js` beside the script-tag bundle, loaded by
 * `preload("html")` (src/browser/preload.ts; the TimelineJS reader installs its own copy) and
 * installed here. Plain text, which most cells are, needs no reader: it is read here as the reader
 * reads it. A cell with markup before the reader has loaded is left out by the sheet's reader as an
 * `html-not-loaded` error (src/parse/csv.ts asks {@link htmlReady} first).
 *
 * @module
 */
import type * as Reader from "../parse/html-read.js";

export type { HtmlListener } from "../parse/html-read.js";

let reader: typeof Reader.readHtml | undefined;

/** Install the loaded reader. */
export function installHtml(loaded: typeof Reader.readHtml): void {
  reader = loaded;
}

/** Whether the reader has loaded. */
export function htmlLoaded(): boolean {
  return reader !== undefined;
}

// What the reader would have to parse: a tag, a character reference (an ampersand before a letter
// or `#`) or a NUL. "Reuters & AP" is plain text, read here as the reader reads it.
const MARKUP = /[<\0]|&[#a-z]/i;

/** See src/parse/html-read.ts: whether `html` can be read now, that is plain text or the reader loaded. */
export const htmlReady: typeof Reader.htmlReady = (html) => reader !== undefined || !MARKUP.test(html);

/** See src/parse/html-read.ts: plain text as the reader has it; markup once the reader has loaded. */
export const readHtml: typeof Reader.readHtml = (html, listener) => {
  if (reader) return reader(html, listener);
  // Callers ask htmlReady first (src/parse/csv.ts); reaching here with markup is citeline's mistake.
  if (MARKUP.test(html)) throw new Error("citeline: the HTML reader (citeline-html.js) has not loaded");
  // As the reader has it: line ends as a browser reads them, a lone "&" as itself.
  const text = html.replace(/\r\n?/g, "\n");
  if (text !== "") listener.text(text);
};
