import { Parser } from "htmlparser2";

/**
 * Plain text from the HTML that TimelineJS stores in headlines, text, captions and credits.
 *
 * @module
 */

// Elements whose content is never words on the page: dropped with everything inside them.
const SKIPPED = new Set(["script", "style", "iframe", "object", "embed", "noscript", "noembed", "template", "svg", "math", "head", "title"]);

// Elements that start and end a paragraph: a blank line between them and their neighbours.
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr"]);

// Elements that start and end a line.
const LINE = new Set(["div", "li", "dt", "dd", "tr", "section", "article", "header", "footer", "aside", "nav", "figcaption", "caption", "address", "main"]);

// HTML's own whitespace, plus the no-break space: an `&nbsp;` is spacing, not a word.
const SPACES = /[ \t\n\r\f\u00a0]+/g;

/**
 * Keep the words of an HTML fragment as plain text.
 *
 * Entities are decoded (`&amp;` → `&`, `&ldquo;` → `“`, `&#8217;` → `’`); tags and their
 * attributes are dropped; the content of `script`, `style`, `iframe`, `object` (and similar
 * non-text elements) is dropped entirely. Runs of whitespace become one space, as a browser shows
 * them. `<br>`, `<div>` and `<li>` end a line; `<p>`, `<h1>`–`<h6>` and `<blockquote>` are
 * separated by a blank line, as are two `<br>` in a row. The result is trimmed.
 *
 * The fragment is read with `htmlparser2`, never with DOM APIs: nothing is rendered, fetched or
 * run, and it works the same in Node and in browsers.
 *
 * @example
 * ```ts
 * htmlToText("<p>Iraq&rsquo;s prime minister met <b>Ahmadinejad</b>.</p><p>Talks &amp; more.</p>");
 * // "Iraq’s prime minister met Ahmadinejad.\n\nTalks & more."
 * htmlToText('Hi<script>alert(1)</script><img src=x onerror="alert(2)">'); // "Hi"
 * ```
 */
export function htmlToText(html: string): string {
  let out = "";
  // Line breaks owed before the next word: 0, 1 (new line) or 2 (new paragraph).
  let pending = 0;
  // How many skipped elements we are inside.
  let skipping = 0;

  const ensureBreak = (n: number): void => {
    if (n > pending) pending = n;
  };

  const parser = new Parser({
    onopentag(name) {
      if (SKIPPED.has(name)) {
        skipping++;
        return;
      }
      if (skipping > 0) return;
      if (name === "br") pending = Math.min(pending + 1, 2);
      else if (PARAGRAPH.has(name)) ensureBreak(2);
      else if (LINE.has(name)) ensureBreak(1);
    },
    onclosetag(name) {
      if (SKIPPED.has(name)) {
        if (skipping > 0) skipping--;
        return;
      }
      if (skipping > 0) return;
      if (PARAGRAPH.has(name)) ensureBreak(2);
      else if (LINE.has(name)) ensureBreak(1);
    },
    ontext(data) {
      if (skipping > 0) return;
      let text = data.replace(SPACES, " ");
      if (pending > 0 || out === "" || out.endsWith(" ")) text = text.trimStart();
      if (text === "") return;
      if (pending > 0) {
        if (out !== "") out = out.trimEnd() + "\n".repeat(pending);
        pending = 0;
      }
      out += text;
    },
  });
  parser.write(html);
  parser.end();
  return out.trim();
}
