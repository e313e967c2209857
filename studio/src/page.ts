/**
 * The workbench's page in one language: the header with the language menu, then the five sections
 * in the order a reporter works (data, preview, problems, sheet, publish), each a heading and the
 * place its part is drawn into.
 *
 * @module
 */
import { controls } from "./controls.js";
import { el } from "./dom.js";
import type { PreviewState } from "./preview.js";
import { LANGUAGE_KEYS, languageName, languageOf, type Language } from "./words.js";

/** Where each part of the workbench is drawn. */
export interface Places {
  input: HTMLElement;
  /** What is shown, said once it is read (a live region). */
  reading: HTMLElement;
  preview: HTMLElement;
  /** The problems' counts (a live region). */
  summary: HTMLElement;
  problems: HTMLElement;
  grid: HTMLElement;
  outputs: HTMLElement;
  menu: HTMLSelectElement;
}

/**
 * Lay the page out in `root` (replacing what was there) in `language`, whose menu key is `key`.
 *
 * @example
 * ```ts
 * const places = layOut(root, languageOf("fr"), "fr", { width: 375, theme: "light" }, (view) => redraw(view));
 * ```
 */
export function layOut(root: HTMLElement, language: Language, key: string, view: PreviewState, viewChanged: (view: PreviewState) => void): Places {
  const { words: w } = language;
  document.documentElement.lang = language.tag;
  document.documentElement.dir = language.dir;
  document.title = w.title;
  // Sections with headings, not landmarks: the named regions are the scrolling tables and frames inside them.
  const section = (id: string, heading: string, ...children: Node[]) => el("section", { id }, el("h2", { id: `${id}-h` }, heading), ...children);
  const places: Places = {
    input: el("div"),
    reading: el("p", { class: "studio-reading", role: "status" }),
    preview: el("div", { class: "studio-frames", tabindex: 0, role: "region", "aria-label": w.previewHeading }),
    summary: el("p", { class: "studio-summary", role: "status" }),
    problems: el("div"),
    grid: el("div"),
    outputs: el("div"),
    menu: el("select", { id: "studio-language" }, ...LANGUAGE_KEYS.map((k) => el("option", { value: k, lang: languageOf(k).tag, selected: k === key }, languageName(k)))),
  };
  root.replaceChildren(
    el("header", { class: "studio-header" }, el("h1", {}, w.title), el("p", { class: "studio-tagline" }, w.tagline), el("p", { class: "studio-field" }, el("label", { for: "studio-language" }, w.language), " ", places.menu)),
    el(
      "main",
      {},
      section("studio-data", w.dataHeading, places.input, places.reading),
      section("studio-preview", w.previewHeading, controls(language, view, viewChanged), places.preview),
      section("studio-problems", w.problemsHeading, places.summary, places.problems),
      section("studio-sheet", w.sheetHeading, places.grid),
      section("studio-publish", w.publishHeading, places.outputs),
    ),
  );
  return places;
}
