/**
 * Every problem the loaders find is a {@link Diagnostic} with an address. All messages live in
 * this file, so their wording stays consistent and can be reviewed (or translated) in one place.
 *
 * @module
 */

/**
 * `error` drops the item it is about (or fails the load in strict mode); `warning` keeps it.
 *
 * @example
 * ```ts
 * const errors = diagnostics.filter((d) => d.severity === "error");
 * ```
 */
export type Severity = "error" | "warning";

/**
 * The part of the input a diagnostic points into.
 *
 * @example
 * ```ts
 * const sourceProblems = diagnostics.filter((d) => d.section === "sources");
 * ```
 */
export type Section = "timeline" | "events" | "sources" | "groups" | "eras";

import { preview } from "./preview.js";

const CODES = {
  // Whole input
  "json-syntax": ["error", (d) => `The JSON could not be read: ${d.detail}.`],
  "format-unknown": ["error", (d) => `Unknown input format "${d.value}". Use json, csv, timelinejs or auto.`],
  "input-not-object": ["error", () => "The input must be a timeline object with an events array."],
  "events-not-array": ["error", () => "`events` must be an array of events."],
  "list-not-array": ["error", (d) => `\`${d.field}\` must be an array; it was ignored.`],
  "csv-empty": ["error", () => "The spreadsheet has no data: nothing below its header in the columns citeline reads."],
  "csv-separator": ["warning", (d) => `The spreadsheet's cells are separated by ${d.detail}, not commas; it was read that way.`],
  "csv-missing-column": ["error", (d) => `The spreadsheet has no ${d.detail} column. Its header row names: ${d.value}.`],
  "csv-unknown-column": ["warning", (d) => `Column "${d.value}" is not one citeline reads; it was ignored.${d.detail ? ` ${d.detail}` : ""}`],
  "csv-unknown-columns": ["warning", (d) => `These columns are not ones citeline reads and were ignored: ${d.detail}.`],
  "csv-row-type": ["warning", (d) => `Row type "${d.value}" is not known; the row was read as an event.`],
  "timelinejs-missing-events": ["error", () => "This TimelineJS file has no `events` array."],
  // Shape of one item
  "not-an-object": ["error", (d) => `This ${d.detail} is not an object, so it was dropped.`],
  "forbidden-key": ["warning", (d) => `The key "${d.value}" is not allowed in data and was ignored.`],
  "unknown-field": ["warning", (d) => `Unknown field "${d.value}" was ignored.${d.detail ? ` Did you mean "${d.detail}"?` : ""}`],
  "wrong-type": ["error", (d) => `\`${d.field}\` must be ${d.detail}.`],
  "wrong-type-ignored": ["warning", (d) => `\`${d.field}\` must be ${d.detail}; it was ignored.`],
  "string-too-long": ["error", (d) => `\`${d.field}\` is ${d.detail}; shorten it.`],
  "missing-title": ["error", (d) => `${d.value === undefined ? "The title is missing" : "The title has no visible character (only spaces, invisible or direction-control characters), so it counts as missing"}: ${d.detail === "era" ? "every era needs a label for its band" : "every event needs a short headline"}.`],
  "title-from-text": ["warning", (d) => `The headline is blank, so the title "${d.value}" was made from the slide's ${d.detail}.`],
  "missing-start": ["error", () => "The start date is missing: every event needs one."],
  "importance-range": ["warning", () => "`importance` must be a number from 0 to 100; it was clamped."],
  // Dates
  "date-invalid": ["error", (d) => `"${d.value}" is not a date citeline can read.${d.detail ? ` ${d.detail}` : ""} Write dates as EDTF, e.g. 2008-06-08, 2008-06, 1980, 2008-22 (summer), 2008-06~ (approximate).`],
  "date-ambiguous": ["error", (d) => `"${d.value}" is ambiguous: it could be ${d.detail}. ${/^\d+[/.-]\d+[/.-]\d+/.test(d.value ?? "") ? 'Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY".' : "Write the one you mean."}`],
  "date-reinterpreted": ["warning", (d) => `"${d.value}" was read as ${d.detail}. Write it as EDTF (such as YYYY-MM-DD) to be sure.`],
  "date-out-of-range": ["error", (d) => `"${d.value}" is outside the range citeline can draw (about 270,000 years either side of 1970).`],
  "date-object-mismatch": ["warning", (d) => `This date object's bounds do not match its EDTF text "${d.detail}"; the text was read and the bounds ignored.`],
  "date-unsupported": ["error", (d) => `"${d.value}" uses ${d.detail}, which citeline does not draw yet.`],
  "end-before-start": ["error", (d) => `The end (${d.value}) is before the start (${d.detail}).`],
  "interval-and-end": ["error", () => "The start is already an interval with its own end, and an end was given too: keep one."],
  // References
  "duplicate-id": ["error", (d) => `The id "${d.value}" is already used by ${d.detail}; ids must be unique.`],
  "unknown-group": ["warning", (d) => `Group "${d.value}" is not among the timeline's groups; it was added as a new lane.`],
  "unknown-source": ["warning", (d) => `Source "${d.value}" is not among the timeline's sources; the citation was dropped.`],
  "unknown-via": ["warning", (d) => `\`via\` names "${d.value}", which is not among the timeline's sources; it was ignored.`],
  "via-too-deep": ["warning", (d) => `A \`via\` chain is longer than ${d.detail} relays, so it was cut there${d.value ? ` (at ${d.value})` : ""}.`],
  "citation-differs": ["warning", (d) => `Source "${d.value}" is cited here with other details (${d.detail}) than where it is defined; those were kept and these ignored. Give this citation its own id to keep both.`],
  "via-cycle": ["warning", (d) => `\`via\` forms a loop (${d.detail}); the link back was dropped.`],
  "source-missing-publisher": ["error", () => "A source needs a publisher (who says so); this one has none and was dropped."],
  "citation-missing-publisher": ["warning", () => "This citation names no publisher (who says so), so it was dropped."],
  "missing-id": ["error", () => "A group needs an id that events can name."],
  "unsourced": ["warning", () => "This event cites no source. Every claim should say who reports it."],
  "url-unsafe": ["warning", (d) => `The link "${d.value}" is not an http(s) or mailto URL; it was dropped.`],
  "url-invalid": ["warning", (d) => `"${d.value}" is not a valid URL; it was dropped.`],
} satisfies Record<string, readonly [Severity, (d: Parts) => string]>;

