import { dsvFormat } from "d3-dsv";
import { COMMAS, SEMICOLONS, TABS } from "../messages/details.js";

/**
 * A cell separator citeline recognises: the comma, the semicolon (Excel's "CSV" wherever the comma
 * is the decimal mark) and the tab (TSV files, and cells copied out of a spreadsheet).
 *
 * @example
 * ```ts
 * const separator: Separator = detectSeparator(text);
 * ```
 */
export type Separator = "," | ";" | "\t";

// In order of preference when two separators explain the sample equally well.
const CANDIDATES: Separator[] = [",", ";", "\t"];
// Enough of the file to see its shape; the rest of a large file cannot change the answer much.
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 50;

/**
 * Each separator in words, for the message that says which one was used.
 *
 * @example
 * ```ts
 * SEPARATOR_WORDS["\t"]; // "tabs (a TSV file, or cells copied from a spreadsheet)"
 * ```
 */
export const SEPARATOR_WORDS: Record<Separator, string> = {
  ",": COMMAS,
  ";": SEMICOLONS,
  "\t": TABS,
};

/**
 * The separator a spreadsheet's cells are split on: the one whose header has more than one cell
 * and whose first rows most often have the header's number of cells. Cells are split exactly as
 * they will be read (d3-dsv, quotes respected), so a `;` inside a quoted cell counts for nothing.
 * Ties go to the separator giving more columns, then to the comma.
 *
 * @example
 * ```ts
 * detectSeparator("\uFEFFTitle;Date\r\nVisit;2008-06-07\r\n"); // ";"
 * detectSeparator("Title,Date\nVisit,2008-06-07\n");           // ","
 * ```
 */
export function detectSeparator(text: string): Separator {
  const truncated = text.length > SAMPLE_CHARS;
  const sample = text.replace(/^\uFEFF/, "").slice(0, SAMPLE_CHARS);
  let best: Separator = ",";
  let bestScore: [number, number] = [0, 0];
  for (const separator of CANDIDATES) {
    const score = consistency(sample, separator, truncated);
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

// [rows with as many cells as the header, the header's cell count]; [0, 0] when the separator does
// not split the header at all.
function consistency(sample: string, separator: Separator, truncated: boolean): [number, number] {
  const all = dsvFormat(separator).parseRows(sample);
  // The last row of a cut sample may be cut short, which would count against every separator.
  if (truncated) all.pop();
  const rows = all.slice(0, SAMPLE_ROWS + 1);
  const width = rows[0]?.length ?? 0;
  if (width < 2) return [0, 0];
  return [rows.filter((row) => row.length === width).length, width];
}
