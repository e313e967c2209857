/**
 * The words the reader of everyday spellings of dates (src/model/date-spelling.ts and its parts)
 * adds to a diagnostic's sentence, beside ./details.ts: that reader is loaded on demand
 * (citeline-words.js), and its words with it. English only, as `detail` is.
 *
 * @module
 */
import { eitherOf } from "./details.js";

// Weekdays in English, and the words that join readings (src/model/date-names.ts, date-languages.ts and the rest).

/** The days of the week, Sunday first (as `Date#getUTCDay` counts them); the name reader also matches them. */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** Why a day or month with a year of two digits is refused. */
export const TWO_DIGIT_YEAR = "A two-digit year could be any century: write the year in full.";
// The option that reads a two-digit year, as a refusal of one names it.
const CENTURY_OPTION = "where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930)";
/** Why a date with a year of two digits that `twoDigitYearsFrom` reads ("5/31/17", "28-May-15") is refused, and the option. */
export const TWO_DIGIT_YEAR_SHORT = `A two-digit year could be any century: ${CENTURY_OPTION}.`;
/** Two readings of one text. */
export const orElse = (a: string, b: string) => `${a} or ${b}`;
/** A range written "between … and …": its whole time, or one time within it. */
export const wholeOrWithin = (from: string, to: string, span: string, set?: string) => `the whole of ${from} to ${to} (${span}) or one time within it${set ? ` (${set})` : ""}`;
/** A range whose end was left empty ("2003–"): still going on, or ended at a time not said. */
export const stillOrUnsaid = (from: string, open: string, unknown: string) => `a span from ${from} still going on (${open}) or one whose end is not said (${unknown})`;
/** A date as Croatian reads it, where another language reads another: "8 October 2008 (Croatian)". */
export const inCroatian = (date: string) => `${date} (Croatian)`;
/** A Thai date read in the Buddhist era: the Gregorian date, and the year as written. */
export const buddhistYear = (date: string, year: number) => `${date} (the Buddhist era's ${year})`;
/** Two dates as a range's ends. */
export const fromTo = (from: string, to: string) => `${from} to ${to}`;
/** A day that is not the weekday written with it. */
export const wasA = (day: string, weekday: string) => `${day} was a ${weekday}.`;
/** A month's name and a number with no year. */
export const DAY_WITHOUT_YEAR = "A month and a number of one or two digits is a day with no year, or a year of some century: write the date with its year in full.";
/** Excel's day and month with no year ("3-Feb"), which it also makes of a month and year typed "Feb-03". */
export const DAY_WITHOUT_YEAR_EXCEL = 'A day and month with no year. Excel shows a cell this way when it took text such as "Feb-03" (February 2003) for a day of the year it was typed in: write the date with its year in full.';
/** Excel's month and two-digit year ("Jun-08"), which `twoDigitYearsFrom` reads as a year. */
export const DAY_OR_YEAR_SHORT = `A month and a number of two digits is a day with no year, or a year of some century: write the date with its year in full, or, ${CENTURY_OPTION}.`;

// The reader of everyday spellings (src/model/date-spelling.ts and its parts).

/** A qualifier on what EDTF cannot qualify. */
export const QUALIFIED_SPAN = "an approximate or uncertain span, decade, century or time of day";
/** A time after less than a day. */
export const TIME_NEEDS_DAY = "A time of day needs the whole date, day included, before it.";
/** A zone's abbreviation. */
export const zoneAbbreviation = (zone: string) => `The zone ${zone} may stand for more than one offset: write the offset itself, such as +00:00 or -08:00.`;
/** A time that does not exist. */
export const notATime = (hour: string, minute: string) => `${hour}:${minute} is not a time of day.`;
/** A time finer than a millisecond, as read. */
export const toTheMs = (edtf: string) => `${edtf}, to the millisecond: citeline keeps no finer time`;
/** A sheet's date alone at its midnight, read as the day. */
export const wholeDay = (day: string, edtf: string) => `${day}, the whole day: a sheet writes a date alone as its midnight (write ${edtf}T00:00 for the midnight itself)`;
/** Five digits, as Excel's day number. */
export const sheetDayNumber = (day: string, iso: string) => `If it is a date cell that Excel saved as its day number, it is ${day}: format the column as dates before saving, or write ${iso}.`;
/** Eight to ten digits, as another kind of number (see AS_YYYYMMDD, AS_SECONDS). */
export const ifDate = (how: string, when: string) => `If it is a date ${how}, it is ${when}.`;
/** "2008/09". */
export const monthOrYears = (month: string, year: number, next: number) => `${month} or the years ${year} to ${next}`;
/** "1980-88": the years a hyphen joined. */
export const theYears = (year: number, later: number) => `the years ${year} to ${later}`;
/** "Verano de 2008": a season in words written on both sides of the equator, read as the north's. */
export const northernSeason = (code: number, year: number, south: number) =>
  `${["spring", "summer", "autumn", "winter"][code - 21]} ${year} in the northern hemisphere, ${code === 24 ? `December ${year} to February ${year + 1}` : `${["March to May", "June to August", "September to November"][code - 21]} ${year}`}; for the southern hemisphere's, write EDTF's ${year}-${south}`;
