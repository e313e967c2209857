import { blank, isRecord, own } from "./own.js";
import { bce, MONTHS } from "../messages/details.js";

/**
 * TimelineJS dates (`{ year, month?, day?, hour?, … }`, or spreadsheet cells) turned into EDTF at
 * the precision written, into words for a made-up title, and back into the user's own terms for
 * diagnostics.
 *
 * @module
 */

const DATE_PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
type DatePart = (typeof DATE_PARTS)[number];
type Parts = Partial<Record<DatePart, number>>;

// Range of each part after the year.
const PART_RANGE: Record<Exclude<DatePart, "year">, [number, number]> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

/** A TimelineJS date read: its parts (when they make a date), else what to pass on, and how it was written. */
interface Reading {
  parts?: Parts;
  /** What the model gets when the parts do not make a date: the text as written, or a non-object as is. */
  passOn?: unknown;
  /** The date as the user wrote it: a lone year as written, else `year 2008, month 6, …`. */
  written?: string;
}

function readParts(date: unknown): Reading | undefined {
  if (blank(date)) return undefined;
  if (!isRecord(date)) return { passOn: date };
  const raw: Partial<Record<DatePart | "time", unknown>> = {};
  for (const part of [...DATE_PARTS, "time"] as const) {
    const value = own(date, part);
    if (!blank(value)) raw[part] = typeof value === "string" ? value.trim() : value;
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) return undefined;
  const show = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));
  const listed = Object.entries(raw).map(([part, value]) => `${part} ${show(value)}`).join(", ");
  const lone = keys.length === 1 && raw.year !== undefined;
  const written = lone ? show(raw.year) : listed;
  // A lone year that is not a number is passed on as written: it may be something the reader knows.
  const asWritten = { passOn: lone && typeof raw.year === "string" ? raw.year : listed, written };

  const year = raw.year === undefined ? undefined : wholeNumber(raw.year);
  if (year === undefined) return asWritten;
  const parts: Parts = { year };
  for (const part of DATE_PARTS.slice(1) as Exclude<DatePart, "year">[]) {
    if (raw[part] === undefined) continue;
    const n = wholeNumber(raw[part]);
    const [min, max] = PART_RANGE[part];
    if (n === undefined || n < min || n > max) return asWritten;
    parts[part] = n;
  }
  if (raw.time !== undefined) {
    const time = typeof raw.time === "string" ? parseTime(raw.time) : undefined;
    if (time === undefined) return asWritten;
    Object.assign(parts, time);
  }
  // Each part needs the one above it: no day without a month, no minutes without an hour.
  for (let i = 1; i < DATE_PARTS.length; i++) {
    if (parts[DATE_PARTS[i] as DatePart] !== undefined && parts[DATE_PARTS[i - 1] as DatePart] === undefined) return asWritten;
  }
  // TimelineJS treats a zero time part as not given (TLDate.findBestFormat tests each part for
  // truthiness): `hour: 0, minute: 0` is shown as a day, so it is read as one here.
  if (!parts.hour && !parts.minute && !parts.second && !parts.millisecond) {
    for (const part of ["hour", "minute", "second", "millisecond"] as const) delete parts[part];
  }
  if (parts.millisecond === 0) delete parts.millisecond;
  return { parts, passOn: listed, written };
}

/**
 * Turn a TimelineJS date into an EDTF string at the precision written. Used for JSON date objects
 * (`{ year, month?, day?, hour?, minute?, second?, millisecond? }`, numbers or numeric strings)
 * and for spreadsheet cells, which arrive as the same object with the Time cell, unparsed, in
 * `time` (`"14:30"`, `"2:30 PM"`, `"1430"`, `"14:30:05.5"`).
 *
 * - year → `"2008"`; + month → `"2008-06"`; + day → `"2008-06-08"`; + hour → `"2008-06-08T14"`;
 *   + minute → `"2008-06-08T14:30"`; seconds, and `.250` for milliseconds, when they are given.
 *   TimelineJS times are wall-clock times with no zone, so none is written (a `Z` would say UTC).
 *   A time that is all zeros (`hour: 0, minute: 0`) is dropped, as TimelineJS shows such a date
 *   without a time. Years are zero-padded to four digits; beyond ±9999 they take EDTF's `Y` prefix.
 * - Negative years: TimelineJS documents that "BCE years should be negative numbers" and labels
 *   year `-551` as "551 BCE" (Language.js `era_labels.negative_year`). So `-N` means N BCE, in
 *   historical numbering with no year 0, and becomes astronomical EDTF `-(N-1)`: `-551` →
 *   `"-0550"`, `-1` → `"0000"`. Year `0`, which TimelineJS labels "0", stays `"0000"` (1 BCE).
 * - Not a date object (a string, a number): returned as it is, for the model's date reader.
 * - Nothing written (no date, or all parts absent or blank): `undefined`.
 * - A year alone that is not a whole number (`"1980s"`, `"c. 1850"`): returned as written, trimmed.
 * - Any other part that is not a whole number in range, a gap (a day without a month, a time
 *   without a day) or a time that cannot be read: the parts as written, e.g.
 *   `"year 2008, month June, day 8"`, which the date reader reports as unreadable, never a guess.
 *
 * @example
 * ```ts
 * timelineJsDate({ year: "2008", month: "6", day: "8", hour: 14, minute: 30 }); // "2008-06-08T14:30"
 * timelineJsDate({ year: -551 });                                              // "-0550" (551 BCE)
 * timelineJsDate({ year: "2008", month: "6", time: "2:30 PM" });               // "year 2008, month 6, time 2:30 PM"
 * ```
 */
