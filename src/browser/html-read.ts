/**
 * The script-tag bundle's HTML reader: src/parse/html-read.ts's contract without htmlparser2 and
 * its entity tables (rollup.config.js swaps this file in). ./html-tokens.ts cuts the fragment into
 * tags and text; here they become elements opening and closing as htmlparser2's parser has them
 * open and close — a `<p>` closed by the next block, void elements closed at once, a stray `</p>`
 * an empty paragraph, whatever is open closed at the end — so html-text.ts and html-links.ts hear
 * the same story in Node and in the browser.
 *
 * Why not the browser's DOMParser: in Chromium a DOMParser document is held to the page's
 * Content-Security-Policy, so every `style` or `on…` attribute in TimelineJS HTML reports a
 * violation (console errors, `securitypolicyviolation` events, reports to the page's report-uri),
 * although nothing runs. Reading the string does not touch the page at all.
 *
 * @module
 */
import type { HtmlListener } from "../parse/html-read.js";
import { tokenize, type TokenSink } from "./html-tokens.js";

export type { HtmlListener } from "../parse/html-read.js";

/** See src/parse/html-read.ts: this reader reads any HTML. */
export const htmlReady: (html: string) => boolean = () => true;

const P = ["p"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
// Opening the element on the left first closes any of those on the right that is innermost.
const OPEN_CLOSES = new Map<string, ReadonlySet<string>>(
  (
    [
      ["tr", ["tr", "th", "td"]], ["th", ["th"]], ["td", ["thead", "th", "td"]], ["body", ["head", "link", "script"]], ["a", ["a"]], ["li", ["li"]],
      ["option", ["option"]], ["optgroup", ["optgroup", "option"]], ["dd", ["dd", "dt"]], ["dt", ["dd", "dt"]], ["rt", ["rt", "rp"]], ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]], ["tfoot", ["thead", "tbody"]],
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((h) => [h, HEADINGS] as const),
      ...["select", "input", "output", "button", "datalist", "textarea"].map((f) => [f, FORM] as const),
      ...["p", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map(
        (b) => [b, P] as const,
      ),
    ] as (readonly [string, readonly string[]])[]
  ).map(([name, closes]) => [name, new Set(closes)]),
);
const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
// Inside these, HTML is HTML again (and inside `foreignObject`, when in SVG).
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "desc", "title"]);

/**
 * Read `html` into `listener`: the same events, in the same order, as htmlparser2 gives.
 *
 * @example
 * ```ts
 * readHtml("<b>Iraq</b>", { open: (n) => console.log(n), text: (t) => console.log(t), close: () => {} }); // "b", "Iraq"
 * ```
 */
export function readHtml(html: string, listener: HtmlListener): void {
  html = html.replace(/\r\n?/g, "\n");
  if (!/[<&\0]/.test(html)) {
    if (html !== "") listener.text(html);
    return;
  }
  const tree = elements(listener);
  tokenize(html, tree);
  tree.finish();
}

function elements(listener: HtmlListener): TokenSink & { finish(): void } {
  // Open elements, innermost last; and what each SVG, MathML or integration point opened: foreign
  // content, or HTML again.
  const stack: string[] = [];
  const foreign: ("svg" | "math" | "html")[] = ["html"];
  const inForeign = (): boolean => foreign[foreign.length - 1] !== "html";
  const integrates = (name: string): boolean => INTEGRATION.has(name) || (name === "foreignobject" && foreign[foreign.length - 1] === "svg");
  const opened: boolean[] = [];
  const pop = (): void => {
    const name = stack.pop()!;
    if (opened.pop()) foreign.pop();
    listener.close(name);
  };
  const open = (name: string, attributes: Record<string, string>): void => {
    const closes = OPEN_CLOSES.get(name);
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    if (VOID.has(name)) {
      listener.open(name, attributes);
      listener.close(name);
      return;
    }
    const context = name === "svg" || name === "math" ? name : integrates(name) ? "html" : undefined;
    stack.push(name);
    opened.push(context !== undefined);
    if (context !== undefined) foreign.push(context);
    listener.open(name, attributes);
  };
  return {
    foreign: inForeign,
    text: (data) => listener.text(data),
    start(tag, attributes, selfClosing) {
      const name = tag === "image" && !inForeign() ? "img" : tag;
      // A form inside a form is dropped, tag and all (its content stays).
      if (name === "form" && stack.includes("form")) return;
      open(name, attributes);
      if (selfClosing && inForeign() && stack[stack.length - 1] === name) pop();
    },
    end(tag) {
      const name = tag === "image" && !inForeign() ? "img" : tag;
      if (VOID.has(name)) {
        if (name === "br") {
          listener.open("br", {});
          listener.close("br");
        }
        return;
      }
      const at = stack.lastIndexOf(name);
      if (at >= 0) while (stack.length > at) pop();
      else if (name === "p") {
        open("p", {});
        pop();
      }
    },
    finish() {
      while (stack.length > 0) pop();
    },
  };
}
