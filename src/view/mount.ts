/**
 * Where a timeline is drawn in its element: a new root, or the server's markup taken over.
 *
 * @module
 */
import { h } from "../scene/node.js";
import { create } from "../write/dom.js";

/** The timeline's root element, its id prefix, and whether it holds server markup to adopt. */
export interface Mounted {
  root: HTMLElement;
  prefix: string;
  served: boolean;
}

/**
 * Find server markup (`renderToString`) in `element` and keep it, ids and all (nothing that points
 * at them changes), or make an empty root.
 *
 * @example
 * ```ts
 * const { root, prefix, served } = mountRoot(element, "cl1");
 * ```
 */
export function mountRoot(element: HTMLElement, fallbackPrefix: string): Mounted {
  const served = element.querySelector<HTMLElement>(":scope > .citeline[data-citeline-ssr]");
  if (served) {
    const prefix = served.querySelector("svg.cl-svg")?.getAttribute("aria-labelledby")?.replace(/-title$/, "") ?? fallbackPrefix;
    return { root: served, prefix, served: true };
  }
  const root = element.appendChild(create(element.ownerDocument, h("div", { class: "citeline" }))) as HTMLElement;
  return { root, prefix: fallbackPrefix, served: false };
}
