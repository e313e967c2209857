import type { FuzzyDate, PartQualifiers, Qualifier } from "../types.js";
import { unspecifiedYears } from "./date-words-year.js";

const PRECISION_WORDS: Record<FuzzyDate["precision"], string> = {
  millennium: "known to the millennium",
  century: "known to the century",
  decade: "known to the decade",
  year: "known to the year",
  season: "known to the season",
  month: "known to the month",
  day: "known to the day",
  hour: "known to the hour",
  minute: "known to the minute",
  second: "known to the second",
  instant: "an exact moment",
};

const SURE = { exact: "", approximate: ", approximate", uncertain: ", uncertain", "approximate-uncertain": ", approximate and uncertain" } as const;

/**
 * How well a date is known, in words: "known to the month, approximate".
 *
 * @example
 * ```ts
 * precisionWords(readDate("2008-06~").date);    // "known to the month, approximate"
 * precisionWords(readDate("156X-12-25").date);  // "day and month known, year known to the decade"
 * ```
 */
export function precisionWords(date: FuzzyDate): string {
  if (date.bound === "open") return "open: it goes on";
  if (date.bound === "unknown") return "not known";
  if (date.set) {
    const each = precisionWords(date.set.dates[0] ?? date);
    return `${date.set.kind === "one-of" ? "one of" : "all of"} ${date.set.dates.length} dates, the first ${each}`;
  }
  if (date.parts) return `${PRECISION_WORDS[date.precision]}; ${partWords(date.parts)}`;
  if (date.estimate !== undefined) return `an estimate, ${PRECISION_WORDS[date.precision]}${SURE[date.qualifier]}`;
  const years = unspecifiedYears(date.edtf);
  if (years) {
    const parts = date.edtf.split("-").filter((p) => p !== "").length;
    const known = parts >= 3 && !/-X/.test(date.edtf.slice(5)) ? "day and month known, " : parts === 2 && !date.edtf.endsWith("X") ? "month known, " : "";
    return `${known}year ${PRECISION_WORDS[date.precision]}${SURE[date.qualifier]}`;
  }
  return PRECISION_WORDS[date.precision] + SURE[date.qualifier];
}

/**
 * How well an event's dates are known, as a sentence: "Date known to the day." for a moment,
 * "Dates known to the day." or "Start known to the month, approximate; end known to the day." for a span.
 *
 * @example
 * ```ts
 * spanPrecisionWords(readDate("2008-06~").date); // "Date known to the month, approximate."
 * ```
 */
export function spanPrecisionWords(start: FuzzyDate, end?: FuzzyDate): string {
  const from = precisionWords(start);
  if (!end) return `Date ${from}.`;
  const to = precisionWords(end);
  return from === to ? `Dates ${from}.` : `Start ${from}; end ${to}.`;
}

const QUALIFIED: Record<Qualifier, string> = { exact: "exact", approximate: "approximate", uncertain: "uncertain", "approximate-uncertain": "approximate, uncertain" };

/**
 * Qualifiers of single parts in words, parts sharing one named together: "year uncertain, day approximate".
 *
 * @example
 * ```ts
 * partWords({ year: "uncertain", day: "approximate" }); // "year uncertain, day approximate"
 * ```
 */
export function partWords(parts: PartQualifiers): string {
  const byQualifier = new Map<Qualifier, string[]>();
  for (const part of ["year", "month", "day"] as const) {
    const q = parts[part];
    if (q) byQualifier.set(q, [...(byQualifier.get(q) ?? []), part]);
  }
  return [...byQualifier].map(([q, names]) => `${names.join(" and ")} ${QUALIFIED[q]}`).join(", ");
}