export function timelineJsDate(date: unknown): unknown {
  const reading = readParts(date);
  if (reading === undefined) return undefined;
  if (reading.parts === undefined) return reading.passOn;
  return edtf(reading.parts) ?? reading.passOn;
}

/**
 * A TimelineJS date as the user wrote it, for diagnostics, where EDTF spells its year otherwise:
 * BCE years, which shift by one, and years beyond four digits, which take a `Y`. A lone year as
 * written (`"-13800000000"`, where the model sees `Y-13799999999`), other dates part by part
 * (`"year -44, month 3, day 15"`). `undefined` elsewhere: there the model's text reads the same.
 *
 * @example
 * ```ts
 * writtenDate({ year: -13800000000 });          // "-13800000000"
 * writtenDate({ year: "-44", month: "3" });     // "year -44, month 3"
 * writtenDate({ year: "2008", month: "6" });    // undefined ("2008-06" says the same)
 * ```
 */
export function writtenDate(date: unknown): string | undefined {
  const reading = readParts(date);
  const year = reading?.parts?.year;
  return year !== undefined && (year < 0 || year > 9999) ? reading?.written : undefined;
}

/**
 * A TimelineJS date in words, to stand where a headline or a display date is missing: `"8 June
 * 2008"`, `"June 2008"`, `"551 BCE"`, `"8 June 2008, 14:30"`. A date that cannot be read gives
 * what the model would be passed (`"1980s"`); nothing written gives `undefined`.
 *
 * @example
 * ```ts
 * timelineJsDateWords({ year: 2008, month: 6, day: 8 }); // "8 June 2008"
 * timelineJsDateWords({ year: -551 });                   // "551 BCE"
 * ```
 */
export function timelineJsDateWords(date: unknown): string | undefined {
  const reading = readParts(date);
  if (reading?.parts === undefined) return typeof reading?.passOn === "string" ? reading.passOn : undefined;
  const { year = 0, month, day, hour, minute } = reading.parts;
  const yearText = year < 0 ? bce((-year).toLocaleString("en")) : Math.abs(year) > 9999 ? year.toLocaleString("en") : String(year);
  const words = [day, month === undefined ? undefined : MONTHS[month - 1], yearText].filter((w) => w !== undefined).join(" ");
  return hour === undefined ? words : `${words}, ${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
}

// EDTF for parts already checked; undefined when EDTF cannot say it (a long year with a month).
function edtf(parts: Parts): string | undefined {
  const year = parts.year ?? 0;
  const astronomical = year < 0 ? year + 1 : year;
  if (Math.abs(astronomical) > 9999) return parts.month === undefined ? `Y${astronomical}` : undefined;
  let text = `${astronomical < 0 ? "-" : ""}${pad(Math.abs(astronomical), 4)}`;
  if (parts.month !== undefined) text += `-${pad(parts.month, 2)}`;
  if (parts.day !== undefined) text += `-${pad(parts.day, 2)}`;
  if (parts.hour === undefined) return text;
  // Minutes and seconds only when written: "14" stays known to the hour, "14:30" to the minute.
  text += `T${pad(parts.hour, 2)}`;
  if (parts.minute !== undefined || parts.second !== undefined || parts.millisecond !== undefined) text += `:${pad(parts.minute ?? 0, 2)}`;
  if (parts.second !== undefined || parts.millisecond !== undefined) text += `:${pad(parts.second ?? 0, 2)}`;
  if (parts.millisecond !== undefined) text += `.${pad(parts.millisecond, 3)}`;
  return text;
}

/**
 * Read a spreadsheet Time cell the way TimelineJS does: `"14:30"`, `"14.30"`, `"1430"`,
 * `"14:30:05"`, `"14:30:05.25"`, `"2:30 PM"`, `"2 p.m."`, `"12 AM"` (midnight). Undefined when it
 * cannot be read, or when an AM/PM hour is not from 1 to 12.
 */
function parseTime(text: string): Partial<Record<"hour" | "minute" | "second" | "millisecond", number>> | undefined {
  let rest = text.trim();
  let period: "a" | "p" | undefined;
  const suffix = /\s*([ap])\.?\s*m\.?$/i.exec(rest);
  if (suffix) {
    period = (suffix[1] as string).toLowerCase() as "a" | "p";
    rest = rest.slice(0, suffix.index).trim();
  }
  const match = /^(\d{1,2})(?:(?::|\.)(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?$/.exec(rest) ?? /^(\d{1,2})(\d{2})$/.exec(rest);
  if (!match) return undefined;
  let hour = Number(match[1]);
  if (period) {
    if (hour < 1 || hour > 12) return undefined;
    if (period === "a" && hour === 12) hour = 0;
    else if (period === "p" && hour !== 12) hour += 12;
  }
  const time: Partial<Record<"hour" | "minute" | "second" | "millisecond", number>> = { hour };
  if (match[2] !== undefined) time.minute = Number(match[2]);
  if (match[3] !== undefined) time.second = Number(match[3]);
  // A fraction of a second: ".5" is 500 ms, ".25" is 250 ms.
  if (match[4] !== undefined) time.millisecond = Number(match[4].padEnd(3, "0"));
  if (hour > 23 || (time.minute ?? 0) > 59 || (time.second ?? 0) > 59) return undefined;
  return time;
}

/** A whole number from a number or a numeric string (spaces and thousands commas ignored, as TimelineJS does). */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const cleaned = value.replace(/[\s,]+/g, "");
  if (!/^-?\d+$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
