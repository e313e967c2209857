/**
 * Where a drawing shows doubt about a date: which ends of a span fade as a band of doubt. The
 * layout reads it to keep a span's label on the sure part of its bar (the label is in the bar's
 * own text colour, unreadable over a fade), the scene to draw the fades; one rule for both.
 *
 * @module
 */
import type { FuzzyDate } from "../types.js";
import type { PrecisionLayout } from "./item-types.js";

/** Below this many px a band of doubt is too thin to draw as one. */
export const MIN_BAND = 4;

/**
 * Whether a date is known more coarsely than a day: its band is drawn as doubt, not as a known day.
 *
 * @example
 * ```ts
 * coarse({ precision: "month", qualifier: "exact" }); // true
 * ```
 */
export function coarse(p: PrecisionLayout): boolean {
  return !FINE.has(p.precision);
}

// Read for every item of every frame: one set, not an array made per call.
const FINE: ReadonlySet<string> = new Set(["day", "hour", "minute", "second", "instant"]);

/**
 * Whether a span's end is drawn as a band of doubt: wide enough, and vague, open or unknown. `p`
 * is its date, or how the layout says it (the same fields).
 *
 * @example
 * ```ts
 * fuzzyEnd([100, 160], { precision: "day", qualifier: "approximate" }); // true
 * fuzzyEnd([100, 160], { precision: "day", qualifier: "exact" }); // false: a known day
 * ```
 */
export function fuzzyEnd(band: [number, number], p: PrecisionLayout): boolean {
  return band[1] - band[0] >= MIN_BAND && (p.qualifier !== "exact" || coarse(p) || p.bound !== undefined);
}

/**
 * How the layout says a date is known: its precision, qualifier and, where it has one, its open
 * or unknown bound, or the side it is known from.
 *
 * @example
 * ```ts
 * precisionLayout(event.start); // { precision: "month", qualifier: "approximate" }
 * ```
 */
export function precisionLayout(date: FuzzyDate): PrecisionLayout {
  const known: PrecisionLayout = { precision: date.precision, qualifier: date.qualifier };
  if (date.bound) known.bound = date.bound;
  if (date.side) known.side = date.side;
  return known;
}
