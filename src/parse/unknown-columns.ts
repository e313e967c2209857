import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { andMore, SAYS_THE_SAME_AS } from "../messages/details.js";

/** Beyond this many unknown columns, one diagnostic lists them instead of one each. */
export const MAX_COLUMN_DIAGNOSTICS = 20;

/**
 * One `csv-unknown-columns` diagnostic in place of many `csv-unknown-column` ones, when a sheet has
 * more than {@link MAX_COLUMN_DIAGNOSTICS} columns citeline does not read: the first 20 are named,
 * the rest counted. A reader wants to know which columns were ignored, not to scroll 10,000 lines.
 *
 * @example
 * ```ts
 * collapseUnknownColumns(diagnostics, 1); // [..., { code: "csv-unknown-columns", value: "A, B, …", … }]
 * ```
 */
export function collapseUnknownColumns(diagnostics: Diagnostic[], line: number): Diagnostic[] {
  // Columns that repeat a known one say so in their own message; only plain unknown ones merge.
  const plain = (d: Diagnostic) => d.code === "csv-unknown-column" && !d.message.includes(SAYS_THE_SAME_AS);
  const unknown = diagnostics.filter(plain);
  if (unknown.length <= MAX_COLUMN_DIAGNOSTICS) return diagnostics;
  const names = unknown.slice(0, MAX_COLUMN_DIAGNOSTICS).map((d) => d.field ?? "");
  const rest = unknown.length - names.length;
  const detail = andMore(names.map((n) => `"${n}"`).join(", "), rest.toLocaleString("en"));
  const one = diagnostic("csv-unknown-columns", { section: "timeline", line }, { value: names.join(", "), detail });
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d === unknown[0]) out.push(one);
    else if (!plain(d)) out.push(d);
  }
  return out;
}
