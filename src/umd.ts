/**
 * The script-tag bundle's entry (`dist/citeline.umd*.js`, the global `Citeline`): everything in
 * `citeline`, plus the one-snippet setup. In a page it defines `<cite-line>` at once and, when
 * the document has been parsed, draws every `[data-citeline]` element. The ESM entry
 * (`src/index.ts`) stays free of side effects: there, call `defineCiteLine()` and `autoEmbed()`.
 *
 * @module
 */
import { autoEmbed } from "./embed/auto.js";
import { defineCiteLine } from "./embed/element.js";

export * from "./index.js";

if (typeof document !== "undefined") {
  defineCiteLine();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => autoEmbed(), { once: true });
  else autoEmbed();
}
