/**
 * The script-tag bundle's HTML tokenizer: a fragment cut into start tags (with their attributes),
 * end tags and text, as htmlparser2's tokenizer cuts it in Node — comments, doctypes and
 * processing instructions dropped; the content of `script`, `style` and the other raw-text
 * elements kept whole; character references decoded (./html-entities.ts). It only reads the
 * string: nothing is parsed into a document, so nothing can load, run or be reported by a
 * Content-Security-Policy. ./html-read.ts builds the elements' opening and closing from it.
 *
 * @module
 */
import { decodeAttribute, decodeText } from "./html-entities.js";

/** What the tokenizer tells, in order. */
export interface TokenSink {
  start(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  end(name: string): void;
  text(data: string): void;
  /** Whether the tokenizer is inside SVG or MathML, where `<style>` is an element like any other and `<![CDATA[` is text. */
  foreign(): boolean;
}

// Elements whose content is text up to their own end tag: raw, or with references decoded.
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"]);
const ESCAPABLE_RAW_TEXT = new Set(["title", "textarea"]);
const RAW_NAMES = [...RAW_TEXT, ...ESCAPABLE_RAW_TEXT];

const isLetter = (c: string | undefined): boolean => c !== undefined && /^[a-zA-Z]$/.test(c);
const isSpace = (c: string | undefined): boolean => c === " " || c === "\n" || c === "\t" || c === "\f";

/**
 * Tokenize `html` into `sink`.
 *
 * @example
 * ```ts
 * tokenize("<b class=x>Iraq&rsquo;s</b>", sink); // start("b", { class: "x" }), text("Iraq’s"), end("b")
 * ```
 */
export function tokenize(html: string, sink: TokenSink): void {
  for (let at = 0; at < html.length; ) {
    const lt = html.indexOf("<", at);
    const end = lt < 0 ? html.length : lt;
    if (end > at) sink.text(decodeText(html.slice(at, end)).replace(/\0/g, ""));
    at = lt < 0 ? html.length : markup(html, lt, sink);
  }
}

// At a `<`: a tag, a comment or other markup declaration, or a plain `<`. Returns where text resumes.
function markup(html: string, lt: number, sink: TokenSink): number {
  const next = html[lt + 1];
  if (isLetter(next)) return startTag(html, lt, sink);
  if (next === "/") {
    if (isLetter(html[lt + 2])) return endTag(html, lt, sink);
    if (html[lt + 2] === ">") return lt + 3;
    if (lt + 2 >= html.length) {
      sink.text("</");
      return html.length;
    }
    return afterGt(html, lt + 2);
  }
  if (next === "!") {
    if (html.startsWith("<!--", lt)) return comment(html, lt + 4);
    if (html.startsWith("[CDATA[", lt + 2)) {
      // Text inside SVG or MathML, a comment elsewhere; unclosed, a comment to the end.
      const close = html.indexOf("]]>", lt + 9);
      if (close < 0) return html.length;
      if (sink.foreign()) sink.text(html.slice(lt + 9, close));
      return close + 3;
    }
    return afterGt(html, lt + 2);
  }
  if (next === "?") return afterGt(html, lt + 1);
  sink.text("<");
  return lt + 1;
}

const afterGt = (html: string, from: number): number => {
  const gt = html.indexOf(">", from);
  return gt < 0 ? html.length : gt + 1;
};

// `<!--` read: the comment ends at `-->` (or `--!>`); `<!-->` and `<!--->` are empty comments.
function comment(html: string, from: number): number {
  if (html[from] === ">") return from + 1;
  if (html.startsWith("->", from)) return from + 2;
  const ends = [html.indexOf("-->", from), html.indexOf("--!>", from)].filter((i) => i >= 0);
  if (ends.length === 0) return html.length;
  const close = Math.min(...ends);
  return close + (html.startsWith("--!>", close) ? 4 : 3);
}

/** A tag's name and attributes from `from` (just past `<` or `</`); undefined when the input ends inside it (the tag is dropped). */
function readTag(html: string, from: number): { name: string; attributes: Record<string, string>; selfClosing: boolean; next: number } | undefined {
  let at = from;
  while (at < html.length && !isSpace(html[at]) && html[at] !== "/" && html[at] !== ">") at++;
  const name = html.slice(from, at).toLowerCase().replace(/\0/g, "\ufffd");
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (;;) {
    while (isSpace(html[at])) at++;
    if (at >= html.length) return undefined;
    if (html[at] === ">") return { name, attributes, selfClosing: false, next: at + 1 };
    if (html[at] === "/") {
      if (html[at + 1] === ">") return { name, attributes, selfClosing: true, next: at + 2 };
      at++;
      continue;
    }
    const nameStart = at++;
    while (at < html.length && !isSpace(html[at]) && html[at] !== "/" && html[at] !== ">" && html[at] !== "=") at++;
    const attribute = html.slice(nameStart, at).toLowerCase().replace(/\0/g, "\ufffd");
    while (isSpace(html[at])) at++;
    let value = "";
    if (html[at] === "=") {
      at++;
      while (isSpace(html[at])) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        if (close < 0) return undefined;
        value = html.slice(at + 1, close);
        at = close + 1;
      } else {
        const valueStart = at;
        while (at < html.length && !isSpace(html[at]) && html[at] !== ">") at++;
        value = html.slice(valueStart, at);
      }
    }
    if (!(attribute in attributes)) attributes[attribute] = decodeAttribute(value).replace(/\0/g, "\ufffd");
  }
}

function startTag(html: string, lt: number, sink: TokenSink): number {
  const tag = readTag(html, lt + 1);
  if (!tag) {
    // Cut off by the end while its name could still become a raw-text element's ("a<t", "a<scr"),
    // htmlparser2 gives the name as text ("at"); any other unfinished tag is dropped.
    const rest = html.slice(lt + 1);
    if (/^[a-z]+$/i.test(rest) && RAW_NAMES.some((name) => name.startsWith(rest.toLowerCase()))) sink.text(rest);
    return html.length;
  }
  const raw = !sink.foreign() && (RAW_TEXT.has(tag.name) || ESCAPABLE_RAW_TEXT.has(tag.name));
  sink.start(tag.name, tag.attributes, tag.selfClosing);
  if (!raw) return tag.next;
  // The content runs to the element's own end tag (`</script` then a space, `/` or `>`), or to the end.
  const close = tag.name === "plaintext" ? -1 : html.slice(tag.next).search(new RegExp(`</${tag.name}[\\s/>]`, "i"));
  const content = html.slice(tag.next, close < 0 ? html.length : tag.next + close);
  if (content !== "") sink.text(ESCAPABLE_RAW_TEXT.has(tag.name) ? decodeText(content) : content);
  return close < 0 ? html.length : endTag(html, tag.next + close, sink);
}

function endTag(html: string, lt: number, sink: TokenSink): number {
  const tag = readTag(html, lt + 2);
  if (!tag) return html.length;
  sink.end(tag.name);
  return tag.next;
}
