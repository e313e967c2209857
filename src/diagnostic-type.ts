/**
 * What a diagnostic is: its severity, the section it points into, its fields and its address,
 * and the parts its sentence is made from. src/diagnostics.ts builds one; this file holds only
 * their shapes.
 *
 * @module
 */
import type { DateReason, LoadingOption } from "./messages/diagnostics.js";
import type { DiagnosticCode } from "./diagnostics.js";

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
   * given the first of the hundred years the data's dates fall in; `"dateFormat"` (`date-format`)
   * for a day and month that read either way (`"7/6/2008"`), once given the sheet's order. Every
   * language's sentence names it.
   */
  option?: LoadingOption;
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
  option?: LoadingOption | undefined;
}
