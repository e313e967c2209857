// @vitest-environment node
// Gregorian year ticks on either side of year 1 fall where a reader counts: 800 BCE, 700 BCE, year
// 1, 100, 200. d3's utcYear.every(k) steps on astronomical multiples (year 0 is 1 BCE), which
// before year 1 made an axis of ancient history read "751 BCE | 701 BCE" and "801 BCE – 702 BCE".
import { enGB } from "date-fns/locale/en-GB";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { DRAWABLE } from "../../src/layout/domain.js";
import { eraLastYear, eraYears } from "../../src/layout/era-years.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { estimateWidth } from "../../src/layout/measure.js";
import { timeScale } from "../../src/layout/scale.js";
import { axisTicks } from "../../src/layout/ticks.js";

const RUNS = { seed: 20261202, numRuns: 300 };
const STEPS: Record<string, number> = { year: 1, "5 years": 5, decade: 10, "50 years": 50, century: 100, "500 years": 500, millennium: 1000, "5 millennia": 5000, "10 millennia": 10_000, "50 millennia": 50_000, "100 millennia": 100_000 };
const PERIODS: Record<string, number> = { decade: 10, century: 100, millennium: 1000, "10 millennia": 10_000, "100 millennia": 100_000 };

// Date.UTC reads years 0–99 as 1900–1999; a Date set by setUTCFullYear does not.
const yearStart = (year: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
};
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
// A label's year back to astronomical numbering: "700 BCE" → -699, "1" → 1.
const astronomical = (label: string) => (label.endsWith(" BCE") ? 1 - Number(label.slice(0, -4)) : Number(label));
// Whether a year is a tick of a step: a multiple after year 1, a round year BCE before it, or year 1.
const round = (year: number, step: number) => (year >= 1 ? year === 1 || year % step === 0 : (1 - year) % step === 0);

const axis = (from: number, to: number, width: number) =>
  axisTicks({ scale: timeScale([from, to], [0, width]), locale: enGB, measure: estimateWidth, fontSize: 11 });
const layoutOf = (...starts: string[]) => loadTimeline({ events: starts.map((start, i) => ({ title: `e${i}`, start })) }).timeline;

describe("eraYears", () => {
  it("steps over year 1 as readers count: 200 BCE, 100 BCE, 1, 100, 200", () => {
    const years = eraYears(100).range(new Date(yearStart(-250)), new Date(yearStart(250))).map((d) => yearOf(+d));
    expect(years).toEqual([-199, -99, 1, 100, 200]);
    expect(eraYears(5).range(new Date(yearStart(-12)), new Date(yearStart(12))).map((d) => yearOf(+d))).toEqual([-9, -4, 1, 5, 10]);
    expect(eraYears(1)).toBe(eraYears(1));
    expect(eraLastYear(-799, 100)).toBe(-700);
    expect(eraLastYear(-99, 100)).toBe(0);
    expect(eraLastYear(1, 100)).toBe(99);
    expect(eraLastYear(1900, 100)).toBe(1999);
  });

  it("floors any instant to the round year at or before it, and steps to the next one", () => {
    fc.assert(
      fc.property(fc.constantFrom(5, 10, 50, 100, 500, 1000, 10_000, 100_000), fc.integer({ min: -3.2e15, max: 2.5e14 }), (step, ms) => {
        const interval = eraYears(step);
        const floor = +interval.floor(new Date(ms));
        const next = +interval.offset(new Date(floor), 1);
        expect(floor).toBeLessThanOrEqual(ms);
        expect(next).toBeGreaterThan(ms);
        expect(+interval.floor(new Date(floor))).toBe(floor);
        expect(new Date(floor).toISOString()).toMatch(/-01-01T00:00:00\.000Z$/);
        expect(round(yearOf(floor), step)).toBe(true);
        expect(round(yearOf(next), step)).toBe(true);
        // No round year lies between a tick and the next one.
        for (let y = yearOf(floor) + 1; y < yearOf(next) && y < yearOf(floor) + 2000; y++) expect(round(y, step)).toBe(false);
        expect(eraLastYear(yearOf(floor), step)).toBe(yearOf(next) - 1);
        expect(+interval.offset(new Date(next), -1)).toBe(floor);
      }),
      RUNS,
    );
  });
});

