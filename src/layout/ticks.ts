import type { Locale } from "date-fns";
import type { TimeInterval } from "d3-time";
import { layoutEn } from "../messages/layout.js";
import { numbersFor } from "../messages/numbers.js";
import { calendarRange } from "../model/calendar.js";
import type { Calendar } from "../types.js";
import type { Measure } from "./measure.js";
import { windowOf, type TimeScale } from "./scale.js";
import { DRAWABLE } from "./domain.js";
import { calendarUnits, GREGORIAN, type AxisWords, type LabelContext, type Unit } from "./tick-units.js";
import type { Tick } from "./types.js";

export type { AxisWords } from "./tick-units.js";

/** Options of {@link axisTicks}. */
export interface TickOptions {
  /** The plot's map: the visible window (ms) onto the plot's left and right edges (px). */
  scale: TimeScale;
  locale: Locale;
  measure: Measure;
  fontSize: number;
  /** The calendar whose months and years the ticks fall on; default "gregory". */
  calendar?: Calendar;
  /** The layout's words in the reader's language (`Messages["layout"]`); default English. */
  words?: AxisWords;
  /** The reader's language as a BCP 47 tag, for Intl's labels in other calendars; default "en-GB". */
  tag?: string;
  /**
   * How far right labels may run, px; default the scale's right edge. A segment of a broken axis
   * lets its labels run on over a break, up to the next segment with ticks of its own.
   */
  limit?: number;
}

/** The options with the window and the plot's edges read off the scale, and the defaults filled in. */
interface Ticking extends LabelContext {
  /** The language's digits for ASCII ones (date-fns and English words write 2008; Persian reads ۲۰۰۸). */
  digits: (text: string) => string;
  scale: TimeScale;
  measure: Measure;
  fontSize: number;
  domain: [number, number];
  range: [number, number];
}

function rangeOf(scale: TimeScale): [number, number] {
  const [left = 0, right = 0] = scale.range();
  return [left, right];
}

// Room between two labels, px.
const LABEL_GAP = 10;

/**
 * Two rows of ticks for the window: the finest unit whose labels fit, and the next coarser one,
 * with the coarse label of the period at the left edge pinned there so the reader always knows
 * which year (or day) they are looking at.
 *
 * @example
 * ```ts
 * axisTicks({ scale: timeScale([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], [0, 800]), … });
 * // { fineUnit: "day", coarseUnit: "month", fine: [{ label: "1" }, …], coarse: [{ label: "June 2008" }, …] }
 * axisTicks({ …, calendar: "persian", tag: "en-GB" });
 * // coarse: [{ label: "Khordad 1387" }, { label: "Tir 1387" }], fine: [{ label: "12" }, …]
 * ```
 */
export function axisTicks(options: TickOptions): { fineUnit: string; coarseUnit: string; fine: Tick[]; coarse: Tick[] } {
  const viewed = windowOf(options.scale);
  // Ticks only where a Date can say what they are (see DRAWABLE); a label pinned at the left edge
  // stands where that time begins.
  const inside = (t: number) => Math.min(Math.max(t, DRAWABLE[0]), DRAWABLE[1]);
  const domain: [number, number] = [inside(viewed[0]), inside(viewed[1])];
  const calendar = shownCalendar(options.calendar ?? "gregory", domain);
  const tag = options.tag ?? "en-GB";
  const o: Ticking = { ...options, words: options.words ?? layoutEn, tag, digits: numbersFor(tag).digits, calendar, domain, range: rangeOf(options.scale) };
  const { fine: FINE, coarse: COARSE } = calendar === "gregory" ? GREGORIAN : calendarUnits(calendar);
  const pxPerMs = (o.range[1] - o.range[0]) / Math.max(1, viewed[1] - viewed[0]);
  const left = domain[0] > viewed[0] ? o.scale(domain[0]) : o.range[0];
  const unit = FINE.find((u) => u.step * pxPerMs >= widest(u, o) + LABEL_GAP) ?? FINE[FINE.length - 1]!;
  // A label running past the right edge would be cut off: leave it out.
  const fits = (t: Tick) => t.labelEnd <= (options.limit ?? o.range[1] + LABEL_GAP);
  let fine = dropOverlapping(ticks(unit, o).filter(fits));
  // A window inside one fine period (3–28 June at month ticks), or whose one tick is too near its
  // right edge for its label, still says which period it is.
  if (fine.length === 0) {
    const at = unit.interval.floor(new Date(o.domain[0])).getTime();
    fine = [tick(left, at, unit.label(new Date(at), o), o)];
  }
  const coarseUnit = COARSE[unit.coarse] ?? COARSE.year!;
  let coarse = ticks(coarseUnit, o);
  // Pin the period containing the window's start to the left edge, unless the next label is in the way.
  const first = coarseUnit.interval.floor(new Date(o.domain[0]));
  if (first.getTime() < o.domain[0] || coarse.length === 0) {
    const label = coarseUnit.label(first, o);
    const pinned = tick(left, first.getTime(), label, o);
    if (coarse.length === 0 || pinned.labelEnd + LABEL_GAP <= (coarse[0]?.x ?? Infinity)) coarse = [pinned, ...coarse];
  }
  coarse = dropOverlapping(coarse.filter(fits));
  return { fineUnit: unit.name, coarseUnit: coarseUnit.name, fine, coarse };
}

/**
 * The calendar the axis is drawn in: the one asked for while the whole window lies between its
 * year 1 (622 CE for the Solar Hijri and Hijri calendars) and the end of Gregorian 9999, else the
 * Gregorian. Before 622 these calendars' years would be zero or negative, which no one dates by,
 * and far out Intl's reckoning is extrapolation; a window reaching there gets Gregorian ticks
 * (BCE years, millennia) rather than invented ones.
 */
function shownCalendar(calendar: Calendar, [start, end]: [number, number]): Calendar {
  if (calendar === "gregory") return calendar;
  const [first, last] = calendarRange(calendar);
  return start >= first && end <= last ? calendar : "gregory";
}

function widest(unit: Unit, o: Ticking): number {
  return Math.max(...unit.widest(o).map((label) => o.measure(label, o.fontSize)));
}

function ticks(unit: Pick<Unit, "interval" | "label">, o: Ticking): Tick[] {
  const interval: TimeInterval = unit.interval;
  const start = interval.ceil(new Date(o.domain[0]));
  return interval.range(start, new Date(o.domain[1] + 1)).map((d) => tick(o.scale(d.getTime()), d.getTime(), unit.label(d, o), o));
}

function tick(x: number, value: number, text: string, o: Ticking): Tick {
  const label = o.digits(text);
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
