/**
 * Getting data in: a file dropped on the drop zone (or anywhere on the page), a file picked with
 * the button, or text pasted (cells copied from Sheets or Excel arrive as tab-separated text). Files
 * are read here, in the page, in the encoding their bytes are in: nothing is sent anywhere.
 *
 * @module
 */
import { citeline } from "./api.js";
import { download, el, uid } from "./dom.js";
import { templateCsv, templateGuideCsv } from "./template.js";
import type { Language } from "./words.js";

/**
 * Data that arrived: its text, a name for it (the file's, or none when pasted) and, for a file
 * whose encoding was a guess, its bytes, which the loader reads to say so.
 */
export type Arrived = (text: string, name: string | undefined, bytes?: ArrayBuffer) => void;

/**
 * Build the data section into `host`; `arrived` is called with each file or paste.
 *
 * @example
 * ```ts
 * makeInput(host, language, (text, name) => open(text, name), controller.signal);
 * ```
 */
export function makeInput(host: HTMLElement, language: Language, arrived: Arrived, signal: AbortSignal): void {
  const w = language.words;
  const fileId = uid("studio-file");
  const pasteId = uid("studio-paste");
  const file = el("input", { id: fileId, type: "file", class: "studio-file", accept: ".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json" });
  // The browser's own file input, labelled: keyboard- and screen-reader-ready as it is.
  const zone = el("div", { class: "studio-drop" }, el("p", {}, w.dropHere), el("label", { for: fileId }, w.chooseFile), " ", file);
  const paste = el("textarea", { id: pasteId, class: "studio-paste", rows: 3, spellcheck: false });
  const template = el("button", { type: "button", class: "studio-template" }, w.template);
  host.replaceChildren(zone, el("div", { class: "studio-field" }, el("label", { for: pasteId }, w.pasteLabel), paste), template);

  const readFile = (f: File | undefined) => {
    if (!f) return;
    // Read as the bytes' own encoding: Excel's "Unicode Text" is UTF-16, its plain "CSV" Windows-1252.
    // The bytes go on only where their encoding was a guess, for the loader to say so; else the text is all.
    void f.arrayBuffer().then((bytes) => {
      const { text, encoding } = citeline().decodeText(bytes);
      arrived(text, f.name, encoding === "windows-1252" ? bytes : undefined);
    });
  };
  file.addEventListener("change", () => {
    readFile(file.files?.[0]);
    file.value = "";
  });
  // A drop anywhere on the page is taken (the browser would otherwise open the file, leaving the work).
  const over = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    e.preventDefault();
    zone.classList.add("studio-dragging");
  };
  document.addEventListener("dragover", over, { signal });
  document.addEventListener("dragleave", () => zone.classList.remove("studio-dragging"), { signal });
  document.addEventListener("drop", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    e.preventDefault();
    zone.classList.remove("studio-dragging");
    readFile(e.dataTransfer.files[0]);
  }, { signal });
  // Pasted or typed text is read as it changes, a frame at a time.
  let frame = 0;
  paste.addEventListener("input", () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (paste.value.trim() !== "") arrived(paste.value, undefined);
    });
  });
  template.addEventListener("click", () => {
    download("citeline-template.csv", new Blob([templateCsv()], { type: "text/csv" }));
    download("citeline-template-columns.csv", new Blob([templateGuideCsv()], { type: "text/csv" }));
  });
}
