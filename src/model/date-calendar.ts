import type { FuzzyDate, Qualifier } from "../types.js";
import { monthWords, noSuchDay, noSuchMonth, type NoSuchDate } from "./date-spelled.js";

/**
 * Plain calendar dates and times of day, read without the `edtf` package's general parser.
 *
 * Plain dates (`2008`, `2008-06`, `2008-06-08`, with `~ ? %` on the whole date) are most of what
 * timelines hold; the package takes about 0.25 ms a date, which made loading 10,000 events take
 * seconds. A property test holds these equal to the package's reading of the same text.
 *
 * Times are read here only, never by the package: it reads a time without a zone in the machine's
 * zone (14:30 in Tehran became 10:00Z) and writes every time back as a full UTC timestamp, which
 * loses both the precision and the zone the time was written in.
 *
 * @module
 */

// JavaScript dates reach ±8.64e15 ms, about 273,790 years either side of 1970.
const MAX_MS = 8.64e15;

/**
 * Whether epoch ms can be drawn.
 *
 * @example
 * ```ts
 * inRange(8.64e15 + 1); // false
 * ```
 */
export function inRange(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS;
}

/** A calendar date read here: `{ date }`, or undefined to let the package read the text. */
export type CalendarResult = { ok: true; date: FuzzyDate } | NoSuchDate | undefined;

// One to four year digits: "476" is the year 476, not the edtf package's decade "4760s" reading.
const DATE = /^(-?)(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%]?)$/;
const TIME = /^(-?)(\d{1,4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const QUALIFIERS: Record<string, Qualifier> = { "": "exact", "~": "approximate", "?": "uncertain", "%": "approximate-uncertain" };

/**
 * A plain calendar date or a time of day, or undefined to let the `edtf` package read the text.
 *
 * @example
 * ```ts
 * calendarDate("476")?.date.precision;               // "year" (476 CE)
 * calendarDate("1985-04-12T23:20:30-04")?.date.edtf; // "1985-04-12T23:20:30-04:00"
 * ```
 */
export function calendarDate(text: string): CalendarResult {
  const time = TIME.exec(text);
  if (time) return timeOfDay(time);
  const m = DATE.exec(text);
  if (!m || (m[1] === "-" && Number(m[2]) === 0)) return undefined;
  const year = Number(`${m[1] ?? ""}${m[2] ?? ""}`);
  const month = m[3] === undefined ? undefined : Number(m[3]);
  const day = m[4] === undefined ? undefined : Number(m[4]);
  // A month that is none ("2008-13"); 21–41 are EDTF's seasons, for the readers of those.
  if (month !== undefined && (month < 1 || month > 12)) return month >= 21 && month <= 41 ? undefined : noSuchMonth(m?.[3] ?? "");
  const from = utc(year, (month ?? 1) - 1, day ?? 1);
  if (day !== undefined && new Date(from).getUTCDate() !== day) return noSuchDay(monthWords(year, month!), day);
  const to = utc(year + (month === undefined ? 1 : 0), month === undefined ? 0 : day === undefined ? month : month - 1, day === undefined ? 1 : day + 1);
  const mark = m[5] ?? "";
  return {
    ok: true,
    date: {
      earliest: from,
      latest: to - 1,
      precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
      qualifier: QUALIFIERS[mark] ?? "exact",
      edtf: `${yearText(year)}${month === undefined ? "" : `-${two(month)}`}${day === undefined ? "" : `-${two(day)}`}${mark}`,
    },
  };
}

// A time keeps the precision and the zone it was written with: "14:30" is the whole minute, and
// "23:20:30-04:00" is 03:20:30 UTC on the next day, said as written.
function timeOfDay(m: RegExpExecArray): CalendarResult {
  const year = Number(`${m[1] ?? ""}${m[2] ?? ""}`);
  const [month, day, hour] = [Number(m[3]), Number(m[4]), Number(m[5])];
  const minute = m[6] === undefined ? undefined : Number(m[6]);
  const second = m[7] === undefined ? undefined : Number(m[7]);
  const fraction = m[8];
  if (month < 1 || month > 12 || hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  const offset = zoneMinutes(m[9]);
  if (offset === null) return undefined;
  const wall = utc(year, month - 1, day, hour, minute ?? 0, second ?? 0, fraction === undefined ? 0 : Number(fraction.padEnd(3, "0")));
  if (new Date(wall).getUTCDate() !== day) return noSuchDay(monthWords(year, month), day);
  const at = wall - (offset ?? 0) * 60_000;
  const precision = second !== undefined ? "second" : minute !== undefined ? "minute" : "hour";
  const unit = fraction !== undefined ? 1 : { second: 1000, minute: 60_000, hour: 3_600_000 }[precision];
  const clock = `${two(hour)}${minute === undefined ? "" : `:${two(minute)}`}${second === undefined ? "" : `:${two(second)}`}${fraction === undefined ? "" : `.${fraction.padEnd(3, "0")}`}`;
  const date: FuzzyDate = {
    earliest: at,
    latest: at + unit - 1,
    precision,
    qualifier: "exact",
    edtf: `${yearText(year)}-${two(month)}-${two(day)}T${clock}${offset === undefined ? "" : zoneText(offset)}`,
  };
  if (offset !== undefined) date.offset = offset;
  return { ok: true, date };
}

/** Minutes east of UTC for `Z`, `+03`, `-04:00`, `+0530`; undefined for none; null when impossible. */
function zoneMinutes(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined;
  if (zone === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const [hours, minutes] = [Number(m[2]), Number(m[3] ?? 0)];
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * A zone offset as EDTF writes it: `Z` for UTC, else `±hh:mm`.
 *
 * @example
 * ```ts
 * zoneText(-240); // "-04:00"
 * ```
 */
export function zoneText(offset: number): string {
  if (offset === 0) return "Z";
  const abs = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * A year as EDTF writes it: four digits at least, astronomical (`-0753` is 754 BCE).
 *
 * @example
 * ```ts
 * yearText(476); // "0476"
 * ```
 */
export function yearText(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(h, mi, s, ms);
  return d.getTime();
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
