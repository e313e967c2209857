/**
 * The sheet as an editable grid: a real `<table>` (caption, column headers, a row header with the
 * row's number as the spreadsheet numbers it) whose cells are `<textarea>`s. A textarea holds text
 * only, by construction (nothing typed or pasted into it is ever read as markup), keeps a cell's
 * line breaks, and is a native, labelled control that every screen reader and keyboard knows; a
 * contenteditable cell would need all of that rebuilt by hand. JSON data is one textarea of text.
 *
 * @module
 */
import { el, uid } from "./dom.js";
import type { Sheet, TextData } from "./sheet.js";
import type { Language } from "./words.js";

/** What the grid reports: a cell edited (row -1 is the header), a row added, the text edited. */
export interface GridEvents {
  cell(row: number, column: number, value: string): void;
  addRow(): void;
  text(value: string): void;
}

/** The drawn grid: show a diagnostic's cell. */
export interface Grid {
  show(target: { row: number | undefined; column: number | undefined }): void;
}

/**
 * Draw `data` into `host` as an editable grid (or a text area for JSON).
 *
 * @example
 * ```ts
 * const grid = drawGrid(host, sheet, language, { cell: (r, c, v) => edit(r, c, v), addRow, text });
 * grid.show({ row: 1, column: 2 });
 * ```
 */
export function drawGrid(host: HTMLElement, data: Sheet | TextData, language: Language, on: GridEvents): Grid {
  const w = language.words;
  if (data.kind === "text") {
    const id = uid("studio-text");
    const area = el("textarea", { id, class: "studio-text", rows: 18, spellcheck: false, dir: "ltr" });
    area.value = data.text;
    area.addEventListener("input", () => on.text(area.value));
    host.replaceChildren(el("label", { for: id }, w.textLabel), area);
    return { show: () => area.focus() };
  }
  const prefix = uid("studio-grid");
  const colId = (c: number) => `${prefix}-c${c}`;
  const rowId = (r: number) => `${prefix}-r${r}`;
  // A header cell is named by its place ("Column 3"); a body cell by its row's and column's headers.
  const cell = (r: number, c: number, value: string, labelledby: string | undefined) => {
    const name = labelledby ? { "aria-labelledby": labelledby } : { "aria-label": `${w.columnColumn} ${language.numbers.plain(c + 1)}` };
    // Each cell in its own direction (a date or a Latin title left to right, an Arabic one right
    // to left), whatever the page's: in Arabic, "8-Jun-08" was drawn "Jun-08-8".
    const area = el("textarea", { rows: 1, spellcheck: false, dir: "auto", ...name, "data-row": r, "data-column": c });
    area.value = value;
    area.addEventListener("input", () => on.cell(r, c, area.value));
    return area;
  };
  const width = Math.max(data.header.length, ...data.rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => c);
  const cornerId = `${prefix}-corner`;
  const head = el(
    "tr",
    {},
    el("th", { scope: "col", id: cornerId, class: "studio-rownum" }, w.rowColumn),
    ...columns.map((c) => el("th", { scope: "col", id: colId(c) }, cell(-1, c, data.header[c] ?? "", undefined))),
  );
  const body = data.rows.map((cells, r) =>
    el(
      "tr",
      { "data-row": r },
      el("th", { scope: "row", id: rowId(r), class: "studio-rownum" }, language.numbers.plain(r + 2)),
      ...columns.map((c) => el("td", {}, cell(r, c, cells[c] ?? "", `${rowId(r)} ${colId(c)}`))),
    ),
  );
  const table = el("table", { class: "studio-grid" }, el("caption", {}, w.sheetCaption), el("thead", {}, head), el("tbody", {}, ...body));
  const add = el("button", { type: "button", class: "studio-add-row" }, w.addRow);
  add.addEventListener("click", () => on.addRow());
  host.replaceChildren(el("div", { class: "studio-scroll", tabindex: 0, role: "region", "aria-label": w.sheetHeading }, table), add);
  return {
    show(target) {
      table.querySelectorAll(".studio-marked").forEach((m) => m.classList.remove("studio-marked"));
      if (target.row === undefined) return;
      const row = target.row === -1 ? head : body[target.row];
      row?.classList.add("studio-marked");
      const column = target.column ?? 0;
      const area = row?.querySelectorAll("textarea")[column];
      area?.scrollIntoView({ block: "center", inline: "nearest" });
      area?.focus();
    },
  };
}
