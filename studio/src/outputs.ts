/**
 * Publishing: each embed form as code to copy (with what it needs uploaded beside it), and the
 * downloads: the sheet as fixed, the self-contained page (`renderPage`), and the chart as SVG
 * (`renderSvg`) and PNG (that SVG drawn on a canvas, same origin only).
 *
 * @module
 */
import type { Timeline } from "../../src/types.js";
import { citeline } from "./api.js";
import { download, el, uid } from "./dom.js";
import { embedCode, INLINE_LIMIT, type EmbedForm } from "./embed-code.js";
import type { Reading } from "./reading.js";
import type { Language } from "./words.js";

/** What publishing is made from, at the moment of asking. */
export interface Current {
  timeline: Timeline | undefined;
  /** The data as text (the sheet as CSV, or the JSON). */
  data: string;
  /** `events.csv` or `events.json`. */
  file: string;
  theme: "light" | "dark";
  /** The stylesheet's text, inlined into the page and the SVG. */
  css: string;
  /** How the sheet writes its dates: the embed forms that read the data say it too. */
  reading: Reading;
}

/** The publish section, refreshed after each load. */
export interface Outputs {
  refresh(): void;
}

const FORMS: EmbedForm[] = ["inline", "src", "snippet", "iframe"];

/**
 * Build the publish section into `host`.
 *
 * @example
 * ```ts
 * const outputs = makeOutputs(host, language, () => current);
 * outputs.refresh();
 * ```
 */
export function makeOutputs(host: HTMLElement, language: Language, current: () => Current): Outputs {
  const { words: w, numbers: n } = language;
  const baseId = uid("studio-base");
  const base = el("input", { id: baseId, type: "text", class: "studio-base", spellcheck: false, dir: "ltr", "aria-describedby": `${baseId}-help` });
  base.value = "/citeline/";
  const forms = FORMS.map((form) => formBlock(form, language));
  const downloads = downloadBlock(language, current);
  host.replaceChildren(
    el("div", { class: "studio-field" }, el("label", { for: baseId }, w.filesAt), base, el("p", { id: `${baseId}-help`, class: "studio-help" }, w.filesAtHelp)),
    ...forms.map((f) => f.node),
    downloads.node,
  );
  const refresh = () => {
    const c = current();
    downloads.refresh();
    const label = c.timeline?.title ?? w.title;
    const input = { base: base.value, file: c.file, data: c.data, label, theme: c.theme, locale: language.tag, height: 640, ...c.reading };
    for (const f of forms) {
      f.code.value = c.timeline ? embedCode(f.form, input) : "";
      const needs = { inline: w.needsInline, src: w.needsFile(c.file), snippet: w.needsFile(c.file), iframe: w.needsPage }[f.form];
      const large = f.form === "inline" && c.data.length > INLINE_LIMIT ? ` ${w.inlineLarge(n, Math.ceil(c.data.length / 1000))}` : "";
      f.needs.textContent = needs + large;
    }
  };
  base.addEventListener("input", refresh);
  return { refresh };
}

function formBlock(form: EmbedForm, language: Language) {
  const w = language.words;
  const id = uid(`studio-${form}`);
  const title = { inline: w.formInline, src: w.formSrc, snippet: w.formSnippet, iframe: w.formIframe }[form];
  const code = el("textarea", { id, class: "studio-code", readonly: true, rows: 4, spellcheck: false, dir: "ltr", "data-form": form, "aria-describedby": `${id}-needs` });
  const needs = el("p", { id: `${id}-needs`, class: "studio-help" });
  const status = el("span", { class: "studio-copy-status", role: "status" });
  const copy = el("button", { type: "button", class: "studio-copy", "data-form": form }, w.copy);
  copy.addEventListener("click", () => {
    status.textContent = "";
    const fallback = () => {
      code.focus();
      code.select();
      status.textContent = w.copyFallback;
    };
    if (!navigator.clipboard?.writeText) return fallback();
    navigator.clipboard.writeText(code.value).then(() => (status.textContent = w.copied), fallback);
  });
  const node = el("section", { class: "studio-form", "aria-labelledby": `${id}-h` }, el("h3", { id: `${id}-h` }, el("label", { for: id }, title)), needs, code, el("div", { class: "studio-actions" }, copy, status));
  return { form, node, code, needs };
}

function downloadBlock(language: Language, current: () => Current): { node: HTMLElement; refresh(): void } {
  const w = language.words;
  const button = (label: string, kind: string, act: () => void | Promise<void>) => {
    const b = el("button", { type: "button", class: "studio-download", "data-download": kind }, label);
    b.addEventListener("click", () => void act());
    return b;
  };
  const options = () => {
    const c = current();
    return { c, render: { css: c.css, theme: c.theme, locale: language.tag } };
  };
  const sheet = button("", "sheet", () => {
    const c = current();
    download(c.file, new Blob([c.data], { type: c.file.endsWith(".csv") ? "text/csv" : "application/json" }));
  });
  const page = button(w.downloadPage, "page", async () => {
    const { c, render } = options();
    if (!c.timeline) return;
    // The page writer is a file beside the script-tag bundle, fetched at the first download.
    await citeline().preload("page");
    download("timeline.html", new Blob([citeline().renderPage(c.timeline, render)], { type: "text/html" }));
  });
  const svg = button(w.downloadSvg, "svg", () => {
    const { c, render } = options();
    if (c.timeline) download("timeline.svg", new Blob([citeline().renderSvg(c.timeline, { ...render, width: 1280 })], { type: "image/svg+xml" }));
  });
  const png = button(w.downloadPng, "png", async () => {
    const { c, render } = options();
    if (c.timeline) download("timeline.png", await toPng(citeline().renderSvg(c.timeline, { ...render, width: 1280 }), c.theme));
  });
  const block = el(
    "section",
    { class: "studio-downloads", "aria-labelledby": "studio-downloads-h" },
    el("h3", { id: "studio-downloads-h" }, w.downloadsHeading),
    el("ul", {}, el("li", {}, sheet), el("li", {}, page, " ", el("span", { class: "studio-help" }, w.needsNothing)), el("li", {}, svg, " ", png, " ", el("span", { class: "studio-help" }, w.pictureUse))),
  );
  // The sheet's button names the file, which changes with the data.
  return { node: block, refresh: () => void (sheet.textContent = w.downloadSheet(current().file)) };
}

/** An SVG document as a PNG twice its size: drawn from a data: URL, so nothing is fetched. */
async function toPng(svg: string, theme: "light" | "dark"): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = el("canvas", { width: image.naturalWidth * 2, height: image.naturalHeight * 2 });
  const context = canvas.getContext("2d");
  if (!context) throw new Error("citeline workbench: this browser cannot draw to a canvas");
  // The page's background behind the chart, as the theme paints it (see src/write/page.ts).
  context.fillStyle = theme === "dark" ? "#16181c" : "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"));
}
