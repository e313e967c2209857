/**
 * A citation as scene nodes, from {@link citationParts}: number, publisher, relays, “title”,
 * author, date, a safe link showing its real host, the quote. The user's text sits in `<bdi>`
 * (or a `dir="auto"` block), so it cannot reorder the words around it.
 *
 * @module
 */
import type { CitationText } from "../model/citation.js";
import { citationParts, type CiteWords, type Run } from "./markup.js";
import { h, type SceneNode } from "./node.js";

/**
 * The nodes of one citation, to put inside an `<li>`.
 *
 * @example
 * ```ts
 * h("li", { class: "cl-source" }, citationNodes(words.citation("nyt")!, messages.chart));
 * ```
 */
export function citationNodes(c: CitationText, w?: CiteWords): SceneNode[] {
  return citationParts(c, w).map((part) =>
    typeof part === "string"
      ? part
      : h(
          part.tag,
          {
            class: part.cls,
            // An address reads left to right on any page, its host first, whatever its path holds.
            dir: part.dirAuto ? "auto" : part.href ? "ltr" : null,
            href: part.href ?? null,
            // A reader checking a source keeps their place in the story.
            rel: part.href ? "noopener noreferrer" : null,
            target: part.href ? "_blank" : null,
          },
          runNodes(part.runs),
        ),
  );
}

/**
 * Runs of text as nodes: ours as text, the user's each in a `<bdi>`.
 *
 * @example
 * ```ts
 * runNodes(["3 events cite ", { user: "IRNA" }, "."]);
 * ```
 */
export function runNodes(runs: readonly Run[]): SceneNode[] {
  return runs.map((r) => (typeof r === "string" ? r : h("bdi", {}, r.user)));
}
