/**
 * Every problem the loaders find is a {@link Diagnostic} with an address. This file gives each code
 * its severity and builds the diagnostic; the sentences live in `src/messages/diagnostics.ts`, with
 * every other word citeline shows, so their wording is reviewed (or translated) in one place.
 *
 * @module
 */
import { apiEn } from "./messages/api.js";
import { diagnosticsEn, type DiagnosticParts } from "./messages/diagnostics.js";
import type { Address, Detail, Diagnostic, Severity } from "./diagnostic-type.js";
import { preview } from "./preview.js";

export type { DateReason, LoadingOption } from "./messages/diagnostics.js";
export type { Address, Detail, Diagnostic, Section, Severity } from "./diagnostic-type.js";

// Each code's severity; its sentence is in src/messages/diagnostics.ts. `satisfies` holds the two
// tables to the same codes, so a code cannot lose its words or gain words without a severity.
const CODES = {
  // Whole input
  "json-syntax": "error",
  "text-encoding": "warning",
  "format-unknown": "error",
  "input-not-object": "error",
  "events-not-array": "error",
  "list-not-array": "error",
  "csv-empty": "error",
  "csv-separator": "warning",
  "csv-missing-column": "error",
  "csv-title-from-text": "warning",
  "csv-html-text": "warning",
  "csv-unknown-column": "warning",
  "csv-unknown-columns": "warning",
  "csv-row-type": "warning",
  "html-not-loaded": "error",
  "html-text-not-loaded": "error",
  "timelinejs-missing-events": "error",
  "timelinejs-not-loaded": "error",
  // Shape of one item
  "not-an-object": "error",
  "forbidden-key": "warning",
  "unknown-field": "warning",
  "wrong-type": "error",
  "wrong-type-ignored": "warning",
  "string-too-long": "error",
  "missing-title": "error",
  "title-from-text": "warning",
  "missing-start": "error",
  "importance-range": "warning",
  // Dates
  "date-invalid": "error",
  "date-ambiguous": "error",
  "date-reinterpreted": "warning",
  "date-out-of-range": "error",
  "date-object-mismatch": "warning",
  "date-unsupported": "error",
  "edtf-not-loaded": "error",
  "words-not-loaded": "error",
  "end-before-start": "error",
  "interval-and-end": "error",
  // References
  "duplicate-id": "error",
  "unknown-group": "warning",
  "unknown-source": "warning",
  "unknown-story-event": "warning",
  "duplicate-story-event": "warning",
  "unknown-via": "warning",
  "unknown-disputes": "warning",
  "account-differs": "warning",
  "start-and-accounts": "warning",
  "via-too-deep": "warning",
  "citation-differs": "warning",
  "via-cycle": "warning",
  "source-missing-publisher": "error",
  "citation-missing-publisher": "warning",
  "missing-id": "error",
  "unsourced": "warning",
  "url-unsafe": "warning",
  "url-invalid": "warning",
  // Media
  "media-url-unsafe": "warning",
  "media-missing-url": "warning",
  "media-missing-alt": "warning",
  // Drafting from an article (draftTimeline): each names its sentence
  "draft-unresolved-date": "warning",
  "draft-unanchored-date": "warning",
  "draft-undated-span": "warning",
  "draft-date-from-context": "warning",
  "draft-language": "warning",
} as const satisfies Record<keyof typeof diagnosticsEn, Severity>;

const SENTENCES: Readonly<Record<DiagnosticCode, (d: DiagnosticParts) => string>> = diagnosticsEn;

// The codes whose detail is the input's own (a date, a field's name, ids), or a mark any language
// can say ("utf-16"): kept on the diagnostic for the translations to name. The other codes'
// details are English words.
const QUOTES_INPUT: ReadonlySet<string> = new Set(["text-encoding", "end-before-start", "unknown-field", "via-cycle", "citation-differs", "account-differs", "draft-unanchored-date", "draft-date-from-context"]);

/**
 * Every diagnostic code. Each has one severity (here) and one sentence (in the messages).
 *
 * @example
 * ```ts
 * for (const d of diagnostics) if (d.code === "date-ambiguous") console.warn(d.message);
 * ```
 */
export type DiagnosticCode = keyof typeof CODES;


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
  const severity = CODES[code];
  const message = SENTENCES[code];
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
  if (detail.readAs !== undefined) d.readAs = detail.readAs;
  if (detail.readings !== undefined) d.readings = [...detail.readings];
  if (detail.reason !== undefined) d.reason = detail.reason;
  if (detail.option !== undefined) d.option = detail.option;
  if (detail.detail !== undefined && QUOTES_INPUT.has(code)) d.detail = detail.detail;
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
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, Severity>> = { ...CODES };

/**
 * One line per diagnostic, for logs and the CLI: `events[3] line 5, start: error missing-start: …`.
 *
 * @example
 * ```ts
 * const { diagnostics } = loadTimeline("Title,Date\nVisit begins,2008-06-07\nTalks,03/04/2008\n");
 * formatDiagnostic(diagnostics[0]!);
 * // 'events[1] line 3, Date: error date-ambiguous: "03/04/2008" is ambiguous: it could be 3 April 2008 or 4 March 2008. Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY" (date-format in markup).'
 * ```
 */
export function formatDiagnostic(d: Diagnostic): string {
  if (typeof (d as Partial<Diagnostic> | null | undefined)?.message !== "string") throw new TypeError(apiEn.notRead("formatDiagnostic", d));
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