describe("the axis around year 1", () => {
  it("Rome: fine ticks on round years BCE, centuries from 800 BCE to 701 BCE", () => {
    const wide = layoutTimeline(layoutOf("-0753", "-0509"), { width: 1280 });
    expect(wide.axis.fine.map((t) => t.label)).toEqual(["750 BCE", "700 BCE", "650 BCE", "600 BCE", "550 BCE"]);
    expect(wide.axis.coarse.map((t) => t.label)).toEqual(["800 BCE – 701 BCE", "700 BCE – 601 BCE", "600 BCE – 501 BCE"]);
    const narrow = layoutTimeline(layoutOf("-0753", "-0509"), { width: 320 });
    expect(narrow.axis.fine.map((t) => t.label)).toEqual(["700 BCE", "600 BCE"]);
    expect(narrow.axis.coarse.map((t) => t.label)).toEqual(["1000 BCE – 1 BCE"]);
  });

  it("across the era: 5 BCE, then 1, then 5; decades 10 BCE – 1 BCE and 1 – 9", () => {
    const layout = layoutTimeline(layoutOf("-0050", "0030"), { width: 1280 });
    const fine = layout.axis.fine.map((t) => t.label);
    expect(fine.slice(fine.indexOf("10 BCE"), fine.indexOf("10 BCE") + 4)).toEqual(["10 BCE", "5 BCE", "1", "5"]);
    expect(layout.axis.coarse.map((t) => t.label)).toEqual(expect.arrayContaining(["10 BCE – 1 BCE", "1 – 9", "10s"]));
  });

  it("any window from 100,000 BCE to 9999 at any width: every label names a round year, every period its own years", () => {
    const window = fc.record({
      start: fc.integer({ min: -3.2e15, max: 2.4e14 }),
      span: fc.double({ min: 7, max: 14.5, noNaN: true }).map((log) => 10 ** log),
      width: fc.integer({ min: 200, max: 2000 }),
    });
    fc.assert(
      fc.property(window, ({ start, span, width }) => {
        const a = axis(start, Math.min(start + span, 2.5e14), width);
        const step = STEPS[a.fineUnit];
        if (step) {
          for (const t of a.fine) {
            expect(astronomical(t.label), `${t.label} every ${step}`).toBe(yearOf(t.value));
            expect(round(yearOf(t.value), step), `${t.label} every ${step}`).toBe(true);
          }
        }
        const length = PERIODS[a.coarseUnit];
        if (!length) return;
        for (const t of a.coarse) {
          const y = yearOf(t.value);
          const range = /^(.+) – (.+)$/.exec(t.label);
          if (!range) {
            expect(t.label).toBe(`${y}s`);
            continue;
          }
          expect(astronomical(range[1]!)).toBe(y);
          expect(astronomical(range[2]!)).toBe(yearOf(+eraYears(length).offset(new Date(yearStart(y)), 1)) - 1);
        }
      }),
      RUNS,
    );
  });
});

describe("at the edges of what a Date holds (about 271821 BCE and 275760)", () => {
  it("an event near the first year a Date holds: the axis names years, never NaN, and the extent stops at the edge", () => {
    // With 3 % of margin the extent reached before the first Date, and every label read "NaN BCE".
    for (const [events, width] of [[["Y-271820", "2008"], 800], [["Y-271820", "Y275759"], 320], [["Y-270000", "-5000"], 1280]] as const) {
      const layout = layoutTimeline(layoutOf(...events), { width });
      expect(layout.extent[0]).toBeGreaterThanOrEqual(DRAWABLE[0]);
      expect(layout.extent[1]).toBeLessThanOrEqual(DRAWABLE[1]);
      const ticks = [...layout.axis.fine, ...layout.axis.coarse];
      expect(ticks.length, events.join(" ")).toBeGreaterThan(1);
      for (const t of ticks) {
        expect(t.label, events.join(" ")).not.toMatch(/NaN/);
        expect(Number.isFinite(t.value) && Number.isFinite(t.x), t.label).toBe(true);
      }
    }
  });

  it("any window, even one reaching past a Date's first or last day, at any width: ticks are dates, labels never NaN, and it returns", () => {
    // Quarters and every five minutes are d3-time filters, which stepped for ever from no date:
    // a three-year window at the first Date hung the page at 600 px and wider.
    const edge = fc.record({
      low: fc.boolean(),
      offset: fc.double({ min: -12, max: 12, noNaN: true }).map((log) => Math.sign(log) * 10 ** Math.abs(log)),
      span: fc.double({ min: 6.6, max: 16.3, noNaN: true }).map((log) => 10 ** log),
      width: fc.integer({ min: 200, max: 2000 }),
    });
    fc.assert(
      fc.property(edge, ({ low, offset, span, width }) => {
        const start = low ? -8.64e15 + offset : 8.64e15 + offset - span;
        const a = axis(start, start + span, width);
        for (const t of [...a.fine, ...a.coarse]) {
          expect(t.label).not.toMatch(/NaN/);
          expect(Number.isFinite(t.value) && Number.isFinite(t.x), t.label).toBe(true);
        }
      }),
      RUNS,
    );
    expect(axis(-8.64e15, -8.6399e15, 1280).fine.map((t) => t.label).slice(0, 4)).toEqual(["Jan", "Apr", "Jul", "Oct"]);
  });
});
