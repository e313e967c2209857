import { Parser } from "htmlparser2";

/**
 * How the TimelineJS importer reads HTML: one pass over a fragment, told to a listener as
 * elements opening and closing and text between them. Here with `htmlparser2`, in Node and in the
 * ESM build; the script-tag bundle swaps in a small tokenizer that leaves character references
 * to the browser (src/browser/html-read.ts, by the alias in rollup.config.js) and tells the same
 * listener the same story, so html-text.ts and html-links.ts are written once.
 *
 * @module
 */

/** What a reader of an HTML fragment hears, in document order. */
export interface HtmlListener {
  /** An element opens: its lower-case name and attributes (names lower-case, entities decoded). */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  /** Text, entities decoded; one run of text may come in several pieces. */
  text(data: string): void;
  /** An element closes, written or implied (a void element closes at once). */
  close(name: string): void;
}

/**
 * Whether `html` can be read now: always here. The script-tag bundle's stand-in
 * (src/browser/html-on-demand.ts) says no for markup until its reader has loaded.
 *
 * @example
 * ```ts
 * htmlReady("<b>Iraq</b>"); // true
 * ```
 */
export const htmlReady: (html: string) => boolean = () => true;

/**
 * Read `html` into `listener`. Nothing is rendered, fetched or run.
 *
 * @example
 * ```ts
 * readHtml("<b>Iraq</b>", { open: (n) => console.log(n), text: (t) => console.log(t), close: () => {} }); // "b", "Iraq"
 * ```
 */
export function readHtml(html: string, listener: HtmlListener): void {
  // Line ends as a browser's parser reads them (CR LF and a lone CR are LF), so that credits split
  // into the same lines in Node and in the browser.
  html = html.replace(/\r\n?/g, "\n");
  // Plain text (most headlines) needs no parser.
  if (!/[<&\0]/.test(html)) {
    if (html !== "") listener.text(html);
    return;
  }
  // A NUL is dropped from text and is U+FFFD in an attribute, as a browser (and the script-tag
  // bundle's reader, src/browser/html-tokens.ts) has it.
  const parser = new Parser({
    onopentag: (name, attributes) => listener.open(name, html.includes("\0") ? withoutNul(attributes) : attributes),
    ontext: (data) => listener.text(data.replace(/\0/g, "")),
    onclosetag: (name) => listener.close(name),
  });
  parser.write(html);
  parser.end();
}

function withoutNul(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value.replace(/\0/g, "\uFFFD")]));
}
