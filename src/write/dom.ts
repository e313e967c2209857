/**
 * The scene into a page: a keyed patcher. The first write creates the nodes (or adopts the ones
 * the server wrote, when hydrating); every later write changes only the attributes, text and
 * children that differ from the scene written last time, so a zoom frame touches what moved and
 * nothing else. Text is only ever set as text (`Text` nodes), never parsed as markup.
 *
 * @module
 */
import { SVG_NS, type SceneElement, type SceneNode } from "../scene/node.js";
import { placeFewest, placeNew } from "./moves.js";

// The scene node each DOM node was last written from (what the next write is compared with) is
// kept on the node itself, so it goes when the node goes. A module-wide WeakMap did the same job
// but its hash table never shrinks: after many nodes were written between two full collections
// (a page that makes and destroys timelines, a long zoom), megabytes of empty table stayed for
// the life of the page.
const SCENE = Symbol("citeline.scene");
// An element whose children a moving window's frame left out of the scene's order (`orderLater`):
// its next write matches them by key, since they no longer stand where the last scene put them.
const UNORDERED = Symbol("citeline.unordered");
type Written = Node & { [SCENE]?: SceneNode; [UNORDERED]?: boolean };

const written = {
  get: (node: Node): SceneNode | undefined => (node as Written)[SCENE],
  has: (node: Node): boolean => (node as Written)[SCENE] !== undefined,
  set(node: Node, scene: SceneNode): void {
    (node as Written)[SCENE] = scene;
  },
};

/** How a write treats nodes it did not make. */
export interface PatchOptions {
  /**
   * Hydration: take over nodes already in the element (server markup) where they stand, matching
   * them in order by tag, instead of creating new ones.
   */
  adopt?: boolean;
  /**
   * A frame of a moving window: children that stay are not put back in the scene's order; only
   * new ones are placed, each before the scene's next child. The picture is the same where items
   * do not overlap, as the layout keeps them; the order, which screen readers follow, is restored
   * by the next write without it, once the window rests. A move costs the browser the node's style
   * and layout anew.
   */
  orderLater?: boolean;
}

/**
 * Make `target` (an element already in the page) match `scene`, element for element. Returns the
 * number of DOM changes made, which tests use to check a frame's cost.
 *
 * @example
 * ```ts
 * const root = document.createElement("div");
 * patch(root, h("div", { class: "citeline" }, [h("p", {}, "Hello")]));
 * ```
 */
export function patch(target: Element, scene: SceneElement, options: PatchOptions = {}): number {
  const counter = { n: 0, adopt: options.adopt ?? false, orderLater: options.orderLater ?? false };
  patchElement(target, scene, counter);
  return counter.n;
}

/**
 * Create a detached element for a scene (for a new root), written as {@link patch} would.
 *
 * @example
 * ```ts
 * document.body.append(create(document, h("div", { class: "citeline" })));
 * ```
 */
export function create(doc: Document, scene: SceneElement, inSvg = false): Element {
  const svg = inSvg || scene.tag === "svg";
  const el = svg ? doc.createElementNS(SVG_NS, scene.tag) : doc.createElement(scene.tag);
  for (const name in scene.attrs) el.setAttribute(name, scene.attrs[name]!);
  if (scene.style) setStyle(el, undefined, scene.style);
  for (const child of scene.children) {
    if (typeof child === "string") written.set(el.appendChild(doc.createTextNode(child)), child);
    else el.appendChild(create(doc, child, svg));
  }
  written.set(el, scene);
  return el;
}

interface Counter {
  n: number;
  adopt: boolean;
  orderLater: boolean;
}

function patchElement(el: Element, next: SceneElement, c: Counter): void {
  const prev = written.get(el);
  if (prev === next) return;
  const before = typeof prev === "string" ? undefined : prev;
  patchAttributes(el, before, next, c);
  if (before?.style !== next.style) c.n += setStyle(el, before?.style, next.style);
  if (!before || before.children !== next.children) {
    if (!before || c.adopt || next.open || (el as Written)[UNORDERED] || !inPlace(el, before.children, next.children, c)) patchChildren(el, next, c);
  }
  written.set(el, next);
}

function patchAttributes(el: Element, prev: SceneElement | undefined, next: SceneElement, c: Counter): void {
  if (prev) {
    for (const name in next.attrs) {
      const value = next.attrs[name]!;
      if (prev.attrs[name] !== value) {
        el.setAttribute(name, value);
        c.n++;
      }
    }
    for (const name in prev.attrs) {
      if (!(name in next.attrs)) {
        el.removeAttribute(name);
        c.n++;
      }
    }
    return;
  }
  // Adopted: compare with what the page holds. Attributes the scene does not name go, except the
  // style attribute, which the CSSOM and libraries (d3-zoom) own.
  for (const name in next.attrs) {
    const value = next.attrs[name]!;
    if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
      c.n++;
    }
  }
  for (const name of el.getAttributeNames()) {
    if (name !== "style" && !(name in next.attrs)) {
      el.removeAttribute(name);
      c.n++;
    }
  }
}

function setStyle(el: Element, prev: Readonly<Record<string, string>> | undefined, next: Readonly<Record<string, string>> | undefined): number {
  const style = (el as HTMLElement).style;
  if (!style) return 0;
  let n = 0;
  for (const name in next ?? {}) {
    if (prev?.[name] !== next![name]) {
      style.setProperty(name, next![name]!);
      n++;
    }
  }
  for (const name in prev ?? {}) {
    if (!next || !(name in next)) {
      style.removeProperty(name);
      n++;
    }
  }
  // No style left: no empty style attribute either, as the string writer writes none.
  if (style.length === 0 && el.getAttribute("style") === "") el.removeAttribute("style");
  return n;
}

