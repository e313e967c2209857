/**
 * The one table of HTML elements and attributes the TimelineJS importer's HTML readers act on
 * (html-text.ts, html-links.ts), whichever reader feeds them: htmlparser2 in Node and the ESM
 * build, the script-tag bundle's own small tokenizer (src/browser/html-read.ts).
 *
 * @module
 */

/** Elements whose content is never words on the page: dropped with everything inside them. */
export const SKIPPED: ReadonlySet<string> = new Set(["script", "style", "iframe", "object", "embed", "noscript", "noembed", "template", "svg", "math", "head", "title"]);

/** Elements that start and end a paragraph: a blank line between them and their neighbours. */
export const PARAGRAPH: ReadonlySet<string> = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr"]);

/** Elements that start and end a line. */
export const LINE: ReadonlySet<string> = new Set(["div", "li", "dt", "dd", "tr", "section", "article", "header", "footer", "aside", "nav", "figcaption", "caption", "address", "main"]);

/** Elements that end a line of a credit (one source per line). */
export const CREDIT_LINE: ReadonlySet<string> = new Set(["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]);

/** Attributes that hold where an element points. `script` is left out: its src is code, not a reference. */
export const LINK_ATTRIBUTES = ["href", "src", "cite", "data"] as const;
