/**
 * The order of day and month a data's own numeric dates show. A sheet exported from one program
 * writes every date one way; where one of its dates can only be read day first ("13/6/2008") and
 * none only month first, or the other way round ("1/15/2018", as a US sheet writes one), the dates
 * that could be read either way ("7/6/2008") are read in that order, each with a warning naming the
 * date that shows it. Where both orders are shown, nothing is inferred, and those dates are still
 * refused as ambiguous, saying so.
 *
 * @module
 */
import type { DateFormat } from "../types.js";
import { isRecord } from "./fields.js";

/**
 * The order a data's dates show, and the first date that shows it, as written; or, where they show
 * both, the first date of each.
 */
export type OrderSeen = { format: DateFormat; example: string } | { format: "both"; dayFirst: string; monthFirst: string };

// A numeric date, alone or in a range or a date-time: "13/6/2008", "1.15.2018", "6/1/2008 -
// 13/3/2008", as Czech and Slovak write one, "13. 6. 2008", and with a year of two digits, as a
// sheet formatted m/d/yy exports one ("5/31/17"), read with `twoDigitYearsFrom`.
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-]) ?(\d{1,2})\2 ?(\d{4}|\d{2})(?!\d)/g;

/**
 * The order of day and month the events' and eras' start and end dates can only be read in, if
 * they show one; `"both"` where they show both; undefined where they show none.
 *
 * @example
 * ```ts
 * orderSeen([{ start: "1/15/2018" }, { start: "12/8/2017" }]); // { format: "MDY", example: "1/15/2018" }
 * orderSeen([{ start: "13/6/2008" }, { start: "6/13/2008" }]); // { format: "both", dayFirst: "13/6/2008", monthFirst: "6/13/2008" }
 * ```
 */
export function orderSeen(...lists: readonly unknown[]): OrderSeen | undefined {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item)) continue;
      for (const value of [item.start, item.end]) {
        if (typeof value !== "string") continue;
        for (const m of value.matchAll(NUMERIC)) {
          const [a, b] = [Number(m[1]), Number(m[3])];
          if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst ??= m[0];
          else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst ??= m[0];
        }
      }
      if (dayFirst !== undefined && monthFirst !== undefined) return { format: "both", dayFirst, monthFirst };
    }
  }
  if (dayFirst !== undefined) return { format: "DMY", example: dayFirst };
  return monthFirst === undefined ? undefined : { format: "MDY", example: monthFirst };
}
