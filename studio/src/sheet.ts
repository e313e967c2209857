/**
 * The sheet the workbench edits: spreadsheet text split into a header and rows of cells exactly as
 * citeline's loader splits it (d3-dsv, the same separator rule, the same line numbers), so that a
 * diagnostic's `line` and `field` find their cell; and the rows written back as CSV.
 *
 * @module
 */
import { csvFormatRows, dsvFormat } from "d3-dsv";
// Bundled into the workbench (a few hundred bytes, pure): the loader's rule itself.
import { detectSeparator } from "../../src/parse/separator.js";

/** Spreadsheet text as cells: `lines[i]` is the file line (1-based) row `i` starts on. */
export interface Sheet {
  kind: "sheet";
  header: string[];
  rows: string[][];
  lines: number[];
}

/** Text that is not a spreadsheet (JSON, TimelineJS JSON): edited as text. */
export interface TextData {
  kind: "text";
  text: string;
}

/**
 * The separator citeline's loader picks: its own rule (`src/parse/separator.ts`), not a copy, so
 * a diagnostic's line and column always find the cell the loader read.
 *
 * @example
 * ```ts
 * separatorOf("Title;Date\nVisit;2008-06-07\n"); // ";"
 * ```
 */
export function separatorOf(text: string): string {
  return detectSeparator(text);
}

/**
 * Read text as the workbench shows it: JSON (an object or array) as text, anything else as a sheet.
 *
 * @example
 * ```ts
 * readData("\uFEFFTitle;Start date\nVisit;2008-06-07\n");
 * // { kind: "sheet", header: ["Title", "Start date"], rows: [["Visit", "2008-06-07"]], lines: [2] }
 * ```
 */
export function readData(text: string): Sheet | TextData {
  const clean = text.replace(/^\uFEFF/, "");
  if (/^\s*[{[]/.test(clean)) return { kind: "text", text: clean };
  const [header = [], ...body] = dsvFormat(separatorOf(clean)).parseRows(clean);
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1 + newlines(header);
  for (const cells of body) {
    line += 1;
    rows.push(cells);
    lines.push(line);
    line += newlines(cells);
  }
  // A last empty line is not a row anyone wrote.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === "")) {
    rows.pop();
    lines.pop();
  }
  return { kind: "sheet", header, rows, lines };
}

function newlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (const ch of cell) if (ch === "\n") n++;
  return n;
}

/**
 * The sheet as CSV (commas, quotes where needed), every row as wide as the header.
 *
 * @example
 * ```ts
 * sheetToCsv({ kind: "sheet", header: ["Title", "Date"], rows: [["A, B", "2008"]], lines: [2] }); // 'Title,Date\n"A, B",2008'
 * ```
 */
export function sheetToCsv(sheet: Sheet): string {
  const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.length));
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? "");
  return csvFormatRows([pad(sheet.header), ...sheet.rows.map(pad)]);
}

/**
 * The sheet's line numbers after an edit changed what its cells hold: each row starts on the line
 * after the previous row's last, as the loader counts them in the CSV the sheet is written as.
 *
 * @example
 * ```ts
 * renumber({ kind: "sheet", header: ["Title"], rows: [["a\nb"], ["c"]], lines: [2, 3] }).lines; // [2, 4]
 * ```
 */
export function renumber(sheet: Sheet): Sheet {
  const lines: number[] = [];
  let line = 1 + newlines(sheet.header);
  for (const cells of sheet.rows) {
    line += 1;
    lines.push(line);
    line += newlines(cells);
  }
  return { ...sheet, lines };
}

/**
 * Where a diagnostic points in the sheet: the row (by its file line) and the column (by the name as
 * written in the header); `row` -1 is the header itself, undefined when the line is not a row.
 *
 * @example
 * ```ts
 * cellOf(sheet, { line: 3, field: "Start date" }); // { row: 1, column: 1 }
 * ```
 */
export function cellOf(sheet: Sheet, at: { line?: number | undefined; index?: number | undefined; field?: string | undefined }): { row: number | undefined; column: number | undefined } {
  const found = at.line === undefined ? at.index : at.line === 1 ? -1 : sheet.lines.indexOf(at.line);
  const row = found === -1 && at.line !== 1 ? undefined : found;
  const name = at.field?.trim().toLowerCase();
  const column = name === undefined ? -1 : sheet.header.findIndex((h) => h.trim().toLowerCase() === name);
  return { row: row === undefined || row < -1 || (row >= 0 && row >= sheet.rows.length) ? undefined : row, column: column < 0 ? undefined : column };
}
