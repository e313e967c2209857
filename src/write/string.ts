/**
 * The scene as text: HTML with inline SVG, or an SVG document. Every text and attribute value is
 * escaped here and only here; nothing the user wrote can become markup.
 *
 * @module
 */
import type { SceneElement, SceneNode } from "../scene/node.js";

// HTML elements that have no content and no end tag (`<img>`): written without `</img>`, which a
// parser would report as an error.
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Characters XML cannot hold at all (controls, noncharacters, lone surrogates): replaced, so the
// standalone SVG stays well-formed whatever the spreadsheet held.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything escapeHtml or escapeAttribute would change: markup characters, controls (tab and line
// breaks included, for attributes), surrogates (a lone one is replaced) and noncharacters.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as XML can hold it: controls, noncharacters and lone surrogates become U+FFFD. The one
 * place the string writer's text differs from the scene's (a page's DOM holds any character).
 *
 * @example
 * ```ts
 * xmlSafe("bell\u0007"); // "bell\uFFFD"
 * ```
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/**
 * Text for an element's content, in HTML and in XML: `& < > " '` become entities.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"x"</b>'); // "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  // Most text needs nothing: one test instead of two replacements (50,000 sources make millions).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Text for a double-quoted attribute value; tabs and line breaks are kept as character references.
 *
 * @example
 * ```ts
 * escapeAttribute("a\nb"); // "a&#10;b"
 * ```
 */
export function escapeAttribute(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeHtml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A style object as the CSSOM writes it back: `left: 8px; top: 4px;`. */
export function styleText(style: Readonly<Record<string, string>>): string {
  return Object.entries(style)
    .map(([name, value]) => `${name}: ${value};`)
    .join(" ");
}

/**
 * Serialise a scene. Inside an `<svg>`, an element with no children closes itself (`<rect/>`),
 * so the same text is valid HTML and valid XML.
 *
 * @example
 * ```ts
 * toMarkup(h("p", { class: "note" }, "a < b")); // '<p class="note">a &lt; b</p>'
 * ```
 */
export function toMarkup(node: SceneNode, inSvg = false): string {
  const out = { s: "" };
  write(node, inSvg, out);
  return out.s;
}

// One string grown in place (V8 keeps it as a rope until it is read), element by element.
function write(node: SceneNode, inSvg: boolean, out: { s: string }): void {
  if (typeof node === "string") {
    out.s += escapeHtml(node);
    return;
  }
  const svg = inSvg || node.tag === "svg";
  const attrs = node.attrs;
  let open = "<" + node.tag;
  for (const name in attrs) open += " " + name + '="' + escapeAttribute(attrs[name]!) + '"';
  if (node.style && Object.keys(node.style).length > 0) open += ' style="' + escapeAttribute(styleText(node.style)) + '"';
  const children = node.children;
  if (svg && children.length === 0) {
    out.s += open + "/>";
    return;
  }
  if (!svg && VOID.has(node.tag)) {
    out.s += open + ">";
    return;
  }
  out.s += open + ">";
  for (let i = 0; i < children.length; i++) write(children[i]!, svg, out);
  out.s += "</" + node.tag + ">";
}

/** Serialise an element's children only. */
export function childrenMarkup(node: SceneElement, inSvg = false): string {
  let out = "";
  for (const child of node.children) out += toMarkup(child, inSvg || node.tag === "svg");
  return out;
}
