/**
 * Every problem the loaders find is a {@link Diagnostic} with an address. This file gives each code
 * its severity and builds the diagnostic; the sentences live in `src/messages/diagnostics.ts`, with
 * every other word citeline shows, so their wording is reviewed (or translated) in one place.
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
 * The part of the input a diagnostic points into: `text` is the article `draftTimeline` drafts
 * from, its `index` the sentence's position from 0.
 *
 * @example
 * ```ts
 * const sourceProblems = diagnostics.filter((d) => d.section === "sources");
 * ```
 */
export type Section = "timeline" | "events" | "sources" | "groups" | "eras" | "text";

import { diagnosticsEn, type DateReason, type DiagnosticParts } from "./messages/diagnostics.js";

export type { DateReason } from "./messages/diagnostics.js";
import { preview } from "./preview.js";

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
  "csv-unknown-column": "warning",
  "csv-unknown-columns": "warning",
  "csv-row-type": "warning",
  "html-not-loaded": "error",
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
  /**
   * The date `value` was read as, in EDTF, where it was read otherwise than written
   * (`date-reinterpreted`: `"476"` → `"0476"`) or its text was taken over its bounds
   * (`date-object-mismatch`). Every language's sentence names it.
   */
  readAs?: string;
  /**
   * Each date `value` could be, in EDTF, in the order the message says them: an ambiguous date's
   * readings (`date-ambiguous`: `"03/04/2008"` → `["2008-04-03", "2008-03-04"]`), or the one date
   * a refused value may name (`date-invalid`: an Excel day number, `"39607"` → `["2008-06-08"]`),
   * or, for a value read one way that may mean another (`date-reinterpreted`), the one read first
   * and the others (`"2021-22"` → `["2021-22", "2021/2022"]`). Every language's sentence names them; each loads as written. Absent where no one date can
   * stand for the whole value (`"12/31"`, a day with no year).
   */
  readings?: string[];
  /**
   * Why a date was refused (`date-invalid`), or what it uses that citeline does not draw yet
   * (`date-unsupported`), as a code every language's sentence says, where the English message
   * says it in words: `"8-Jun-08"` → `"two-digit-year"`, `"c. 1970s"` → `"qualified-span"` ({@link DateReason}).
   */
  reason?: DateReason;
  /**
   * The loading option that would read what was refused: `"twoDigitYearsFrom"` (the attribute
   * `two-digit-years-from`) for a date whose year has two digits (`"5/31/17"`, `"Jun-08"`), once
   * given the first of the hundred years the data's dates fall in. Every language's sentence names it.
   */
  option?: "twoDigitYearsFrom";
  /**
   * What else from the input the message names, as written there, for the codes whose message
   * quotes it: the start an end comes before (`end-before-start`), the field a misspelt one most
   * likely meant (`unknown-field`), the loop of relays (`via-cycle`), the fields a citation gives
   * otherwise (`citation-differs`) or an account's row (`account-differs`), the words of a drafted
   * sentence's date (`draft-*`), `"utf-16"` for text that was UTF-16 (`text-encoding`). Every
   * language's sentence names it; absent for the other codes, whose details are citeline's own
   * English words.
   */
  detail?: string;
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

/** The variable parts of a message. */
export interface Detail {
  value?: unknown;
  detail?: string;
  field?: string;
  /** See `Diagnostic.readAs`. */
  readAs?: string;
  /** See `Diagnostic.readings`. */
  readings?: string[] | undefined;
  /** See `Diagnostic.reason`. */
  reason?: DateReason | undefined;
  /** See `Diagnostic.option`. */
  option?: "twoDigitYearsFrom" | undefined;
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
