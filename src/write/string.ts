/**
 * The scene as text: HTML with inline SVG, or an SVG document. Every text and attribute value is
 * escaped here and only here; nothing the user wrote can become markup.
 *
 * @module
 */
import type { SceneElement, SceneNode } from "../scene/node.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Characters XML cannot hold at all (controls, noncharacters, lone surrogates): replaced, so the
// standalone SVG stays well-formed whatever the spreadsheet held.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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
  if (typeof node === "string") return escapeHtml(node);
  const svg = inSvg || node.tag === "svg";
  let open = `<${node.tag}`;
  for (const name in node.attrs) open += ` ${name}="${escapeAttribute(node.attrs[name]!)}"`;
  if (node.style && Object.keys(node.style).length > 0) open += ` style="${escapeAttribute(styleText(node.style))}"`;
  if (svg && node.children.length === 0) return `${open}/>`;
  let inner = "";
  for (const child of node.children) inner += toMarkup(child, svg);
  return `${open}>${inner}</${node.tag}>`;
}

/** Serialise an element's children only. */
export function childrenMarkup(node: SceneElement, inSvg = false): string {
  let out = "";
  for (const child of node.children) out += toMarkup(child, inSvg || node.tag === "svg");
  return out;
}
