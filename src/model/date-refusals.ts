/**
 * The refusals every reader of spelled dates makes alike, each with its reason: a two-digit year, a
 * day with no year, a weekday that is not the date's. One shape each, so that every language's
 * sentence and the workbench read them alike (./date-spelled.ts has those of a day or month that is
 * none, which the bundle's own EDTF reader makes too). Loaded with the readers (the `"words"` part).
 *
 * @module
 */
import type { DateReason } from "../diagnostics.js";
import { words } from "./date-spelled.js";
import { DAY_WITHOUT_YEAR, TWO_DIGIT_YEAR, wasA, WEEKDAYS } from "../messages/details-words.js";

/** A date refused for what it does not say, with its reason. */
export interface Refused {
  ok: false;
  code: "date-invalid";
  detail: string;
  reason: DateReason;
}

/**
 * A year of two digits, refused: which century is not said.
 *
 * @example
 * ```ts
 * twoDigitYear().reason; // "two-digit-year"
 * ```
 */
export function twoDigitYear(detail: string = TWO_DIGIT_YEAR): Refused {
  return { ok: false, code: "date-invalid", detail, reason: "two-digit-year" };
}

/**
 * A day and month with no year ("8. Juni"), refused.
 *
 * @example
 * ```ts
 * dayWithoutYear().reason; // "day-without-year"
 * ```
 */
export function dayWithoutYear(detail: string = DAY_WITHOUT_YEAR): Refused {
  return { ok: false, code: "date-invalid", detail, reason: "day-without-year" };
}

/**
 * A weekday written with a date that is not the date's, refused: which of the two is wrong cannot be
 * known. `weekday` is the date's own (Sunday 0).
 *
 * @example
 * ```ts
 * wrongWeekday(2008, 6, 8, 0).detail; // "8 June 2008 was a Sunday."
 * ```
 */
export function wrongWeekday(y: number, m: number, d: number, weekday: number): Refused {
  return { ok: false, code: "date-invalid", detail: wasA(words(y, m, d), WEEKDAYS[weekday]!), reason: "weekday" };
}
