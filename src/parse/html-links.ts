import { CREDIT_LINE, LINK_ATTRIBUTES } from "./html-elements.js";
import { readHtml, type HtmlListener } from "./html-read.js";
import { textListener } from "./html-text.js";

/**
 * The links in the HTML that TimelineJS stores in credits, captions, text and embedded media, and
 * the lines a credit is written on. Read by html-read.ts, like html-text.ts: nothing is rendered,
 * fetched or run.
 *
 * @module
 */

/** One link in a fragment: the element and attribute it is in, and an anchor's words. */
export interface HtmlLink {
  /** Lower-case element name: `a`, `iframe`, `blockquote`, … */
  tag: string;
  /** The http(s) address (a `//host/…` one made https). */
  url: string;
  /** The words inside an `<a>`, whitespace collapsed; empty for other elements. */
  text: string;
}

/** One line of a fragment: its words (as `htmlToText` gives them) and its links (as `htmlLinks`). */
export interface HtmlLine {
  text: string;
  links: HtmlLink[];
}

/**
 * An http(s) address from text as a TimelineJS author writes it: `https://…`, `http://…`, or
 * protocol-relative `//host/…` (which TimelineJS pages load over https). Anything else —
 * a relative path, a YouTube id, words — is not a link: `undefined`.
 *
 * @example
 * ```ts
 * httpLink(" //www.flickr.com/photos/x/1/ "); // "https://www.flickr.com/photos/x/1/"
 * httpLink("/static/img/family.jpg");         // undefined
 * ```
 */
export function httpLink(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\/\/[^/\s]+\.[^/\s]+(\/\S*)?$/.test(trimmed)) return `https:${trimmed}`;
  return /^https?:\/\/[^/\s]+\S*$/i.test(trimmed) ? trimmed : undefined;
}

/**
 * Every http(s) link of an HTML fragment, in document order: anchors' `href`, embeds' `src`
 * (`iframe`, `img`, `video`, …), a blockquote's `cite`, an object's `data`. `<script src>` is not
 * a link. Entities in attributes are decoded (`&amp;` → `&`).
 *
 * @example
 * ```ts
 * htmlLinks('<a href="https://apnews.com">AP</a> <iframe src="//x.example/e"></iframe>');
 * // [{ tag: "a", url: "https://apnews.com", text: "AP" }, { tag: "iframe", url: "https://x.example/e", text: "" }]
 * ```
 */
export function htmlLinks(html: string): HtmlLink[] {
  const listener = linkListener();
  readHtml(html, listener);
  return listener.result();
}

function linkListener(): HtmlListener & { result(): HtmlLink[] } {
  const links: HtmlLink[] = [];
  // Open anchors, innermost last, each with the words read so far.
  const anchors: HtmlLink[] = [];
  return {
    open(name, attributes) {
      if (name === "script") return;
      for (const attribute of LINK_ATTRIBUTES) {
        const value = attributes[attribute];
        const url = value === undefined ? undefined : httpLink(value);
        if (url === undefined) continue;
        const link = { tag: name, url, text: "" };
        links.push(link);
        if (name === "a") anchors.push(link);
        break;
      }
    },
    text(data) {
      for (const anchor of anchors) anchor.text += data;
    },
    close(name) {
      if (name === "a") anchors.pop();
    },
    result() {
      for (const link of links) link.text = link.text.replace(/\s+/g, " ").trim();
      return links;
    },
  };
}

/**
 * A fragment cut where its lines end — at `<br>`, at a newline, around `<p>`, `<div>` or `<li>` —
 * each line's words and links read as if it stood alone (an element open across the cut does not
 * carry over), blank lines dropped. A credit for two pictures names one per line.
 *
 * @example
 * ```ts
 * htmlLines("Photo: <a href='https://x.example'>Tom</a><br/>Map: CBS via Wikimedia");
 * // [{ text: "Photo: Tom", links: [{ tag: "a", url: "https://x.example", text: "Tom" }] },
 * //  { text: "Map: CBS via Wikimedia", links: [] }]
 * ```
 */
export function htmlLines(html: string): HtmlLine[] {
  const lines: HtmlLine[] = [];
  let words = textListener();
  let links = linkListener();
  const cut = (): void => {
    const line = { text: words.result(), links: links.result() };
    if (line.text !== "" || line.links.length > 0) lines.push(line);
    words = textListener();
    links = linkListener();
  };
  // The element that ends a line belongs to neither line, as a cut in the source would leave it out.
  readHtml(html, {
    open(name, attributes) {
      if (CREDIT_LINE.has(name)) return cut();
      words.open(name, attributes);
      links.open(name, attributes);
    },
    close(name) {
      if (CREDIT_LINE.has(name)) return name === "br" ? undefined : cut();
      words.close(name);
      links.close(name);
    },
    text(data) {
      data.split("\n").forEach((piece, i) => {
        if (i > 0) cut();
        words.text(piece);
        links.text(piece);
      });
    },
  });
  cut();
  return lines;
}
