import edtf, { parse } from "edtf";
import type { FuzzyDate, PartQualifiers, Precision, Qualifier } from "../types.js";
import type { DateReason } from "../diagnostics.js";
import { inRange } from "./date-calendar.js";
import { validDay } from "./date-spelled.js";
import { BCE_UNKNOWN_DIGITS, edtfForm, NO_KNOWN_YEAR, noDayInMonth } from "../messages/details-edtf.js";

/**
 * Dates the `edtf` package reads for us (unspecified digits `156X-12-25`, part qualifiers
 * `2004?-06-~11`, significant digits `1950S2`, `Y`-years), turned into a {@link FuzzyDate} that
 * says what is known and what is not.
 *
 * This is the only module that imports `edtf`: the package (and its parser) is most of the weight
 * of date reading, and one gateway is what lets it be loaded only when a date needs it.
 *
 * @module
 */

/** The parts of an `edtf` parse tree we read. */
export interface EdtfNode {
  type: string;
  values: (number | EdtfNode | null)[];
  approximate?: number | boolean;
  uncertain?: number | boolean;
  unspecified?: number;
  significant?: number;
}

/** What reading one date gives: the date or why not. */
export type SingleResult = { ok: true; date: FuzzyDate } | { ok: false; code: "date-invalid" | "date-out-of-range" | "date-unsupported" | "edtf-not-loaded"; detail?: string; reason?: DateReason };

// edtf's digit bitmasks number the digits of YYYYMMDD from the left: bits 0–3 the year,
// bits 4–5 the month, bits 6–7 the day.
const YEAR_BITS = 0b1111;
const MONTH_BITS = 0b110000;
const DAY_BITS = 0b11000000;

const YEAR_X_DIGITS: [number, Precision][] = [
  [0b1110, "millennium"],
  [0b1100, "century"],
  [0b1000, "decade"],
];

/**
 * Read EDTF text that citeline does not read itself (not a plain date, time, season, set or
 * interval) through the edtf package: one date of any level, or why not.
 *
 * @example
 * ```ts
 * readLevel2("156X-12-25"); // decade-wide bounds, precision "decade"
 * readLevel2("2008-06-08/2008-06-09"); // { ok: false, code: "date-unsupported", detail: "an EDTF Interval" }
 * ```
 */
export function readLevel2(text: string): SingleResult {
  let node: EdtfNode;
  try {
    node = parse(text) as EdtfNode;
  } catch {
    return missingDay(text) ?? { ok: false, code: "date-invalid" };
  }
  if (node.type === "Date" || node.type === "Year" || node.type === "Decade" || node.type === "Century") return readSingle(text, node);
  return { ok: false, code: "date-unsupported", detail: edtfForm(node.type) };
}

