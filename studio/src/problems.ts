/**
 * The problems table: one row per diagnostic, with a button that shows its cell in the sheet, and
 * a summary above it (counts, and how many events cite nothing) that screen readers hear as it changes.
 *
 * @module
 */
import { el } from "./dom.js";
import type { ProblemRow } from "./problem-rows.js";
import type { Language } from "./words.js";

/** What the summary counts besides the rows: the events drawn and those citing nothing. */
export interface Tally {
  events: number;
  unsourced: number;
}

/**
 * Draw the problems: the counts into `host.summary`, the table into `host.table` (replacing what was there). `show` is called with a row's target
 * when its button is pressed.
 *
 * @example
 * ```ts
 * drawProblems({ summary, table }, problemRows(diagnostics, sheet, language), { events: 7, unsourced: 0 }, language, (t) => grid.show(t));
 * ```
 */
export function drawProblems(host: { summary: HTMLElement; table: HTMLElement }, rows: readonly ProblemRow[], tally: Tally, language: Language, show: (target: ProblemRow["target"]) => void): void {
  const { words: w, numbers: n } = language;
  const errors = rows.filter((r) => r.severity === "error").length;
  // The summary is a live region made once (a replaced region is not announced): only its words change.
  host.summary.replaceChildren(
    rows.length === 0 ? w.noProblems : w.problemCount(n, errors, rows.length - errors),
    tally.unsourced > 0 ? " " : "",
    tally.unsourced > 0 ? el("strong", { class: "studio-unsourced" }, w.unsourced(n, tally.unsourced)) : "",
  );
  const head = [w.rowColumn, "", w.columnColumn, w.valueColumn, w.problemColumn, w.fixColumn];
  // Each cell names its column for a narrow screen, where the rows stand as blocks (studio.css).
  const cell = (i: number, ...content: (Node | string)[]) => el("td", { "data-label": head[i] || undefined }, ...content);
  const body = rows.map((r) => {
    const button = el("button", { type: "button", class: "studio-goto", "aria-label": w.showCell(`${w.rowColumn} ${r.row}`, r.column) }, r.row);
    button.addEventListener("click", () => show(r.target));
    const disabled = r.target.row === undefined;
    if (disabled) button.disabled = true;
    return el(
      "tr",
      { class: `studio-${r.severity}`, "data-code": r.code },
      cell(0, button),
      cell(1, el("span", { class: "studio-severity" }, r.severity === "error" ? w.error : w.warning)),
      cell(2, r.column),
      // In its own direction, as a spreadsheet shows it: beside Arabic, "8-Jun-08" was drawn "Jun-08-8".
      cell(3, el("code", { class: "studio-value", dir: "auto" }, r.value)),
      cell(4, ...unbroken(r.problem)),
      cell(5, ...unbroken(r.fix)),
    );
  });
  const table =
    rows.length === 0
      ? null
      : el(
          "table",
          { class: "studio-problems" },
          el("caption", { class: "studio-visually-hidden" }, w.problemsHeading),
          el("thead", {}, el("tr", {}, ...head.map((h, i) => el("th", { scope: "col" }, i === 1 ? el("span", { class: "studio-visually-hidden" }, w.error) : h)))),
          el("tbody", {}, ...body),
        );
  host.table.replaceChildren(...(table ? [el("div", { class: "studio-scroll", tabindex: 0, role: "region", "aria-label": w.problemsHeading }, table)] : []));
}

// A date to type, or the form to type it in (2008-06-07, 2008-06-07T14:30, YYYY-MM-DD, JJJJ-MM-TT):
// runs of letters or digits joined by at least two hyphens, colons or slashes.
const TO_TYPE = /[\p{L}\p{N}]+(?:[-:/][\p{L}\p{N}]+){2,}/gu;

/**
 * A sentence as text, each date to type in it kept on one line: a narrow cell broke
 * "2008-07-06" after its year, and a reporter typed what the line showed.
 *
 * @example
 * ```ts
 * unbroken("Write 2008-06-07 or 2008-07-06."); // ["Write ", <span>2008-06-07</span>, " or ", <span>2008-07-06</span>, "."]
 * ```
 */
export function unbroken(text: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const m of text.matchAll(TO_TYPE)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(el("span", { class: "studio-nowrap" }, m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