/** A season written across more than two years ("summer 2008/10"), which no season is. */
export const seasonYears = (season: string, from: number, to: number) =>
  `A season runs into the next year at most, and ${from} to ${to} is more: write the season meant (${season} ${from}), or the span from one to the other (${season} ${from} to ${season} ${to}).`;
/** "Summer 2008/09": the southern hemisphere's, the only summer that runs into the next year. */
export const southernSummer = (year: number) => `summer (southern) ${year}, December ${year} to February ${year + 1}: a summer that runs into the next year is the southern hemisphere's, EDTF's season 30; write ${year}-30`;
/** "12/31": its days, joined already, or the years. */
export const yearless = (days: readonly string[], a: number, b: number) => `${days.join(" or ")}, in a year it does not give, or the years ${a} to ${b}`;
// Each dateFormat's order, in words.
const ORDER_WORDS = { DMY: "day first", MDY: "month first" } as const;
/** A numeric date that exists only in the order the dateFormat does not give. */
export const wrongOrder = (format: "DMY" | "MDY", other: "DMY" | "MDY", day: string) =>
  `Numeric dates are read ${ORDER_WORDS[format]} here (dateFormat "${format}"), and that day does not exist; ${ORDER_WORDS[other]} it would be ${day}. Check the cell, or the dateFormat.`;
/** "2008-160", ISO's ordinal date. */
export const ordinalDay = (n: number, year: number, day: string, iso: string) => `If it is day ${n} of ${year}, it is ${day}: write ${iso}.`;
/** A range's end of one or two digits with one reading ("June 2008–05": June 2008 to 2105). */
export const ifItIs = (span: string) => `If it is ${span}, write that.`;
/** "70–79". */
export const shortYears = (from: string, to: string) => `A year of one or two digits could be in any century: write ${from}–${to} CE for the first century, or the years in full.`;
/** "0 BC". */
export const NO_YEAR_0 = "BC/AD counting has no year 0: 1 BC is followed by AD 1.";
/** "1900s". */
export const decadeOrCentury = (c: string) => `the decade ${c}00–${c}09 (write ${c}0X) or the century ${c}00–${c}99 (write ${c}XX)`;
/** "the 19th century": the years meant, and those counted from the year 1. */
export const centuryYears = (first: string, last: number, edtf: string, nth: string, from: number, to: number) =>
  `${first}–${last} (${edtf}), the years people mean by it; counted from the year 1, the ${nth} century is ${from}–${to}`;
/** "June '08", in words, and the century chosen. */
export const pivotYear = (read: string) => `${read} (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)`;

// "early", "mid" and "late" (src/model/date-part.ts).

const THIRDS = ["first", "middle", "last"];
/** Some day of a month's third. */
export const someDayOf = (from: number, to: number, month: string) => `some day of ${from}–${to} ${month}`;
/** A year's third. */
export const thirdOf = (third: 0 | 1 | 2, year: string) => `the ${THIRDS[third]!} third of ${year}`;
/** A decade's or a century's third. */
export const oneOfYears = (from: string, to: string) => `one of the years ${from}–${to}`;
/** A part of what has none. */
export const noThirds = (word: string, edtf: string) => `"${word}" is read before a month, a year, a decade or a century, and ${edtf} is none of these.`;

// Years of the Solar Hijri and Hijri calendars (src/model/date-calendar-ambiguity.ts).

/** The calendar citeline draws in. */
export const GREGORIAN = "Gregorian";
/** Iran's calendar. */
export const SOLAR_HIJRI = "Solar Hijri";
/** A date outside the Japanese era it is written in ("平成1年1月1日"). */
export const notInEra = (era: string, first: string, last?: string) => `The era ${era} is read from ${first}${last ? ` to ${last}` : ""}, and this date is not of its days.`;
/** A range whose ends are in two calendars, as a year is written in both ("1445 هـ - 2024 م"). */
export const TWO_CALENDARS = "It names one time in two calendars (as \"1445 AH – 2024 CE\" does), not a range: write one of them.";
/** The Islamic calendar (Umm al-Qura). */
export const HIJRI = "Hijri";
/** A year alone that each calendar named may have. */
export const calendarYear = (year: number, calendars: readonly string[]) => `the year ${year} of ${eitherOf(calendars.map((name) => `the ${name}`))} calendar`;

/** A date known from one side, read one unit past the date written ("before 2008": on or before 2007). */
export const oneSide = (side: "before" | "after", bound: string, edtf: string) => `on or ${side} ${bound}, EDTF's ${edtf}, which includes its bound`;