// A day its month does not have with its parts qualified ("2007-02-~30"), which the package's
// parser refuses: said why.
function missingDay(text: string): SingleResult | undefined {
  const m = /^[?~%]?(-?\d{4})[?~%]?-[?~%]?(\d\d)[?~%]?-[?~%]?(\d\d)[?~%]?$/.exec(text);
  const [y, month, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  return m && month >= 1 && month <= 12 && d >= 1 && !validDay(y, month, d) ? noSuchDay(d) : undefined;
}

function noSuchDay(d: number): SingleResult {
  return { ok: false, code: "date-invalid", detail: noDayInMonth(d), reason: "no-day" };
}

// One date (not an interval, not a set), already parsed, through the edtf package.
function readSingle(text: string, node: EdtfNode): SingleResult {
  if (node.type === "Date" && ((node.unspecified ?? 0) & YEAR_BITS) === YEAR_BITS) {
    return { ok: false, code: "date-unsupported", detail: NO_KNOWN_YEAR, reason: "no-known-year" };
  }
  let value: { min: number; max: number; edtf: string };
  try {
    value = edtf(text);
  } catch {
    return { ok: false, code: "date-out-of-range" };
  }
  // A day its month does not have, its parts qualified or a digit unknown ("2007-02-~29",
  // "157X-02-29"): the package moved it to the next month ("2007-03-~01") without a word.
  const [, m, d] = node.values;
  const digits = (t: string) => t.replace(/[?~%]/g, "");
  if (node.type === "Date" && typeof m === "number" && typeof d === "number" && digits(value.edtf) !== digits(text)) return noSuchDay(d);
  let [earliest, latest] = [value.min, value.max];
  // The package reads "-00XX" (100–1 BCE) as 00XX (1 BCE – 99 CE): a minus before a year whose
  // known digits are all 0 is lost. Such a year alone is bounded here; with a month or day, refused.
  if (text.startsWith("-") && !value.edtf.startsWith("-")) {
    const digits = /^-([0X]{4})$/.exec(text)?.[1];
    if (!digits) return { ok: false, code: "date-unsupported", detail: BCE_UNKNOWN_DIGITS, reason: "bce-unknown-digits" };
    [earliest, latest] = [yearStart(-Number(digits.replace(/X/g, "9"))), yearStart(1) - 1];
    value = { ...value, edtf: text };
  }
  let precision = precisionOf(node);
  const date: Partial<FuzzyDate> = {};
  if (node.type === "Year" && node.significant !== undefined) {
    const bounds = significantBounds(node.values[0] as number, node.significant);
    [earliest, latest, precision] = bounds;
    date.estimate = node.values[0] as number;
  }
  if (!inRange(earliest) || !inRange(latest)) return { ok: false, code: "date-out-of-range" };
  const parts = partQualifiers(node);
  const result: FuzzyDate = { earliest, latest, precision, qualifier: qualifierOf(node, parts), edtf: value.edtf, ...date };
  if (parts) result.parts = parts;
  return { ok: true, date: result };
}

// "1950S2": the first two digits are significant, so 1900–1999 with 1950 as the estimate.
function significantBounds(year: number, digits: number): [number, number, Precision] {
  const length = String(Math.abs(year)).length;
  const unit = 10 ** Math.max(0, length - digits);
  const sign = year < 0 ? -1 : 1;
  const low = Math.floor(Math.abs(year) / unit) * unit;
  const [from, to] = sign > 0 ? [low, low + unit - 1] : [-(low + unit - 1), -low];
  const precision: Precision = unit >= 1000 ? "millennium" : unit === 100 ? "century" : unit === 10 ? "decade" : "year";
  return [yearStart(from), yearStart(to + 1) - 1, precision];
}

function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

function precisionOf(node: EdtfNode): Precision {
  if (node.type === "Decade") return "decade";
  if (node.type === "Century") return "century";
  if (node.type === "Year") return "year";
  const x = node.unspecified ?? 0;
  const parts = node.values.length;
  // The year's unknown digits set the width first: 156X-12-25 may be any of ten days in ten years.
  for (const [mask, precision] of YEAR_X_DIGITS) if ((x & mask) === mask) return precision;
  if (parts === 3 && !(x & DAY_BITS)) return "day";
  if (parts >= 2 && !(x & MONTH_BITS)) return "month";
  return "year";
}

// Level 2 puts a qualifier on single parts; a qualifier on every written part is the whole date's.
function partQualifiers(node: EdtfNode): PartQualifiers | undefined {
  if (typeof node.approximate !== "number" && typeof node.uncertain !== "number") return undefined;
  const written = [YEAR_BITS, MONTH_BITS, DAY_BITS].slice(0, node.values.length);
  const all = written.reduce((a, b) => a | b, 0);
  const a = Number(node.approximate ?? 0);
  const u = Number(node.uncertain ?? 0);
  if ((a === 0 || a === all) && (u === 0 || u === all)) return undefined;
  const parts: PartQualifiers = {};
  (["year", "month", "day"] as const).forEach((part, i) => {
    const bits = written[i];
    if (bits === undefined) return;
    const q = combine((a & bits) !== 0, (u & bits) !== 0);
    if (q !== "exact") parts[part] = q;
  });
  return parts;
}

function qualifierOf(node: EdtfNode, parts: PartQualifiers | undefined): Qualifier {
  if (parts) {
    const qs = Object.values(parts) as Qualifier[];
    return combine(qs.some((q) => q.startsWith("approximate")), qs.some((q) => q.endsWith("uncertain")));
  }
  return combine(Boolean(node.approximate), Boolean(node.uncertain));
}

/**
 * The qualifier for being approximate, uncertain, both or neither.
 *
 * @example
 * ```ts
 * combine(true, true); // "approximate-uncertain"
 * ```
 */
export function combine(approximate: boolean, uncertain: boolean): Qualifier {
  if (approximate && uncertain) return "approximate-uncertain";
  if (approximate) return "approximate";
  if (uncertain) return "uncertain";
  return "exact";
}
