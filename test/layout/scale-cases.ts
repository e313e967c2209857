// Random timelines and windows for the tests that check every place agrees on one time↔pixel map
// (test/layout/scale.test.ts, test/interact/windows.test.ts). Smaller than the generator of
// properties.test.ts: the map only needs dates at several precisions, spans, eras and deep time.
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { extentOf, layoutTimeline } from "../../src/layout/layout.js";
import type { TimelineLayout } from "../../src/layout/types.js";
import type { EventInput, Timeline } from "../../src/types.js";

export const RUNS = { seed: 20080608, numRuns: 150 };

// Uniform in [0, 1] (fc.double leans towards 0 and subnormals).
export const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const year4 = (y: number) => (y < 0 ? `-${pad(y, 4)}` : pad(y, 4));

/** A date at one of four precisions, written as EDTF. */
function dateAt(ms: number, precision: number): string {
  const d = new Date(ms);
  const ymd = `${year4(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(Math.min(28, d.getUTCDate()))}`;
  return [ymd.slice(0, -6), ymd.slice(0, -3), ymd, `${ymd}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`][precision]!;
}

const spec = fc.record({
  at: fraction,
  precision: fc.integer({ min: 0, max: 3 }),
  end: fc.option(fc.record({ after: fraction, precision: fc.integer({ min: 0, max: 3 }) }), { freq: 3 }),
  group: fc.constantFrom("g1", "g2", undefined),
});

const setting = fc.record({ base: fc.constantFrom(-800, 1, 1500, 1980, 2008), spreadYears: fc.constantFrom(0.01, 1, 5, 30, 300) });

/** A timeline and a layout of it at a random width and zoom. */
export const caseArb = fc.record({
  where: setting,
  specs: fc.array(spec, { minLength: 1, maxLength: 40 }),
  era: fc.option(fc.record({ at: fraction, length: fraction }), { freq: 2 }),
  width: fc.integer({ min: 320, max: 1600 }),
  // How much of the extent the window shows (1 down to 1e-7) and where.
  zoom: fc.option(fc.record({ depth: fraction.map((f) => 7 * f), at: fraction }), { freq: 5 }),
});
export type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const YEAR = 365.25 * 86_400_000;

export function timelineOf(c: Case): Timeline {
  const origin = Date.UTC(2000, 0, 1) + (c.where.base - 2000) * YEAR;
  const range = c.where.spreadYears * YEAR;
  const events = c.specs.map((s, i): EventInput => {
    const start = origin + s.at * range;
    const event: EventInput = { id: `e${i}`, title: `Event ${i}`, start: dateAt(start, s.precision) };
    if (s.group) event.group = s.group;
    if (s.end) event.end = dateAt(start + s.end.after * range + 3 * YEAR, s.end.precision);
    return event;
  });
  const eras = c.era ? [{ id: "era", title: "An era", start: dateAt(origin + c.era.at * range, 1), end: dateAt(origin + (c.era.at + c.era.length) * range + YEAR, 1) }] : [];
  return loadTimeline({ groups: [{ id: "g1", label: "One" }, { id: "g2", label: "Two" }], events, eras }).timeline;
}

export function layoutOf(c: Case): { timeline: Timeline; layout: TimelineLayout } {
  const timeline = timelineOf(c);
  let domain: [number, number] | undefined;
  if (c.zoom) {
    const [lo, hi] = extentOf(timeline);
    const span = (hi - lo) * 10 ** -c.zoom.depth;
    const a = lo + (hi - lo - span) * c.zoom.at;
    domain = [a, a + span];
  }
  return { timeline, layout: layoutTimeline(timeline, { width: c.width, ...(domain ? { domain } : {}) }) };
}

/** Close enough, in px: far below the 0.1 px the writers round to. */
export const PX = 1e-6;

/** Close enough, in ms, for windows of `span` ms: a billionth of the window, or a millisecond. */
export const msTolerance = (span: number) => Math.max(1, span * 1e-9);

export function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}
