import type { DateReason, LoadingOption } from "../diagnostics.js";
import type { DateFormat, FuzzyDate } from "../types.js";
import type { DiagnosticCode } from "../diagnostics.js";
import { calendarDate, inRange } from "./date-calendar.js";
import { fastDay, fastInstant } from "./date-fast.js";
import { numberDate } from "./date-number.js";
import { readLevel2 } from "./date-level2.js";
import { readDateObject } from "./date-object.js";
import { readSet } from "./date-set.js";
import { normalizeSpelling } from "./date-spelling.js";
import { seasonBounds, SEASON_PATTERN } from "./season.js";
import { seasonOrYears } from "./season-or-years.js";
import { NEEDS_A_KNOWN_END, notASeason } from "../messages/details.js";

/**
 * What reading one date field gives: a date (with its own end when the input was an interval) or a problem.
 *
 * @example
 * ```ts
 * const r = readDate("03/04/2008");
 * if (!r.ok) console.log(r.code, r.detail); // "date-ambiguous" "3 April 2008 or 4 March 2008"
 * if (!r.ok) console.log(r.readings);         // ["2008-04-03", "2008-03-04"]: each reading, in EDTF
 * ```
 */
export type DateResult =
  | { ok: true; date: FuzzyDate; end?: FuzzyDate; warning?: { code: DiagnosticCode; detail: string; readings?: string[] } }
  | { ok: false; code: DiagnosticCode; detail?: string; readings?: string[]; reason?: DateReason; option?: LoadingOption };

/**
 * How to read dates for a whole input.
 *
 * @example
 * ```ts
 * readDate("7/6/2008", { dateFormat: "DMY" }); // 7 June 2008
 * ```
 */
export interface ReadDateOptions {
  /** Day–month order of all-numeric dates; without it `7/6/2008` is refused as ambiguous. */
  dateFormat?: DateFormat;
  /** The first year a two-digit year (`5/31/17`) can be; without it such dates are refused. */
  twoDigitYearsFrom?: number;
}

/**
 * Read a date the way an honest timeline needs it: with its bounds, precision and qualifier.
 * EDTF is read by the `edtf` package (plain dates, times and seasons by citeline itself, see
 * date-calendar.ts and season.ts); a few unambiguous everyday spellings are first rewritten to
 * EDTF, and ambiguous ones (`03/04/2008`) are refused. A date object (a loaded timeline's
 * {@link FuzzyDate}) is read from its `edtf`.
 *
 * @example
 * ```ts
 * readDate("2008-06~");
 * // { ok: true, date: { earliest: 1212278400000, latest: 1214870399999,
 * //                     precision: "month", qualifier: "approximate", edtf: "2008-06~" } }
 * ```
 */
export function readDate(input: unknown, options: ReadDateOptions = {}): DateResult {
  // Epoch ms and ISO days are most of what apps hand us: read without regexes or allocations.
  if (typeof input === "number") return numberDate(input) ?? fastInstant(input) ?? instant(input);
  if (typeof input === "string") {
    const day = fastDay(input);
    if (day) return day;
  }
  if (input instanceof Date) return fastInstant(input.getTime()) ?? instant(input.getTime());
  return readDateGeneral(input, options);
}

/**
 * {@link readDate} without its fast path for epoch ms and ISO days: the reading the fast path must
 * give the same answer as (a property test holds them equal).
 *
 * @example
 * ```ts
 * readDateGeneral("2008-06-02"); // the same result as readDate("2008-06-02")
 * ```
 */
export function readDateGeneral(input: unknown, options: ReadDateOptions = {}): DateResult {
  if (input instanceof Date) return instant(input.getTime());
  if (typeof input === "number") return numberDate(input) ?? instant(input);
  // An object's `edtf` is EDTF by its name: "2021-22" there is summer 2021, as a saved timeline writes it.
  if (typeof input === "object" && input !== null) return readDateObject(input, (text) => fastDay(text) ?? readText(text, options), instant);
  if (typeof input !== "string") return { ok: false, code: "date-invalid" };
  const result = readText(input, options);
  const either = result.ok && !result.warning ? seasonOrYears(input) : undefined;
  if (either && result.ok) result.warning = either;
  return result;
}

function readText(input: string, options: ReadDateOptions): DateResult {
  const spelled = normalizeSpelling(input, options);
  if (!spelled.ok) return spelled;
  // A time not known, alone ("unknown", "?" in an end field): EDTF's unknown end or start, which
  // the span reader bounds by the other end, as it does "..".
  if (spelled.edtf === "") return { ok: true, date: boundOf("unknown", NO_TIME) };
  const result = readEdtf(spelled.edtf);
  if (result.ok && spelled.warning) result.warning = spelled.warning;
  return result;
}

