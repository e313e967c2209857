// @vitest-environment node
// One time↔pixel map: the scale round-trips, and the layout's items, eras, ticks and overview
// window all sit where scaleOf/overviewScale say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atLinear, linearOf, overviewScale, scaleOf, timeAt, timeScale, windowOf } from "../../src/layout/scale.js";
import { SIZES } from "../../src/layout/layout.js";
import { caseArb, layoutOf, msTolerance, near, PX, RUNS } from "./scale-cases.js";

// Instants as far as a Date reaches, windows from the shortest zoom to all of time, any plot.
const mapArb = fc.record({
  start: fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }),
  span: fc.double({ min: SIZES.minSpan, max: 8.64e15, noNaN: true }),
  left: fc.double({ min: -2000, max: 2000, noNaN: true }),
  width: fc.double({ min: 1, max: 8000, noNaN: true }),
  at: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
});

describe("timeScale", () => {
  it("maps the window's ends exactly onto the plot's, and back", () => {
    const x = timeScale([Date.UTC(2008, 5, 1) + 0.25, Date.UTC(2008, 6, 1) + 0.5], [12, 788]);
    expect([x(Date.UTC(2008, 5, 1) + 0.25), x(Date.UTC(2008, 6, 1) + 0.5)]).toEqual([12, 788]);
    expect([x.invert(12), x.invert(788)]).toEqual([Date.UTC(2008, 5, 1) + 0.25, Date.UTC(2008, 6, 1) + 0.5]);
    expect(windowOf(x)).toEqual([Date.UTC(2008, 5, 1) + 0.25, Date.UTC(2008, 6, 1) + 0.5]);
  });

  it("x(ms(x)) ≈ x and ms(x(ms)) ≈ ms, from a two-hour window to all of time", () => {
    fc.assert(
      fc.property(mapArb, ({ start, span, left, width, at }) => {
        const x = timeScale([start, start + span], [left, left + width]);
        const px = left + at * width;
        // An instant is known to a unit in the last place of its ms, which is at most 1 ms here.
        const pxPerUlp = (2 * width) / span;
        expect(Math.abs(x(x.invert(px)) - px)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(px)) + pxPerUlp);
        const ms = start + at * span;
        expect(Math.abs(x.invert(x(ms)) - ms)).toBeLessThanOrEqual(span * 1e-12 + 2);
      }),
      { ...RUNS, numRuns: 500 },
    );
  });
});

describe("atLinear, the layout's hot loops' copy of timeScale", () => {
  it("gives what the d3 scale gives, to the bit, for any domain, range and instant", () => {
    const ms = fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true });
    const px = fc.double({ min: -1e7, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(ms, ms), fc.tuple(px, px), fc.array(ms, { maxLength: 20 }), (domain, range, instants) => {
        const d3 = timeScale(domain, range);
        const mine = linearOf(domain, range);
        for (const t of [...instants, domain[0], domain[1], Number.NaN]) expect(Object.is(atLinear(mine, t), d3(t) ?? Number.NaN)).toBe(true);
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it("gives NaN for no instant on an empty domain, as d3 gives its unknown (found by a CI run's random seed)", () => {
    const domain: [number, number] = [-8639999999999992, -8639999999999992];
    expect(atLinear(linearOf(domain, [0, 0]), Number.NaN)).toBeNaN();
    expect(timeScale(domain, [0, 0])(Number.NaN)).toBeUndefined();
    expect(atLinear(linearOf(domain, [10, 30]), domain[0])).toBe(timeScale(domain, [10, 30])(domain[0]));
  });
});

describe("the layout draws with scaleOf and overviewScale", () => {
  it("items, eras and ticks sit where the layout's scale puts their instants", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { timeline, layout } = layoutOf(c);
        const x = scaleOf(layout);
        const byId = new Map(timeline.events.map((e) => [e.id, e]));
        for (const item of layout.items) {
          const e = byId.get(item.id);
          if (!e || item.kind === "cluster") continue;
          if (item.kind === "point" && !item.set) {
            expect(near(item.band[0], x(e.start.earliest), PX) && near(item.band[1], x(e.start.latest), PX), item.id).toBe(true);
          }
          if (item.kind === "span" && e.end && !e.start.bound && !e.end.bound) {
            expect(near(item.startBand[0], x(e.start.earliest), PX) && near(item.endBand[1], x(e.end.latest), PX), item.id).toBe(true);
          }
        }
        for (const era of layout.eras) {
          const e = timeline.eras.find((t) => t.id === era.id)!;
          expect(near(era.x0, Math.max(layout.plot.x, x(e.start.earliest)), PX)).toBe(true);
        }
        // Every tick but the one pinned to the left edge (for a period that began before the window)
        // and, on a broken axis, those pinned at the start of a segment in view (for a period that
        // began before it): a pin stands later than its instant, at the plot's or a segment's start.
        const starts = [layout.plot.x, ...(layout.segments ?? []).map((s) => s.x0)];
        for (const tick of [...layout.axis.fine, ...layout.axis.coarse]) {
          const pinned = x(tick.value) < tick.x - PX && starts.some((s) => near(tick.x, s, PX));
          if (tick.value >= layout.domain[0] && !pinned) expect(near(tick.x, x(tick.value), PX), `tick ${tick.label}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("the overview marks the window through the overview's map, and the plot's map reads its pixels back", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { layout } = layoutOf(c);
        const { domain, extent, overview } = layout;
        const tolerance = msTolerance(domain[1] - domain[0]);
        const strip = overviewScale(extent, overview!.box);
        expect(overview!.window).toEqual([strip(domain[0]), strip(domain[1])]);
        expect(near(strip.invert(overview!.window[0]), domain[0], tolerance) && near(strip.invert(overview!.window[1]), domain[1], tolerance)).toBe(true);
        // Reading pixels back: the plot's edges are the window's ends, and any pixel round-trips.
        // Within rounding: on a broken axis the map is piecewise, and its inverse at the plot's
        // edge can be a last digit off (found by `npm run test:explore`: 0.01 ms at 800 BCE).
        expect(near(timeAt(layout, layout.plot.x), domain[0], tolerance)).toBe(true);
        expect(near(timeAt(layout, layout.plot.x + layout.plot.width), domain[1], tolerance)).toBe(true);
        const middle = (domain[0] + domain[1]) / 2;
        expect(near(timeAt(layout, scaleOf(layout)(middle)), middle, tolerance)).toBe(true);
      }),
      RUNS,
    );
  });
});
