// Reading written markup back as data, to compare what the two writers made: the string writer's
// text parsed by jsdom, and the DOM the patcher built.

import { xmlSafe } from "../../src/write/string.js";

// jsdom ships no types and the project has no @types/jsdom: the little used here, typed.
interface Jsdom {
  JSDOM: new (html?: string) => { window: Window & typeof globalThis };
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- a string, so TypeScript looks for no types
const { JSDOM } = (await import("jsdom" as string)) as Jsdom;

export const jsdomWindow = () => new JSDOM("<!doctype html><html><body></body></html>").window;

export function parseHtml(html: string): Document {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
}

export function ssrSvg(html: string): SVGSVGElement {
  const svg = parseHtml(html).querySelector<SVGSVGElement>("svg.cl-svg");
  if (!svg) throw new Error("no svg.cl-svg in the output");
  return svg;
}

/** The same 0.1 px rounding as the scene, applied to every number in an attribute. */
export const normalise = (value: string) =>
  value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => {
    const r = Math.round(parseFloat(n) * 10) / 10;
    return Object.is(r, -0) ? "0" : String(r);
  });

export interface TreeNode {
  tag: string;
  attrs: string[];
  text?: string;
  children: TreeNode[];
}

/** An element as data: tag, sorted attributes (numbers rounded), its own text, children. */
export function tree(el: Element, skip: (el: Element) => boolean = () => false): TreeNode {
  const children = [...el.children].filter((c) => !skip(c)).map((c) => tree(c, skip));
  const attrs = [...el.attributes].map((a) => `${a.name}=${normalise(a.value)}`).sort();
  const node: TreeNode = { tag: el.localName, attrs, children };
  const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("");
  if (own !== "") node.text = own;
  return node;
}

/**
 * Markup of a DOM subtree in the string writer's dialect, attributes in sorted order: empty
 * elements inside an svg close themselves; text is escaped as the writer escapes it. Two trees
 * with the same markup here are the same nodes, attributes and text.
 */
export function markupOf(node: Node, inSvg = false, skip: (el: Element) => boolean = () => false): string {
  if (node.nodeType === 3) return escape(node.textContent ?? "");
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const svg = inSvg || el.localName === "svg";
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).sort().join("");
  const kids = [...el.childNodes].filter((c) => c.nodeType !== 1 || !skip(c as Element));
  if (svg && kids.length === 0) return `<${el.localName}${attrs}/>`;
  return `<${el.localName}${attrs}>${kids.map((c) => markupOf(c, svg, skip)).join("")}</${el.localName}>`;
}

// As the string writer holds text: what XML cannot carry is U+FFFD there (the DOM keeps it).
const escape = (text: string) => xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A whole document parsed by jsdom. */
export function parseDocument(html: string): Document {
  return new JSDOM(html).window.document;
}
