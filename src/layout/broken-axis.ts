/**
 * The axis of a broken timeline: each segment in view ticked at its own scale (years under the
 * war, days under the visit), captioned with the time it covers, and each break with the time it
 * leaves out ("20 years"), so a change of scale is never silent.
 *
 * @module
 */
import { saySpan, type DateWordsOptions } from "../model/date-words.js";
import type { LayoutWords } from "../messages/layout.js";
import type { FuzzyDate, Precision } from "../types.js";
import { timeScale, type TimeScale } from "./scale.js";
import type { Segment } from "./segments.js";
import { axisTicks, type TickOptions } from "./ticks.js";
import type { AxisLayout, BreakLayout, SegmentLayout } from "./types.js";

/** What a broken axis is drawn from. */
export interface BrokenAxisInput {
  /** The window's map (piecewise). */
  x: TimeScale;
  segments: readonly Segment[];
  /** The plot's left and right edges, px. */
  plot: readonly [number, number];
  /** The ticks' options but the scale. */
  ticks: Omit<TickOptions, "scale">;
  dates: DateWordsOptions;
  words: LayoutWords;
  /** The reader's language tag, for the lengths of breaks. */
  tag: string;
}

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;
// A segment narrower than this in view gets no ticks of its own: its labels would not fit.
const LEAST_TICKED = 40;
// Room kept between one piece's labels and the next piece's, px.
const LABEL_ROOM = 10;
// The captions' font size, px (the theme's).
const CAPTION_SIZE = 11;

/**
 * The ticks of every segment in view, their captions, and the breaks between them.
 *
 * @example
 * ```ts
 * const { axis, segments, breaks } = brokenAxis({ x, segments: segmentsOf(seed), plot: [12, 1188], ticks, dates, words, tag: "en-GB" });
 * breaks[0].label; // "20 years"
 * segments.map((s) => s.label); // ["1980 – 1988", "May 2008 – September 2008"]
 * ```
 */
export function brokenAxis(input: BrokenAxisInput): { axis: Omit<AxisLayout, "y" | "height">; segments: SegmentLayout[]; breaks: BreakLayout[] } {
  const { x, plot } = input;
  const [left, right] = plot;
  const inView = (x0: number, x1: number) => x1 > left && x0 < right;
  const segments: SegmentLayout[] = input.segments.map((s) => {
    const [x0, x1] = [x(s.start), x(s.end)];
    const label = spanWords(s, input.dates);
    // Centred on the part in view, when it fits there.
    const [a, b] = [Math.max(x0, left), Math.min(x1, right)];
    const fits = b - a >= input.ticks.measure(label, CAPTION_SIZE) + 8;
    return { start: s.start, end: s.end, x0, x1, label, captionX: fits ? (a + b) / 2 : null };
  });
  const breaks = input.segments.slice(1).map((next, k): BreakLayout => {
    const before = input.segments[k]!;
    const label = lengthWords(next.from - before.to, input.tag);
    const labelWidth = input.ticks.measure(label, CAPTION_SIZE);
    return { start: before.to, end: next.from, x0: x(before.end), x1: x(next.start), label, labelWidth, name: input.words.breakName(label) };
  });
  return { axis: ticksOf(ticked(segments, breaks, plot), input), segments, breaks: breaks.filter((b) => inView(b.x0, b.x1)) };
}

/** A stretch of the plot ticked at one scale, px, clipped to the plot. */
type Piece = [number, number];

// The segments in view wide enough for ticks of their own; with none (a window inside a break, or
// every segment a sliver), the widest piece in view, so the reader always has a tick to go by.
function ticked(segments: SegmentLayout[], breaks: BreakLayout[], [left, right]: readonly [number, number]): Piece[] {
  const clip = (x0: number, x1: number): Piece => [Math.max(x0, left), Math.min(x1, right)];
  const width = (p: Piece) => p[1] - p[0];
  const wide = segments.map((s) => clip(s.x0, s.x1)).filter((p) => width(p) >= LEAST_TICKED);
  if (wide.length > 0) return wide;
  const all = [...segments.map((s) => clip(s.x0, s.x1)), ...breaks.map((b) => clip(b.x0, b.x1))].filter((p) => width(p) > 0);
  return all.sort((p, q) => width(q) - width(p) || p[0] - q[0]).slice(0, 1);
}

// Each piece ticked at its own scale; its labels may run on over what is not ticked, up to the
// next piece that is.
function ticksOf(pieces: Piece[], input: BrokenAxisInput): Omit<AxisLayout, "y" | "height"> {
  const { x } = input;
  const fine: AxisLayout["fine"] = [];
  const coarse: AxisLayout["coarse"] = [];
  let units = { fineUnit: "year", coarseUnit: "decade", width: -1 };
  pieces.forEach(([x0, x1], k) => {
    const limit = (pieces[k + 1]?.[0] ?? input.plot[1] + LABEL_ROOM) - LABEL_ROOM;
    const part = axisTicks({ ...input.ticks, scale: timeScale([x.invert(x0), x.invert(x1)], [x0, x1]), limit });
    fine.push(...part.fine);
    coarse.push(...part.coarse);
    if (x1 - x0 > units.width) units = { fineUnit: part.fineUnit, coarseUnit: part.coarseUnit, width: x1 - x0 };
  });
  // Narrow pieces may each have had to leave their period's label out: the first one's may then run
  // on over the rest of the plot, so the reader still knows the decade or year (the row is empty).
  const [first] = pieces;
  if (coarse.length === 0 && first) {
    const part = axisTicks({ ...input.ticks, scale: timeScale([x.invert(first[0]), x.invert(first[1])], first), limit: input.plot[1] + LABEL_ROOM });
    coarse.push(...part.coarse.slice(0, 1));
  }
  return { fineUnit: units.fineUnit, coarseUnit: units.coarseUnit, fine, coarse };
}

/**
 * How long a break's empty stretch is, in the reader's language, rounded to a unit that suits it:
 * "20 years", "5 months", "12 days".
 *
 * @example
 * ```ts
 * lengthWords(20 * 365.25 * 86_400_000, "en-GB"); // "20 years"
 * lengthWords(40 * 86_400_000, "fr");              // "40 jours"
 * ```
 */
export function lengthWords(ms: number, tag: string): string {
  const [unit, size] = ms >= 2 * YEAR ? (["year", YEAR] as const) : ms >= 2 * MONTH ? (["month", MONTH] as const) : (["day", DAY] as const);
  const count = Math.max(1, Math.round(ms / size));
  return new Intl.NumberFormat(tag, { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: 0 }).format(count);
}

// What a segment's caption says: the time its events reach, to the year, month or day as its
// length suits ("1980 – 1988", "May – September 2008", "7–9 June 2008").
function spanWords(s: Segment, dates: DateWordsOptions): string {
  const length = s.to - s.from;
  const precision: Precision = length >= 2 * YEAR ? "year" : length >= 2 * MONTH ? "month" : "day";
  return saySpan(at(s.from, precision), at(s.to, precision), dates);
}

function at(ms: number, precision: Precision): FuzzyDate {
  // A segment's margin may reach past the last instant a Date can hold (±8.64e15 ms).
  const d = new Date(Math.max(-8.64e15, Math.min(8.64e15, ms)));
  const y = d.getUTCFullYear();
  const year = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  const month = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  const edtf = precision === "year" ? year : precision === "month" ? `${year}-${month}` : `${year}-${month}-${day}`;
  return { earliest: ms, latest: ms, precision, qualifier: "exact", edtf };
}
