import { UTCDate } from "@date-fns/utc";
import { format, type Locale } from "date-fns";
import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from "d3-time";
import { layoutEn } from "../messages/layout.js";
import { yearWords } from "../model/date-words.js";
import type { Calendar } from "../types.js";
import type { Measure } from "./measure.js";
import { windowOf, type TimeScale } from "./scale.js";
import type { Tick } from "./types.js";

/** A tick unit: how to step, how long a step is at least, and how to label a tick. */
interface Unit {
  name: string;
  interval: TimeInterval;
  /** Shortest step in ms, to know whether labels fit before generating ticks. */
  step: number;
  label: (d: UTCDate, locale: Locale) => string;
  /** The unit of the coarse row above this one. */
  coarse: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

const every = (interval: CountableTimeInterval, k: number): TimeInterval => interval.every(k) ?? interval;
const { axisFormat } = layoutEn;
const time = (d: UTCDate, locale: Locale) => format(d, axisFormat.time, { locale });
const year = (d: UTCDate) => yearWords(d.getUTCFullYear());
// A decade, century or millennium in words: "1980s"; before year 1 as its first and last years,
// "760 BCE – 751 BCE".
const period = (length: number) => (d: UTCDate) => {
  const y = d.getUTCFullYear();
  return y > 0 ? layoutEn.yearsFrom(y) : layoutEn.yearRange(yearWords(y), yearWords(y + length - 1));
};

// Fine units from short to long: the first whose labels fit is used.
const FINE: Unit[] = [
  { name: "minute", interval: utcMinute, step: MINUTE, label: time, coarse: "day" },
  { name: "5 minutes", interval: every(utcMinute, 5), step: 5 * MINUTE, label: time, coarse: "day" },
  { name: "15 minutes", interval: every(utcMinute, 15), step: 15 * MINUTE, label: time, coarse: "day" },
  { name: "hour", interval: utcHour, step: HOUR, label: time, coarse: "day" },
  { name: "3 hours", interval: every(utcHour, 3), step: 3 * HOUR, label: time, coarse: "day" },
  { name: "6 hours", interval: every(utcHour, 6), step: 6 * HOUR, label: time, coarse: "day" },
  { name: "day", interval: utcDay, step: DAY, label: (d) => String(d.getUTCDate()), coarse: "month" },
  { name: "month", interval: utcMonth, step: 28 * DAY, label: (d, locale) => format(d, axisFormat.monthShort, { locale }), coarse: "year" },
  { name: "quarter", interval: every(utcMonth, 3), step: 89 * DAY, label: (d, locale) => format(d, axisFormat.monthShort, { locale }), coarse: "year" },
  { name: "year", interval: utcYear, step: YEAR, label: year, coarse: "decade" },
  { name: "5 years", interval: every(utcYear, 5), step: 5 * YEAR, label: year, coarse: "decade" },
  { name: "decade", interval: every(utcYear, 10), step: 10 * YEAR, label: year, coarse: "century" },
  { name: "50 years", interval: every(utcYear, 50), step: 50 * YEAR, label: year, coarse: "century" },
  { name: "century", interval: every(utcYear, 100), step: 100 * YEAR, label: year, coarse: "millennium" },
  { name: "500 years", interval: every(utcYear, 500), step: 500 * YEAR, label: year, coarse: "millennium" },
  { name: "millennium", interval: every(utcYear, 1000), step: 1000 * YEAR, label: year, coarse: "10 millennia" },
  { name: "10 millennia", interval: every(utcYear, 10_000), step: 10_000 * YEAR, label: year, coarse: "100 millennia" },
  { name: "100 millennia", interval: every(utcYear, 100_000), step: 100_000 * YEAR, label: year, coarse: "100 millennia" },
];

const COARSE: Record<string, Omit<Unit, "step" | "coarse">> = {
  day: { name: "day", interval: utcDay, label: (d, locale) => `${format(d, axisFormat.dayMonth, { locale })} ${year(d)}` },
  month: { name: "month", interval: utcMonth, label: (d, locale) => `${format(d, axisFormat.month, { locale })} ${year(d)}` },
  year: { name: "year", interval: utcYear, label: year },
  decade: { name: "decade", interval: every(utcYear, 10), label: period(10) },
  century: { name: "century", interval: every(utcYear, 100), label: period(100) },
  millennium: { name: "millennium", interval: every(utcYear, 1000), label: period(1000) },
  "10 millennia": { name: "10 millennia", interval: every(utcYear, 10_000), label: year },
  "100 millennia": { name: "100 millennia", interval: every(utcYear, 100_000), label: year },
};

/** Options of {@link axisTicks}. */
export interface TickOptions {
  /** The plot's map: the visible window (ms) onto the plot's left and right edges (px). */
  scale: TimeScale;
  locale: Locale;
  measure: Measure;
  fontSize: number;
  /** The calendar whose months and years the ticks fall on; default "gregory". */
  calendar?: Calendar;
}

/** The options with the window and the plot's edges read off the scale. */
interface Ticking extends TickOptions {
  domain: [number, number];
  range: [number, number];
}

function rangeOf(scale: TimeScale): [number, number] {
  const [left = 0, right = 0] = scale.range();
  return [left, right];
}

// Room between two labels, px.
const LABEL_GAP = 10;
// The widest fine label each unit can have, by example, so a unit is chosen before ticking.
const WIDEST: Record<string, string> = { minute: "00:00", day: "30", month: "May", year: "2000 BCE", millennium: "100000 BCE" };

/**
 * Two rows of ticks for the window: the finest unit whose labels fit, and the next coarser one,
 * with the coarse label of the period at the left edge pinned there so the reader always knows
 * which year (or day) they are looking at.
 *
 * @example
 * ```ts
 * axisTicks({ scale: timeScale([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], [0, 800]), … });
 * // { fineUnit: "day", coarseUnit: "month", fine: [{ label: "1" }, …], coarse: [{ label: "June 2008" }, …] }
 * ```
 */
export function axisTicks(options: TickOptions): { fineUnit: string; coarseUnit: string; fine: Tick[]; coarse: Tick[] } {
  const o: Ticking = { ...options, domain: windowOf(options.scale), range: rangeOf(options.scale) };
  const pxPerMs = (o.range[1] - o.range[0]) / Math.max(1, o.domain[1] - o.domain[0]);
  const unit = FINE.find((u) => u.step * pxPerMs >= widest(u, o) + LABEL_GAP) ?? FINE[FINE.length - 1]!;
  let fine = ticks(unit.interval, unit.label, o);
  // A window inside one fine period (3–28 June at month ticks) still says which period it is.
  if (fine.length === 0) {
    const at = unit.interval.floor(new Date(o.domain[0])).getTime();
    fine = [tick(o.range[0], at, unit.label(new UTCDate(at), o.locale), o)];
  }
  const coarseUnit = COARSE[unit.coarse] ?? COARSE.year!;
  let coarse = ticks(coarseUnit.interval, coarseUnit.label, o);
  // Pin the period containing the window's start to the left edge, unless the next label is in the way.
  const first = coarseUnit.interval.floor(new Date(o.domain[0]));
  if (first.getTime() < o.domain[0] || coarse.length === 0) {
    const label = coarseUnit.label(new UTCDate(first.getTime()), o.locale);
    const pinned = tick(o.range[0], first.getTime(), label, o);
    if (coarse.length === 0 || pinned.labelEnd + LABEL_GAP <= (coarse[0]?.x ?? Infinity)) coarse = [pinned, ...coarse];
  }
  // A label running past the right edge would be cut off: leave it out.
  const fits = (t: Tick) => t.labelEnd <= o.range[1] + LABEL_GAP;
  coarse = dropOverlapping(coarse.filter(fits));
  return { fineUnit: unit.name, coarseUnit: coarseUnit.name, fine: dropOverlapping(fine.filter(fits)), coarse };
}

function widest(unit: Unit, o: Ticking): number {
  const example = WIDEST[unit.name] ?? (unit.name.includes("minute") || unit.name.includes("hour") ? WIDEST.minute! : unit.name === "quarter" ? WIDEST.month! : WIDEST.year!);
  return o.measure(example, o.fontSize);
}

function ticks(interval: TimeInterval, label: (d: UTCDate, locale: Locale) => string, o: Ticking): Tick[] {
  const start = interval.ceil(new Date(o.domain[0]));
  return interval.range(start, new Date(o.domain[1] + 1)).map((d) => tick(o.scale(d.getTime()), d.getTime(), label(new UTCDate(d.getTime()), o.locale), o));
}

function tick(x: number, value: number, label: string, o: Ticking): Tick {
  return { x, value, label, labelEnd: x + 3 + o.measure(label, o.fontSize) };
}

// A safety net for uneven steps (months of 28–31 days, BCE years): never let labels collide.
function dropOverlapping(list: Tick[]): Tick[] {
  const kept: Tick[] = [];
  for (const t of list) {
    const last = kept[kept.length - 1];
    if (!last || t.x >= last.labelEnd + LABEL_GAP / 2) kept.push(t);
  }
  return kept;
}
