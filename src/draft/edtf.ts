/**
 * A date the words support, as EDTF: a point in the calendar at the precision the words give
 * (a decade, a year, a season, a month, a day, a time of day), with its doubt, written as the
 * model reads dates and checked by the model's own reader.
 *
 * @module
 */
import { readDate } from "../model/date.js";

/** A calendar position at the precision the words give; UTC calendar values. */
export interface Point {
  year: number;
  /** 1–12. */
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** An EDTF season code (21 spring … 24 winter): then no month or day. */
  season?: number;
  /** A decade: `year` is its first year. */
  decade?: boolean;
  /** The words say roughly ("the past week" starts about a week back). */
  approximate?: boolean;
}

/** A calendar day, UTC. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function yearText(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/**
 * The EDTF of a point, with `~` for approximate, `?` for uncertain and `%` for both.
 *
 * @example
 * ```ts
 * edtfOf({ year: 2008, season: 22 }, true);          // "2008-22?"
 * edtfOf({ year: 2008, month: 6, day: 2, approximate: true }); // "2008-06-02~"
 * ```
 */
export function edtfOf(p: Point, uncertain = false): string {
  let text: string;
  if (p.decade) text = `${yearText(p.year).slice(0, 3)}X`;
  else if (p.season !== undefined) text = `${yearText(p.year)}-${p.season}`;
  else {
    text = yearText(p.year);
    if (p.month !== undefined) text += `-${pad(p.month)}`;
    if (p.month !== undefined && p.day !== undefined) text += `-${pad(p.day)}`;
  }
  const mark = p.approximate && uncertain ? "%" : p.approximate ? "~" : uncertain ? "?" : "";
  // EDTF qualifies dates, not times of day: a doubtful time is drafted as its day, with the doubt.
  if (p.day !== undefined && p.hour !== undefined && mark === "") return `${text}T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
  // A qualifier on a decade ("198X?") is not EDTF; the decade already says roughly.
  return p.decade ? text : text + mark;
}

/**
 * Whether the model reads `edtf` as a date: a draft holds only dates that load.
 *
 * @example
 * ```ts
 * loads("2008-22?"); // true
 * ```
 */
export function loads(edtf: string): boolean {
  return readDate(edtf).ok;
}

/** The first and last moments a point covers, as UTC epoch milliseconds: to tell a plan from a fact. */
export function momentsOf(p: Point): [number, number] {
  const result = readDate(edtfOf({ ...p, approximate: false }));
  return result.ok ? [result.date.earliest, (result.end ?? result.date).latest] : [Number.NaN, Number.NaN];
}

/** The UTC epoch milliseconds of the end of a day. */
export function endOfDay(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day + 1) - 1;
}

/**
 * `d` moved by a number of days, months or years (a month's end is kept in a shorter month).
 *
 * @example
 * ```ts
 * shift({ year: 2008, month: 6, day: 9 }, -7, "day"); // { year: 2008, month: 6, day: 2 }
 * ```
 */
export function shift(d: Day, count: number, unit: "day" | "month" | "year"): Day {
  if (unit === "day") return dayOf(Date.UTC(d.year, d.month - 1, d.day + count));
  const months = d.year * 12 + d.month - 1 + (unit === "month" ? count : count * 12);
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** The calendar day of a UTC instant. */
export function dayOf(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Monday of the week a day is in (weeks run Monday to Sunday, ISO 8601). */
export function mondayOf(d: Day): Day {
  const weekday = (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
  return shift(d, -weekday, "day");
}
