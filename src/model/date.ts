import edtf, { parse as parseEdtf } from "edtf";
import type { DateFormat, FuzzyDate, Precision, Qualifier } from "../types.js";
import type { DiagnosticCode } from "../diagnostics.js";
import { normalizeSpelling } from "./date-spelling.js";
import { seasonBounds, SEASON_PATTERN } from "./season.js";

/**
 * What reading one date field gives: a date (with its own end when the input was an interval) or a problem.
 *
 * @example
 * ```ts
 * const r = readDate("03/04/2008");
 * if (!r.ok) console.log(r.code, r.detail); // "date-ambiguous" "3 April 2008 or 4 March 2008"
 * ```
 */
export type DateResult =
  | { ok: true; date: FuzzyDate; end?: FuzzyDate; warning?: { code: DiagnosticCode; detail: string } }
  | { ok: false; code: DiagnosticCode; detail?: string };

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
}

// JavaScript dates reach ±8.64e15 ms, about 273,790 years either side of 1970.
const MAX_MS = 8.64e15;

/**
 * Read a date the way an honest timeline needs it: with its bounds, precision and qualifier.
 * EDTF is read by the `edtf` package; a few unambiguous everyday spellings are first rewritten to
 * EDTF, and ambiguous ones (`03/04/2008`) are refused.
 *
 * @example
 * ```ts
 * readDate("2008-06~");
 * // { ok: true, date: { earliest: 1212278400000, latest: 1214870399999,
 * //                     precision: "month", qualifier: "approximate", edtf: "2008-06~" } }
 * ```
 */
export function readDate(input: unknown, options: ReadDateOptions = {}): DateResult {
  if (input instanceof Date) return instant(input.getTime());
  if (typeof input === "number") return instant(input);
  if (typeof input !== "string") return { ok: false, code: "date-invalid" };
  const spelled = normalizeSpelling(input, options);
  if (!spelled.ok) return spelled;
  const result = readEdtf(spelled.edtf);
  if (result.ok && spelled.warning) result.warning = spelled.warning;
  return result;
}

function instant(ms: number): DateResult {
  if (!Number.isFinite(ms)) return { ok: false, code: "date-invalid" };
  if (Math.abs(ms) > MAX_MS) return { ok: false, code: "date-out-of-range" };
  const edtfText = new Date(ms).toISOString();
  return { ok: true, date: { earliest: ms, latest: ms, precision: "instant", qualifier: "exact", edtf: edtfText } };
}

/** The parts of an `edtf` parse tree we read. */
interface Node {
  type: string;
  values: (number | Node | null)[];
  approximate?: number | boolean;
  uncertain?: number | boolean;
  unspecified?: number;
}

/** Read EDTF text with the `edtf` package (seasons excepted, see season.ts). Exported for tests. */
export function readEdtf(raw: string, fast = true): DateResult {
  // A time with no zone is the wall-clock time as written, the same for every reader. The edtf
  // package would read it in the machine's zone (14:30 in Tehran became 10:00Z), so it is pinned
  // to UTC here, as dates are.
  // It also reads ".5" seconds as 5 ms: fractions are padded to milliseconds first.
  const zoned = /T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(raw) ? `${raw}Z` : raw;
  const text = zoned.replace(/(T\d\d:\d\d:\d\d\.)(\d{1,2})(?=Z|[+-]\d\d:?\d\d$)/, (_, head: string, frac: string) => head + frac.padEnd(3, "0"));
  const season = SEASON_PATTERN.exec(text);
  if (season) return seasonDate(text, Number(season[1]), Number(season[2]), season[3]);
  const plain = fast ? calendarDate(text) : undefined;
  if (plain) return plain;
  // An interval's ends are read one by one, as written: so each keeps its own precision, and
  // seasons (which the edtf package does not take inside intervals) work at either end.
  const ends = text.split("/");
  if (ends.length === 2 && ends[0] !== "" && ends[1] !== "" && ends[0] !== ".." && ends[1] !== "..") {
    const start = readEdtf(ends[0]!, fast);
    const end = readEdtf(ends[1]!, fast);
    if (!start.ok) return start;
    if (!end.ok) return end;
    if (start.end || end.end) return { ok: false, code: "date-invalid" };
    return { ok: true, date: start.date, end: end.date };
  }
  let node: Node;
  try {
    node = parseEdtf(text) as Node;
  } catch {
    return { ok: false, code: "date-invalid" };
  }
  switch (node.type) {
    case "Date":
    case "Year":
    case "Decade":
    case "Century":
      return single(text, node);
    case "Interval":
      // Reached only for open or unknown ends ("2008/..", "/2008"): both-sided ones are split above.
      return { ok: false, code: "date-unsupported", detail: "an open or unknown end" };
    case "Set":
    case "List":
      return { ok: false, code: "date-unsupported", detail: "a set of possible dates" };
    default:
      return { ok: false, code: "date-unsupported", detail: `an EDTF ${node.type}` };
  }
}

