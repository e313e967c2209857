import { Parser } from "htmlparser2";

/**
 * The links in the HTML that TimelineJS stores in credits, captions, text and embedded media, and
 * the lines a credit is written on. Read with `htmlparser2`, like html-text.ts: nothing is
 * rendered, fetched or run.
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

// Attributes that hold where an element points. `script` is left out: its src is code, not a reference.
const LINK_ATTRIBUTES = ["href", "src", "cite", "data"] as const;

// Elements whose content ends a line of a credit.
const LINE_BREAKS = new Set(["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]);

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
  const links: HtmlLink[] = [];
  // Open anchors, innermost last, each with the words read so far.
  const anchors: HtmlLink[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
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
    ontext(data) {
      for (const anchor of anchors) anchor.text += data;
    },
    onclosetag(name) {
      if (name === "a") anchors.pop();
    },
  });
  parser.write(html);
  parser.end();
  for (const link of links) link.text = link.text.replace(/\s+/g, " ").trim();
  return links;
}

/**
 * A fragment cut where its lines end — at `<br>`, at a newline, around `<p>`, `<div>` or `<li>` —
 * each piece still HTML, blank ones dropped. A credit for two pictures names one per line.
 *
 * @example
 * ```ts
 * htmlLines("Photo: <a href='https://x.example'>Tom</a><br/>Map: CBS via Wikimedia");
 * // ["Photo: <a href='https://x.example'>Tom</a>", "Map: CBS via Wikimedia"]
 * ```
 */
export function htmlLines(html: string): string[] {
  const cuts: [number, number][] = [];
  const parser: Parser = new Parser({
    onopentag(name) {
      if (LINE_BREAKS.has(name)) cuts.push([parser.startIndex, parser.endIndex + 1]);
    },
    onclosetag(name) {
      if (LINE_BREAKS.has(name) && name !== "br") cuts.push([parser.startIndex, parser.endIndex + 1]);
    },
    ontext() {
      // Positions in the source, not in the decoded text: an entity before the newline would shift them.
      const raw = html.slice(parser.startIndex, parser.endIndex + 1);
      for (let at = raw.indexOf("\n"); at >= 0; at = raw.indexOf("\n", at + 1)) cuts.push([parser.startIndex + at, parser.startIndex + at + 1]);
    },
  });
  parser.write(html);
  parser.end();
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    pieces.push(html.slice(from, start));
    from = Math.max(from, end);
  }
  pieces.push(html.slice(from));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
}
