/**
 * The problems table's rows, from a load's diagnostics: where (the row as the spreadsheet numbers
 * it, the column), the value as written, what is wrong in the reader's language, and the fix.
 * Pure, so that it is tested without a page.
 *
 * @module
 */
import type { Diagnostic } from "../../src/diagnostics.js";
import type { DiagnosticParts } from "../../src/messages/diagnostics.js";
import { fixFor, type FixParts } from "../../src/messages/studio.js";
import { dateCell } from "./date-cell.js";
import { cellOf, type Sheet } from "./sheet.js";
import type { Language } from "./words.js";

/** One row of the problems table. */
export interface ProblemRow {
  severity: Diagnostic["severity"];
  code: Diagnostic["code"];
  /** The row as the spreadsheet numbers it (header 1), `Header`, `Item 3` or `Whole file`. */
  row: string;
  column: string;
  value: string;
  problem: string;
  fix: string;
  /** The grid cell to show: row -1 is the header; undefined parts are not in the sheet. */
  target: { row: number | undefined; column: number | undefined };
}

// The setting of "How the sheet writes dates" that would also fix a date, as the loader says
// (`Diagnostic.option`): the order of day and month, for a day and month that read either way, or
// the hundred years of its two-digit years.
function sheetWide(d: Diagnostic): FixParts["sheetWide"] {
  return d.option === "dateFormat" ? "order" : d.option === "twoDigitYearsFrom" ? "century" : undefined;
}

/**
 * A diagnostic's sentence in the language: its own (English) message, or the translation's
 * sentence for its code from its value and field.
 *
 * @example
 * ```ts
 * sentence(d, languageOf("fr")); // "« 7/6/2008 » est ambigu…"
 * ```
 */
export function sentence(d: Diagnostic, language: Language): string {
  const table = language.diagnostics as Readonly<Record<string, ((p: DiagnosticParts) => string) | undefined>> | undefined;
  const translated = table?.[d.code];
  // The diagnostic is its own parts: the sentence reads what it needs of it.
  return translated ? translated(d) : d.message;
}

/**
 * The rows of the problems table, errors first, then in the order of the sheet.
 *
 * @example
 * ```ts
 * problemRows(diagnostics, sheet, languageOf("en"))[0];
 * // { row: "3", column: "Start date", value: "7/6/2008", fix: "Write 2008-06-07 or 2008-07-06, whichever you mean. Or choose the sheet's order of day and month under “How the sheet writes dates”.", … }
 * ```
 */
export function problemRows(diagnostics: readonly Diagnostic[], sheet: Sheet | undefined, language: Language): ProblemRow[] {
  const { words: w, numbers: n } = language;
  const rows = diagnostics.map((d, order) => {
    const target = sheet ? cellOf(sheet, d) : { row: undefined, column: undefined };
    const row =
      sheet && target.row === -1 ? w.header
      : sheet && target.row !== undefined ? n.plain(target.row + 2)
      : d.line !== undefined ? n.plain(d.line)
      : d.index !== undefined ? w.item(n, d.index + 1)
      : w.wholeFile;
    const cell = sheet && target.row !== undefined && target.column !== undefined ? (target.row === -1 ? sheet.header : sheet.rows[target.row])?.[target.column] : undefined;
    const value = d.value ?? cell ?? "";
    const fix = fixFor(w, d.code, { value: d.value, field: d.field, choices: d.readings, readAs: d.readAs, date: dateCell(d.field), sheetWide: sheetWide(d) }, n) ?? "";
    const problem: ProblemRow = { severity: d.severity, code: d.code, row, column: d.field ?? "", value, problem: sentence(d, language), fix, target };
    return { problem, order, rank: target.row ?? Number.MAX_SAFE_INTEGER };
  });
  rows.sort((a, b) => (a.problem.severity === b.problem.severity ? 0 : a.problem.severity === "error" ? -1 : 1) || a.rank - b.rank || a.order - b.order);
  return rows.map((r) => r.problem);
}
