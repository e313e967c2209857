import { LINE, PARAGRAPH, SKIPPED } from "./html-elements.js";
import { readHtml, type HtmlListener } from "./html-read.js";

/**
 * Plain text from the HTML that TimelineJS stores in headlines, text, captions and credits.
 *
 * @module
 */

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
 * The fragment is read by html-read.ts (htmlparser2, or the script-tag bundle's own tokenizer):
 * as a string, so nothing is rendered, fetched or run.
 *
 * @example
 * ```ts
 * htmlToText("<p>Iraq&rsquo;s prime minister met <b>Ahmadinejad</b>.</p><p>Talks &amp; more.</p>");
 * // "Iraq’s prime minister met Ahmadinejad.\n\nTalks & more."
 * htmlToText('Hi<script>alert(1)</script><img src=x onerror="alert(2)">'); // "Hi"
 * ```
 */
export function htmlToText(html: string): string {
  const listener = textListener();
  readHtml(html, listener);
  return listener.result();
}

/**
 * The listener behind {@link htmlToText}, for a reader that feeds several at once (html-links.ts
 * cuts a credit into lines and reads each line's words with a fresh one).
 *
 * @example
 * ```ts
 * const words = textListener();
 * readHtml("<p>AP</p>", words);
 * words.result(); // "AP"
 * ```
 */
export function textListener(): HtmlListener & { result(): string } {
  let out = "";
  // Line breaks owed before the next word: 0, 1 (new line) or 2 (new paragraph).
  let pending = 0;
  // How many skipped elements we are inside.
  let skipping = 0;
  const ensureBreak = (n: number): void => {
    if (n > pending) pending = n;
  };
  return {
    open(name) {
      if (SKIPPED.has(name)) {
        skipping++;
        return;
      }
      if (skipping > 0) return;
      if (name === "br") pending = Math.min(pending + 1, 2);
      else if (PARAGRAPH.has(name)) ensureBreak(2);
      else if (LINE.has(name)) ensureBreak(1);
    },
    close(name) {
      if (SKIPPED.has(name)) {
        if (skipping > 0) skipping--;
        return;
      }
      if (skipping > 0) return;
      if (PARAGRAPH.has(name)) ensureBreak(2);
      else if (LINE.has(name)) ensureBreak(1);
    },
    text(data) {
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
    result: () => out.trim(),
  };
}
