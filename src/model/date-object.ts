import type { DateReason } from "../diagnostics.js";
import type { DiagnosticCode } from "../diagnostics.js";
import type { FuzzyDate } from "../types.js";
import { DATE_OBJECT_NEEDS_EDTF } from "../messages/details.js";

type Result = { ok: true; date: FuzzyDate; end?: FuzzyDate; warning?: { code: DiagnosticCode; detail: string; readings?: string[] } } | { ok: false; code: DiagnosticCode; detail?: string; readings?: string[]; reason?: DateReason };

/**
 * Read a date written as an object: a loaded timeline's {@link FuzzyDate}, or `{ edtf }`. The
 * `edtf` text is the date (so a saved timeline loads back as it was); an exact instant keeps its
 * millisecond. Bounds given beside the text that disagree with it are reported, not trusted.
 *
 * @example
 * ```ts
 * readDateObject({ edtf: "2008-06" }, readDate, instant); // June 2008
 * ```
 */
export function readDateObject(value: object, readText: (text: string) => Result, instant: (ms: number) => Result): Result {
  const o = value as Partial<Record<keyof FuzzyDate, unknown>>;
  if (o.bound === "open" || o.bound === "unknown") {
    // Its bounds are the other end's: the item's reader settles them.
    return { ok: true, date: { earliest: 0, latest: 0, precision: "year", qualifier: "exact", edtf: o.bound === "open" ? ".." : "", bound: o.bound } };
  }
  if (typeof o.edtf !== "string" || o.edtf.trim() === "") {
    return { ok: false, code: "date-invalid", detail: DATE_OBJECT_NEEDS_EDTF, reason: "object-needs-edtf" };
  }
  const read = o.precision === "instant" ? instantOf(o.edtf, instant) : readText(o.edtf);
  if (!read.ok) return read;
  const given = [o.earliest, o.latest];
  if ((typeof given[0] === "number" && given[0] !== read.date.earliest) || (typeof given[1] === "number" && given[1] !== read.date.latest)) {
    return { ...read, warning: { code: "date-object-mismatch", detail: read.date.edtf } };
  }
  return read;
}

function instantOf(text: string, instant: (ms: number) => Result): Result {
  const ms = Date.parse(text);
  return /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(text) && Number.isFinite(ms) ? instant(ms) : { ok: false, code: "date-invalid" };
}
