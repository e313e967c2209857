/**
 * The parts an event, an era and an account of an event all have: a start with an optional end,
 * and the sources they cite. `prefix` places a part inside its item (`accounts[1].`).
 *
 * @module
 */
import type { FuzzyDate } from "../types.js";
import { boundOf } from "./date.js";
import { isRecord, LIMITS } from "./fields.js";
import type { ItemReader } from "./reader.js";
import { readSource, type SourceDraft } from "./source.js";
import { A_LIST_OF_SOURCES, NEEDS_A_KNOWN_END, PRESENT_ENDS } from "../messages/details.js";
import { isMissing } from "./missing-value.js";

/**
 * A start and an optional end, read as one: an EDTF interval in `start` sets both, an open end
 * takes the other's bounds, and an end surely before its start is an error. Undefined (with the
 * diagnostic filed) when there is no usable span.
 *
 * @example
 * ```ts
 * readSpan("2008-06-07", "2008-06-09", reader)?.end?.edtf; // "2008-06-09"
 * ```
 */
export function readSpan(rawStart: unknown, rawEnd: unknown, reader: ItemReader, prefix = ""): { start: FuzzyDate; end?: FuzzyDate } | undefined {
  if (rawStart === undefined || rawStart === null || (typeof rawStart === "string" && rawStart.trim() === "")) {
    reader.report("missing-start", `${prefix}start`);
    return undefined;
  }
  // A missing value's marker ("N/A") is an empty cell: the start is missing, the value quoted.
  if (isMissing(rawStart)) {
    reader.report("missing-start", `${prefix}start`, { value: rawStart });
    return undefined;
  }
  const start = reader.date(rawStart, `${prefix}start`);
  const end = reader.date(rawEnd, `${prefix}end`);
  if (!start) return undefined;
  // Only ".." writes an open start; a start the readers of words read as open said the present
  // ("present", "today"), which ends a span and never starts one.
  if (!start.end && start.date.bound === "open" && typeof rawStart === "string" && rawStart.trim() !== "..") {
    reader.report("date-invalid", `${prefix}start`, { value: rawStart, detail: PRESENT_ENDS, reason: "present-ends" });
    return undefined;
  }
  // A start not known ("unknown", "?") with no end to bound it: the event has no place in time.
  if (!start.end && !end && start.date.bound === "unknown") {
    reader.report("missing-start", `${prefix}start`, { value: rawStart });
    return undefined;
  }
  if (start.end && end) {
    reader.report("interval-and-end", `${prefix}end`, { value: rawEnd });
    return undefined;
  }
  let first = start.date;
  let last = start.end ?? end?.end ?? end?.date;
  // An end given on its own as open (`end: ".."`, or a saved timeline's `{ bound: "open" }`)
  // takes the bounds of the other end, as it does inside an interval.
  if (!start.end) {
    if (first.bound) {
      if (!last || last.bound) {
        reader.report("date-invalid", `${prefix}start`, { value: rawStart, detail: NEEDS_A_KNOWN_END, reason: "needs-known-end" });
        return undefined;
      }
      first = boundOf(first.bound, last);
    }
    if (last?.bound) last = boundOf(last.bound, first);
  }
  // Only an end that is surely earlier is wrong: "June 2008" may end within "8 June 2008"'s month.
  if (last && !last.bound && !first.bound && last.latest < first.earliest) {
    reader.report("end-before-start", `${prefix}${start.end ? "start" : "end"}`, { value: last.edtf, detail: first.edtf });
    return undefined;
  }
  return last ? { start: first, end: last } : { start: first };
}

// Citations are read, resolved and dropped: an item that gives none can share this empty list.
const NO_CITATIONS: (string | SourceDraft)[] = [];

/**
 * What an item cites, as written: source ids, and sources written inline (read, not yet merged).
 *
 * @example
 * ```ts
 * readCitations(["irna", { publisher: "The New York Times" }], reader); // ["irna", { publisher: … }]
 * ```
 */
export function readCitations(raw: unknown, reader: ItemReader, prefix = ""): (string | SourceDraft)[] {
  if (raw === undefined || raw === null) return NO_CITATIONS;
  const list = Array.isArray(raw) ? (raw as unknown[]) : typeof raw === "string" || isRecord(raw) ? [raw] : undefined;
  if (!list) {
    reader.report("wrong-type-ignored", `${prefix}sources`, { value: raw, detail: A_LIST_OF_SOURCES });
    return [];
  }
  const out: (string | SourceDraft)[] = [];
  list.forEach((item, i) => {
    if (typeof item === "string" || typeof item === "number") {
      const id = reader.text(item, `${prefix}sources[${i}]`, LIMITS.id);
      if (id !== undefined) out.push(id);
    } else {
      const source = readSource(item, reader.softened(), `${prefix}sources[${i}].`, true);
      if (source) out.push(source);
    }
  });
  return out;
}
