/**
 * The words of dates, in English: what a date in words says besides the day, month and year
 * themselves (which Intl, or English's own month names, write), and the sentences that say how
 * well a date is known. Reader-facing: the chart, the lists and the card say them. The pieces
 * are whole phrases, not fragments to glue, so that a language can order and inflect them.
 *
 * @module
 */
import type { Words } from "./words.js";

/** A precision, as `FuzzyDate["precision"]` names it (repeated here: messages import nothing else;
 * the qualifiers and parts of `parts` are written out in its signature likewise). */
type Precision = "millennium" | "century" | "decade" | "year" | "season" | "month" | "day" | "hour" | "minute" | "second" | "instant";

const QUALIFIED = { exact: "exact", approximate: "approximate", uncertain: "uncertain", "approximate-uncertain": "approximate, uncertain" } as const;

/** English's words of dates. */
export const datesEn = {
  /** A year after year 1, by its number (already in the language's digits): "2008". */
  year: (year: string) => year,
  /** A year before year 1, by its number counted back (1 BCE is year 0): "754 BCE". */
  bce: (year: string) => `${year} BCE`,
  /** A day or a month followed by its year: "7 June 2008", "June 2008". */
  withYear: (when: string, year: string) => `${when} ${year}`,
  /** A decade by its first year: "1980s". */
  decade: (first: string) => `${first}s`,
  /** A run of years after year 1: "1900–1999". */
  yearSpan: (first: string, last: string) => `${first}–${last}`,
  /** Two dates as a range: "22 September 1980 – 20 August 1988". */
  range: (from: string, to: string) => `${from} – ${to}`,
  /** A span whose end is open: "from 12 April 1985 on". */
  from: (start: string) => `from ${start} on`,
  /** A span whose end is unknown. */
  endUnknown: (start: string) => `${start} – end unknown`,
  /** A span whose start is open. */
  until: (end: string) => `until ${end}`,
  /** A span whose start is unknown. */
  startUnknown: (end: string) => `start unknown – ${end}`,
  /** A date known only from one side (`[..1760-12-03]`): "on or before 3 December 1760". */
  orBefore: (date: string) => `on or before ${date}`,
  /** A date known only from one side (`[1760-12..]`): "on or after December 1760". */
  orAfter: (date: string) => `on or after ${date}`,
  /** One date of several: "one of 1667, 1668". */
  oneOf: (dates: readonly string[]) => `one of ${dates.join(", ")}`,
  /** Every date of several: "all of 1667, 1668". */
  allOf: (dates: readonly string[]) => `all of ${dates.join(", ")}`,
  /** A date and how sure it is: "summer 2008 (uncertain)". */
  qualified: (when: string, sure: string) => `${when} (${sure})`,
  /** How sure a whole date is, after it. */
  qualifier: { exact: "", approximate: "approximate", uncertain: "uncertain", "approximate-uncertain": "approximate, uncertain" },
  /** Qualifiers of single parts: "year uncertain, day approximate" (parts sharing one, named together). */
  parts: (groups: readonly (readonly [qualifier: "exact" | "approximate" | "uncertain" | "approximate-uncertain", parts: readonly ("year" | "month" | "day")[]])[]) => groups.map(([q, parts]) => `${parts.join(" and ")} ${QUALIFIED[q]}`).join(", "),
  /** A year given to significant digits: "1950, to 2 significant digits (1900–1999)". */
  estimate: (year: string, digits: number, years: string) => `${year}, to ${digits} significant digits (${years})`,
  /** A season (see `seasons`) and its year: "summer 2008". */
  season: (season: string, year: string) => `${season} ${year}`,
  /** EDTF's season codes (21–41) by name. */
  seasons: {
    21: "spring", 22: "summer", 23: "autumn", 24: "winter",
    25: "spring (northern)", 26: "summer (northern)", 27: "autumn (northern)", 28: "winter (northern)",
    29: "spring (southern)", 30: "summer (southern)", 31: "autumn (southern)", 32: "winter (southern)",
    33: "Q1", 34: "Q2", 35: "Q3", 36: "Q4",
    37: "first third", 38: "second third", 39: "last third",
    40: "first half", 41: "second half",
  },
  /** A time after its day: "8 June 2008, 14:30 UTC". */
  atTime: (day: string, time: string) => `${day}, ${time}`,
  /** The zone of a time, UTC or an offset from it ("+03:30"). */
  utc: (offset: string) => `UTC${offset}`,
  // Dates with unknown digits (156X-12-25, 1984-XX).
  /** The years an unknown digit leaves: "some year of the 1560s", "some year of 1000–1999". */
  someYearOf: (years: string, decade: boolean) => `some year of ${decade ? "the " : ""}${years}`,
  /** A known day and month, or month, in a year not known: "25 December, some year of the 1560s". */
  inSomeYear: (when: string, years: string) => `${when}, ${years}`,
  /** A known month of a known year whose day has unknown digits: "June 1984". */
  monthOf: (month: string, year: string) => `${month} ${year}`,
  /** A known day of an unknown month. */
  dayOfSomeMonth: (day: string, years: string) => `day ${day} of some month, ${years}`,
  /** A month not known. */
  someMonthOf: (years: string) => `some month of ${years}`,
  /** A month known to lie between two: "October–December 1984". */
  monthsOf: (first: string, last: string, years: string) => `${first}–${last} ${years}`,
  // How well a date is known.
  /** A date known to a precision: "known to the month". */
  knownTo: {
    millennium: "known to the millennium", century: "known to the century", decade: "known to the decade", year: "known to the year",
    season: "known to the season", month: "known to the month", day: "known to the day", hour: "known to the hour", minute: "known to the minute",
    second: "known to the second", instant: "an exact moment",
  } satisfies Record<Precision, string>,
  /** How sure, after `knownTo`: "known to the month, approximate". */
  sure: { exact: "", approximate: ", approximate", uncertain: ", uncertain", "approximate-uncertain": ", approximate and uncertain" },
  /** An open end. */
  open: "open: it goes on",
  /** An unknown end. */
  notKnown: "not known",
  /** How well a set of dates is known, by its first: "one of 2 dates, the first known to the year". */
  setKnown: (oneOf: boolean, count: number, first: string) => `${oneOf ? "one of" : "all of"} ${count} dates, the first ${first}`,
  /** A precision and qualified parts: "known to the day; year uncertain". */
  partsKnown: (known: string, parts: string) => `${known}; ${parts}`,
  /** A year to significant digits: "an estimate, known to the century". */
  estimateKnown: (known: string) => `an estimate, ${known}`,
  /** Unknown digits in the year: "day and month known, year known to the decade". */
  yearKnown: (known: "day-month" | "month" | "none", precision: string) => `${{ "day-month": "day and month known, ", month: "month known, ", none: "" }[known]}year ${precision}`,
  /** The sentence for an event with one date: "Date known to the day." */
  dateSentence: (known: string) => `Date ${known}.`,
  /** The sentence for a span whose ends are known alike. */
  datesSentence: (known: string) => `Dates ${known}.`,
  /** The sentence for a span whose ends are known differently. */
  startEndSentence: (start: string, end: string) => `Start ${start}; end ${end}.`,
} as const;

/** The words of dates in any language. */
export type DatesWords = Words<typeof datesEn>;