// The common case of a long list (a select changes two sources of 50,000): the same kinds and
// keys in the same places as last time, so each child is patched where it stands, and one that
// is the same object as last time is skipped at once. False when anything moved, came or went.
function inPlace(el: Element, prev: readonly SceneNode[], next: readonly SceneNode[], c: Counter): boolean {
  const nodes = el.childNodes;
  if (prev.length !== next.length || nodes.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    const a = prev[i]!;
    const b = next[i]!;
    if (a === b) continue;
    if (typeof a === "string" || typeof b === "string" ? typeof a !== typeof b : a.tag !== b.tag || a.key !== b.key) return false;
  }
  for (let i = 0; i < next.length; i++) {
    const b = next[i]!;
    if (prev[i] === b) continue;
    patchChild(nodes[i]!, b, c);
  }
  return true;
}

// A child node that matched its scene child: text set as text, an element patched.
function patchChild(node: ChildNode, child: SceneNode, c: Counter): void {
  if (typeof child !== "string") return patchElement(node as Element, child, c);
  if ((node as Text).data !== child) {
    (node as Text).data = child;
    c.n++;
  }
  written.set(node, child);
}

function keyOf(node: Node): string | undefined {
  const scene = written.get(node);
  return typeof scene === "object" ? scene.key : undefined;
}

// Children in three steps: match each scene child to a node (same key, else the next free node of
// the same tag in order), remove the nodes nothing matched, then patch each and put it in place.
// Removing first means a node that left does not push every later one to a move. A match is the
// node's position among the children before (-1: none), which is also what the placing reads.
function patchChildren(el: Element, next: SceneElement, c: Counter): void {
  const existing = Array.from(el.childNodes);
  const keyed = new Map<string, number>();
  existing.forEach((node, i) => {
    const key = keyOf(node);
    if (key !== undefined) keyed.set(key, i);
  });
  const used = new Uint8Array(existing.length);
  // A node a scene child may take by position: one this writer made without a key (or, when
  // adopting, any node it has not seen); never a node another library drew.
  const free = (i: number) => !used[i] && keyOf(existing[i]!) === undefined && (c.adopt || written.has(existing[i]!));
  let cursor = 0;
  const matches = next.children.map((child) => {
    let found = -1;
    if (typeof child === "object" && child.key !== undefined) {
      const i = keyed.get(child.key);
      if (i !== undefined && (existing[i] as Element).localName === child.tag && !used[i]) found = i;
    }
    if (found < 0 && (typeof child === "string" || child.key === undefined || c.adopt)) {
      for (let i = cursor; i < existing.length; i++) {
        if (!free(i)) continue;
        const node = existing[i]!;
        if (typeof child === "string" ? node.nodeType === 3 : node.nodeType === 1 && (node as Element).localName === child.tag) {
          found = i;
          cursor = i + 1;
          break;
        }
      }
    }
    if (found >= 0) used[found] = 1;
    return found;
  });
  if (!c.adopt) reuseNodes(existing, next.children, matches, used);
  existing.forEach((node, i) => {
    if (used[i]) return;
    // An open element keeps what others drew into it (nodes it never wrote).
    if (next.open && !written.has(node)) return;
    node.remove();
    c.n++;
  });
  const svg = el.namespaceURI === SVG_NS;
  const doc = el.ownerDocument;
  const nodes = next.children.map((child, i): ChildNode => {
    const at = matches[i]!;
    if (at >= 0) {
      patchChild(existing[at]!, child, c);
      return existing[at]!;
    }
    if (typeof child !== "string") return create(doc, child, svg);
    const text = doc.createTextNode(child);
    written.set(text, child);
    return text;
  });
  if (next.open || c.adopt) placeInOrder(el, nodes, c);
  else {
    c.n += (c.orderLater ? placeNew : placeFewest)(el, nodes, matches);
    (el as Written)[UNORDERED] = c.orderLater;
  }
}

// Elements of a reuse group that no key matched take, in order, the nodes of that group no key
// claimed: renamed and moved by the patch that follows, rather than one node removed and another made.
function reuseNodes(existing: readonly ChildNode[], children: readonly SceneNode[], matches: number[], used: Uint8Array): void {
  let spare: Map<string, number[]> | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (matches[i]! >= 0 || typeof child === "string" || child.reuse === undefined) continue;
    spare ??= spareNodes(existing, used);
    const list = spare.get(child.reuse);
    // The group's nodes are one tag in practice; one of another tag is never handed over.
    const k = list ? list.findIndex((at) => (existing[at] as Element).localName === child.tag) : -1;
    if (k < 0) continue;
    matches[i] = list![k]!;
    used[list![k]!] = 1;
    list!.splice(k, 1);
  }
}

// The unclaimed nodes of each reuse group, by their position, in order.
function spareNodes(existing: readonly ChildNode[], used: Uint8Array): Map<string, number[]> {
  const spare = new Map<string, number[]>();
  existing.forEach((node, i) => {
    const scene = written.get(node);
    if (used[i] || typeof scene !== "object" || scene.reuse === undefined) return;
    const list = spare.get(scene.reuse);
    if (list) list.push(i);
    else spare.set(scene.reuse, [i]);
  });
  return spare;
}

// Ours go before anything another library drew into an open element; hydration's nodes are
// already where the server wrote them.
function placeInOrder(el: Element, nodes: readonly ChildNode[], c: Counter): void {
  let at: ChildNode | null = el.firstChild;
  for (const node of nodes) {
    if (node === at) {
      at = at.nextSibling;
    } else {
      el.insertBefore(node, at);
      c.n++;
    }
  }
}