// Plain calendar dates (`2008`, `2008-06`, `2008-06-08`, with `~ ? %` on the whole date, or with a
// UTC time of day, `2008-06-08T14:30Z`) are most
// of what timelines hold. The edtf package's general parser takes about 0.25 ms a date, which made
// loading 10,000 events take seconds; these are bounded here directly, and a property test holds
// the result equal to the package's for the same text.
const CALENDAR = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?([?~%]?)$/;

/** A plain calendar date (or a day's time in UTC) read without the general parser, or undefined to let edtf read it. */
export function calendarDate(text: string): DateResult | undefined {
  const m = CALENDAR.exec(text);
  if (!m || (m[1] === "-" && m[2] === "0000")) return undefined;
  const year = Number(`${m[1] ?? ""}${m[2] ?? ""}`);
  const month = m[3] === undefined ? undefined : Number(m[3]);
  const day = m[4] === undefined ? undefined : Number(m[4]);
  const hour = m[5] === undefined ? undefined : Number(m[5]);
  const minute = Number(m[6] ?? 0);
  const second = m[7] === undefined ? undefined : Number(m[7]);
  const mark = m[8] ?? "";
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  // EDTF qualifies dates, not times of day; such text goes to the package, which says what it thinks.
  if (hour !== undefined && (mark !== "" || hour > 23 || minute > 59 || (second ?? 0) > 59)) return undefined;
  const from = new Date(0);
  from.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  if (day !== undefined && from.getUTCDate() !== day) return undefined;
  if (hour !== undefined) {
    from.setUTCHours(hour, minute, second ?? 0, 0);
    const unit = second === undefined ? 60_000 : 1000;
    const at = from.getTime();
    return { ok: true, date: { earliest: at, latest: at + unit - 1, precision: second === undefined ? "minute" : "second", qualifier: "exact", edtf: from.toISOString() } };
  }
  const to = new Date(0);
  to.setUTCFullYear(year + (month === undefined ? 1 : 0), month === undefined ? 0 : day === undefined ? month : month - 1, day === undefined ? 1 : day + 1);
  return {
    ok: true,
    date: {
      earliest: from.getTime(),
      latest: to.getTime() - 1,
      precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
      qualifier: mark === "%" ? "approximate-uncertain" : mark === "~" ? "approximate" : mark === "?" ? "uncertain" : "exact",
      edtf: text,
    },
  };
}

function single(text: string, node: Node): DateResult {
  let earliest: number;
  let latest: number;
  let canonical: string;
  try {
    const value = edtf(text);
    earliest = value.min;
    latest = value.max;
    canonical = value.edtf;
  } catch {
    return { ok: false, code: "date-out-of-range" };
  }
  if (!inRange(earliest) || !inRange(latest)) return { ok: false, code: "date-out-of-range" };
  const precision = precisionOf(text, node);
  // "14:30" is the whole minute from 14:30:00.000 to 14:30:59.999, as "June" is the whole month.
  const unit = TIME_UNITS[precision];
  if (unit !== undefined) latest = earliest + unit - 1;
  return { ok: true, date: { earliest, latest, precision, qualifier: qualifierOf(node), edtf: canonical } };
}

function seasonDate(text: string, year: number, code: number, qualifier: string | undefined): DateResult {
  const bounds = seasonBounds(year, code);
  if (!bounds) return { ok: false, code: "date-invalid", detail: `${code} is not an EDTF season (21–41).` };
  const qualified: Node = {
    type: "Season",
    values: [],
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
  };
  if (!inRange(bounds[0]) || !inRange(bounds[1])) return { ok: false, code: "date-out-of-range" };
  return {
    ok: true,
    date: { earliest: bounds[0], latest: bounds[1], precision: "season", qualifier: qualifierOf(qualified), edtf: text },
  };
}

const TIME_UNITS: Partial<Record<Precision, number>> = { hour: 3_600_000, minute: 60_000, second: 1000 };

function inRange(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS;
}

// edtf's unspecified bitmask numbers the digits of YYYYMMDD from the left: bit 0 is the first
// year digit, bits 4–5 the month, bits 6–7 the day.
const YEAR_X_DIGITS: [number, Precision][] = [
  [0b1110, "millennium"],
  [0b1100, "century"],
  [0b1000, "decade"],
];

function precisionOf(text: string, node: Node): Precision {
  if (node.type === "Decade") return "decade";
  if (node.type === "Century") return "century";
  if (node.type === "Year") return "year";
  const x = node.unspecified ?? 0;
  const parts = node.values.length;
  if (parts >= 4) return /T\d\d:\d\d:\d\d/.test(text) ? "second" : /T\d\d:\d\d/.test(text) ? "minute" : "hour";
  if (parts === 3 && !(x & 0b11000000)) return "day";
  if (parts >= 2 && !(x & 0b110000)) return "month";
  for (const [mask, precision] of YEAR_X_DIGITS) if ((x & mask) === mask) return precision;
  return "year";
}

function qualifierOf(node: Node): Qualifier {
  const approximate = Boolean(node.approximate);
  const uncertain = Boolean(node.uncertain);
  if (approximate && uncertain) return "approximate-uncertain";
  if (approximate) return "approximate";
  if (uncertain) return "uncertain";
  return "exact";
}
