/**
 * What is drawn, as plain data: a tree of `{ tag, key?, attrs, children }` with strings for text.
 * The scene functions build it; `write/dom.ts` patches it into a page and `write/string.ts`
 * serialises it, so the browser and the server cannot draw two different pictures.
 *
 * Nodes are never changed once made: a function that returns the same node object as last time
 * says "nothing here changed", and the patcher skips that subtree without looking inside.
 *
 * @module
 */

/** Attribute values, already formatted (numbers rounded by {@link num}). */
export type Attrs = Readonly<Record<string, string>>;

/** An element of the scene. */
export interface SceneElement {
  readonly tag: string;
  /** Identity among its siblings (an event id): the patcher moves a keyed node rather than rewriting another. */
  readonly key?: string;
  /**
   * A group of interchangeable nodes (clusters): an element of the group that no key matched may
   * take over a node of the group whose key went, rather than the patcher removing one node and
   * making another. Only meaningful to the DOM writer.
   */
  readonly reuse?: string;
  readonly attrs: Attrs;
  /** Inline style, written through the CSSOM in a page (a strict CSP allows that, not a style attribute). */
  readonly style?: Readonly<Record<string, string>>;
  readonly children: readonly SceneNode[];
  /**
   * Children not in the scene are left alone (the brush draws its own handles into this element).
   * Only meaningful to the DOM writer; the string writer writes the scene's children.
   */
  readonly open?: boolean;
}

/** A node: an element, or text. Text is always text, never markup. */
export type SceneNode = SceneElement | string;

/** What {@link h} accepts as an attribute value: absent (null, undefined, false), present ("" for true), or a value. */
export type AttrValue = string | number | boolean | null | undefined;

/** A coordinate, rounded to 0.1 px so output is the same on every run and machine. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/**
 * An element. Attributes that are null, undefined or false are left out; `true` is present and
 * empty; numbers are rounded to 0.1.
 *
 * @example
 * ```ts
 * h("rect", { class: "cl-box", x: 10.04, width: 20 }); // { tag: "rect", attrs: { class: "cl-box", x: "10", width: "20" }, children: [] }
 * ```
 */
export function h(tag: string, attrs: Readonly<Record<string, AttrValue>> = {}, children: readonly SceneNode[] | string = [], extra?: { key?: string; reuse?: string | undefined; style?: Record<string, string>; open?: boolean }): SceneElement {
  const out: Record<string, string> = {};
  for (const name in attrs) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) continue;
    out[name] = value === true ? "" : typeof value === "number" ? num(value) : value;
  }
  const node: { -readonly [K in keyof SceneElement]: SceneElement[K] } = { tag, attrs: out, children: typeof children === "string" ? (children ? [children] : []) : normal(children) };
  if (extra?.key !== undefined) node.key = extra.key;
  if (extra?.reuse !== undefined) node.reuse = extra.reuse;
  if (extra?.style) node.style = extra.style;
  if (extra?.open) node.open = true;
  return node;
}

// Text as a parser would see it: no empty strings, no two strings side by side, so a page that
// parsed the server's markup has the same nodes as the scene (hydration adopts, never re-creates).
function normal(children: readonly SceneNode[]): readonly SceneNode[] {
  let clean = true;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c === "" || (typeof c === "string" && typeof children[i - 1] === "string")) clean = false;
  }
  if (clean) return children;
  const out: SceneNode[] = [];
  for (const c of children) {
    if (c === "") continue;
    const last = out.length - 1;
    if (typeof c === "string" && typeof out[last] === "string") out[last] += c;
    else out.push(c);
  }
  return out;
}

/** The SVG namespace: an `svg` element and everything inside it. */
export const SVG_NS = "http://www.w3.org/2000/svg";
