import { datesEn, type DatesWords } from "../messages/dates.js";
import type { FuzzyDate, PartQualifiers, Qualifier } from "../types.js";
import { unspecifiedYears } from "./date-words-year.js";

/**
 * How well a date is known, in words: "known to the month, approximate". `words` are the reader's
 * `dates` messages; English by default.
 *
 * @example
 * ```ts
 * precisionWords(readDate("2008-06~").date);    // "known to the month, approximate"
 * precisionWords(readDate("156X-12-25").date);  // "day and month known, year known to the decade"
 * ```
 */
export function precisionWords(date: FuzzyDate, words: DatesWords = datesEn): string {
  const w = words;
  if (date.bound === "open") return w.open;
  if (date.bound === "unknown") return w.notKnown;
  if (date.set) return w.setKnown(date.set.kind === "one-of", date.set.dates.length, precisionWords(date.set.dates[0] ?? date, w));
  if (date.parts) return w.partsKnown(w.knownTo[date.precision], partWords(date.parts, w));
  const known = w.knownTo[date.precision] + w.sure[date.qualifier];
  if (date.estimate !== undefined) return w.estimateKnown(known);
  if (unspecifiedYears(date.edtf)) {
    const parts = date.edtf.split("-").filter((p) => p !== "").length;
    return w.yearKnown(parts >= 3 && !/-X/.test(date.edtf.slice(5)) ? "day-month" : parts === 2 && !date.edtf.endsWith("X") ? "month" : "none", known);
  }
  return known;
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
export function spanPrecisionWords(start: FuzzyDate, end?: FuzzyDate, words: DatesWords = datesEn): string {
  const from = precisionWords(start, words);
  if (!end) return words.dateSentence(from);
  const to = precisionWords(end, words);
  return from === to ? words.datesSentence(from) : words.startEndSentence(from, to);
}

/**
 * Qualifiers of single parts in words, parts sharing one named together: "year uncertain, day approximate".
 *
 * @example
 * ```ts
 * partWords({ year: "uncertain", day: "approximate" }); // "year uncertain, day approximate"
 * ```
 */
export function partWords(parts: PartQualifiers, words: DatesWords = datesEn): string {
  const byQualifier = new Map<Qualifier, ("year" | "month" | "day")[]>();
  for (const part of ["year", "month", "day"] as const) {
    const q = parts[part];
    if (q) byQualifier.set(q, [...(byQualifier.get(q) ?? []), part]);
  }
  return words.parts([...byQualifier]);
}