/**
 * Every diagnostic code. Each has one severity and one message template in this file.
 *
 * @example
 * ```ts
 * for (const d of diagnostics) if (d.code === "date-ambiguous") console.warn(d.message);
 * ```
 */
export type DiagnosticCode = keyof typeof CODES;

/**
 * A problem found in the input, with its address.
 *
 * @example
 * ```ts
 * { code: "missing-start", severity: "error", section: "events", index: 3, line: 5,
 *   field: "start", message: "The start date is missing: every event needs one." }
 * ```
 */
export interface Diagnostic {
  /** Stable, machine-readable code. */
  code: DiagnosticCode;
  /** `error` drops the item (or fails a strict load); `warning` keeps it. */
  severity: Severity;
  /** Which list the item is in. */
  section: Section;
  /** Position of the item in its list (the data row from 0 in a spreadsheet); absent for the whole input. */
  index?: number;
  /** Line number in a CSV file (the header is line 1). */
  line?: number;
  /** The field at fault, as written in the input (e.g. `start`, or the CSV column `Start date`). */
  field?: string;
  /** The offending value, shortened to 80 characters. */
  value?: string;
  /** A sentence for people. */
  message: string;
}

/** Where a diagnostic points. */
export interface Address {
  section: Section;
  index?: number;
  line?: number;
  field?: string;
  /** Field → the value as the user wrote it, where an importer converted it; messages quote this. */
  written?: Record<string, string>;
}

/** What a message template sees: the value already shortened to text. */
interface Parts {
  value?: string;
  detail?: string;
  field?: string;
}

/** The variable parts of a message. */
export interface Detail {
  value?: unknown;
  detail?: string;
  field?: string;
}

const MAX_VALUE = 80;

/**
 * Show any value in a message: strings as written, others much as JSON (NaN and Infinity by
 * name), both cut to 80 characters. Bounded work whatever the value (see preview.ts).
 */
export function shorten(value: unknown): string {
  const text = typeof value === "string" ? value.slice(0, MAX_VALUE + 1) : preview(value, MAX_VALUE);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/**
 * Build a diagnostic: the one place that turns a code into a severity and a message.
 *
 * @example
 * ```ts
 * diagnostic("missing-title", { section: "events", index: 2, field: "title" });
 * ```
 */
export function diagnostic(code: DiagnosticCode, at: Address, detail: Detail = {}): Diagnostic {
  const [severity, message] = CODES[code];
  const value = detail.value === undefined ? undefined : shorten(detail.value);
  const d: Diagnostic = {
    code,
    severity,
    section: at.section,
    message: message({ ...detail, value, field: detail.field ?? at.field }),
  };
  if (at.index !== undefined) d.index = at.index;
  if (at.line !== undefined) d.line = at.line;
  if (at.field !== undefined) d.field = at.field;
  if (value !== undefined) d.value = value;
  return d;
}

/**
 * Every code with its severity, for documentation and tests.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_CODES["date-ambiguous"]; // "error"
 * DIAGNOSTIC_CODES["url-unsafe"];     // "warning"
 * ```
 */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, Severity>> = Object.fromEntries(
  Object.entries(CODES).map(([code, [severity]]) => [code, severity]),
) as Record<DiagnosticCode, Severity>;

/**
 * One line per diagnostic, for logs and the CLI: `events[3] line 5, start: error missing-start: …`.
 *
 * @example
 * ```ts
 * const { diagnostics } = loadTimeline("Title,Date\nVisit begins,2008-06-07\nTalks,03/04/2008\n");
 * formatDiagnostic(diagnostics[0]!);
 * // 'events[1] line 3, Date: error date-ambiguous: "03/04/2008" is ambiguous: it could be 3 April 2008 or 4 March 2008. Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY".'
 * ```
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [
    d.index === undefined ? d.section : `${d.section}[${d.index}]`,
    d.line === undefined ? "" : ` line ${d.line}`,
    d.field === undefined ? "" : `, ${d.field}`,
  ].join("");
  return `${where}: ${d.severity} ${d.code}: ${d.message}`;
}

/**
 * Thrown by a strict load, listing every error. The only error the loaders throw.
 *
 * @example
 * ```ts
 * try { loadTimeline(text, { strict: true }); }
 * catch (e) { if (e instanceof CitelineError) console.error(e.diagnostics); }
 * ```
 */
export class CitelineError extends Error {
  /** Every diagnostic of the load, errors and warnings. */
  readonly diagnostics: Diagnostic[];

  /** Make the error from a load's diagnostics; its message lists the errors, one line each. */
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(
      `citeline: ${errors.length} error${errors.length === 1 ? "" : "s"} in the input:\n` +
        errors.map(formatDiagnostic).join("\n"),
    );
    this.name = "CitelineError";
    this.diagnostics = diagnostics;
  }
}
