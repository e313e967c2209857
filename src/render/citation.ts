import type { CitationText } from "../model/citation.js";
import { citationParts, type Run } from "./markup.js";

export { linkText } from "./markup.js";

/**
 * Fill `li` with one citation, as {@link citationParts} describes it (the string renderer writes
 * the same parts): number, publisher, relays, “title”, author, date, a safe link, the quote.
 */
export function fillCitation(li: HTMLLIElement, c: CitationText): void {
  const doc = li.ownerDocument;
  li.replaceChildren();
  for (const part of citationParts(c)) {
    if (typeof part === "string") {
      li.append(part);
      continue;
    }
    const el = doc.createElement(part.tag);
    el.className = part.cls;
    if (part.dirAuto) el.dir = "auto";
    appendRuns(el, part.runs);
    if (part.href) {
      el.setAttribute("href", part.href);
      el.setAttribute("rel", "noopener noreferrer");
      el.setAttribute("target", "_blank");
    }
    li.append(el);
  }
}

/** Append runs of text to `parent`: ours as text, the user's each in a `<bdi>`. Text only ever through textContent. */
export function appendRuns(parent: Element, runs: readonly Run[]): void {
  const doc = parent.ownerDocument;
  for (const run of runs) {
    if (typeof run === "string") {
      parent.append(run);
    } else {
      const bdi = doc.createElement("bdi");
      bdi.textContent = run.user;
      parent.append(bdi);
    }
  }
}

/** Replace `el` by an element of another tag (a heading of another level), keeping its attributes and children. */
export function retag<T extends Element>(el: T, tag: string): HTMLElement {
  if (el.localName === tag) return el as unknown as HTMLElement;
  const next = el.ownerDocument.createElement(tag);
  for (const a of el.attributes) next.setAttribute(a.name, a.value);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}