function instant(ms: number): DateResult {
  if (!Number.isFinite(ms)) return { ok: false, code: "date-invalid" };
  if (!inRange(ms)) return { ok: false, code: "date-out-of-range" };
  const edtfText = new Date(ms).toISOString();
  return { ok: true, date: { earliest: ms, latest: ms, precision: "instant", qualifier: "exact", edtf: edtfText } };
}

/**
 * An interval end that is not a date: `..` (open) or nothing (unknown). It takes the bounds of the
 * other end, so extents and sorting stay finite; `bound` says what it is.
 *
 * @example
 * ```ts
 * boundOf("open", readDate("1985").date); // { …1985's bounds, edtf: "..", bound: "open" }
 * ```
 */
export function boundOf(kind: "open" | "unknown", other: FuzzyDate): FuzzyDate {
  return { earliest: other.earliest, latest: other.latest, precision: other.precision, qualifier: "exact", edtf: kind === "open" ? ".." : "", bound: kind };
}

// What a bound alone is bounded by until the span reader gives it the other end's bounds.
const NO_TIME: FuzzyDate = { earliest: 0, latest: 0, precision: "year", qualifier: "exact", edtf: "" };

/** Read EDTF text. `fast: false` sends plain dates to the edtf package too (for the property test). */
export function readEdtf(text: string, fast = true): DateResult {
  if (text === "..") return { ok: true, date: boundOf("open", NO_TIME) };
  const season = SEASON_PATTERN.exec(text);
  if (season) return seasonDate(text, Number(season[1]), Number(season[2]), season[3]);
  const plain = fast || text.includes("T") || /^-?\d{1,3}(-|$|[?~%])/.test(text) ? calendarDate(text) : undefined;
  if (plain) return plain;
  // Times are ours alone (the package would read them in the machine's zone); EDTF puts no qualifier
  // on them. An interval of two times (ISO 8601's, beyond EDTF's level 0) is read end by end.
  if (/^-?\d+-\d+-\d+T/.test(text)) {
    const ends = text.split("/");
    return ends.length === 2 ? interval(ends[0] ?? "", ends[1] ?? "", fast) : { ok: false, code: "date-invalid" };
  }
  const set = readSet(text, (member) => readEdtf(member, fast));
  if (set) return set;
  const ends = text.split("/");
  if (ends.length === 2) return interval(ends[0] ?? "", ends[1] ?? "", fast);
  if (ends.length > 2) return { ok: false, code: "date-invalid" };
  return readLevel2(text);
}

// An interval's ends are read one by one, as written: so each keeps its own precision, seasons
// work at either end, and an end may be open (`..`) or unknown (blank).
function interval(from: string, to: string, fast: boolean): DateResult {
  const bound = (end: string): "open" | "unknown" | undefined => (end === ".." ? "open" : end === "" ? "unknown" : undefined);
  const [startBound, endBound] = [bound(from), bound(to)];
  if (startBound && endBound) return { ok: false, code: "date-invalid", detail: NEEDS_A_KNOWN_END, reason: "needs-known-end" };
  const start = startBound ? undefined : readEdtf(from, fast);
  const end = endBound ? undefined : readEdtf(to, fast);
  if (start && !start.ok) return start;
  if (end && !end.ok) return end;
  if (start?.end || end?.end || start?.date.bound || end?.date.bound) return { ok: false, code: "date-invalid" };
  if (start && end) return { ok: true, date: start.date, end: end.date };
  if (end && startBound) return { ok: true, date: boundOf(startBound, end.date), end: end.date };
  if (start && endBound) return { ok: true, date: start.date, end: boundOf(endBound, start.date) };
  return { ok: false, code: "date-invalid" };
}

function seasonDate(text: string, year: number, code: number, qualifier: string | undefined): DateResult {
  const bounds = seasonBounds(year, code);
  if (!bounds) return { ok: false, code: "date-invalid", detail: notASeason(code) };
  if (!inRange(bounds[0]) || !inRange(bounds[1])) return { ok: false, code: "date-out-of-range" };
  const q = qualifier ?? "";
  return {
    ok: true,
    date: {
      earliest: bounds[0],
      latest: bounds[1],
      precision: "season",
      qualifier: q === "%" ? "approximate-uncertain" : q === "~" ? "approximate" : q === "?" ? "uncertain" : "exact",
      edtf: text,
    },
  };
}
