// @vitest-environment node
// Axis breaks: the seed's eight years and one afternoon, the rule for "auto", and the invariants
// of segments on random timelines (every event in exactly one segment, no break inside an event or
// era, the pieces in order, zooming that reads back what it shows).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { transformFor, zoomWindow, type ZoomGeometry } from "../../src/interact/zoom.js";
import { extentFor, extentOf, layoutTimeline, segmentsOf, type BreaksOption } from "../../src/layout/layout.js";
import { lengthWords } from "../../src/layout/broken-axis.js";
import { ITEM } from "../../src/layout/sizes.js";
import { crossesBreak, labelRoom } from "../../src/layout/label-room.js";
import { scaleOf } from "../../src/layout/scale.js";
import type { SpanItem, TimelineLayout } from "../../src/layout/types.js";
import { zoomGeometryOf } from "../../src/view/render.js";
import { breakPills } from "../../src/scene/breaks.js";
import { loadTimeline } from "../../src/load.js";
import type { EventInput, Timeline, TimelineInput } from "../../src/types.js";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")) as TimelineInput;
const load = (input: TimelineInput): Timeline => loadTimeline(input).timeline;
const seed = load(read("examples/seed-tehran-2008/events.json"));
const RUNS = { seed: 20081130, numRuns: 200 };
const YEAR = 365.25 * 86_400_000;

const span = (layout: TimelineLayout, id: string): SpanItem => {
  const item = layout.items.find((i) => i.id === id);
  if (item?.kind !== "span") throw new Error(`no span ${id}`);
  return item;
};

describe("the seed: eight years and one afternoon", () => {
  it.each([1280, 320])("at %i px: the war and the visit each in a segment of its own, one break of 20 years between", (width) => {
    const layout = layoutTimeline(seed, { width, height: 640 });
    expect(layout.segments?.map((s) => s.label)).toEqual(["1980 – 1988", "June 2008 – August 2008"]);
    expect(layout.breaks?.map((b) => [b.label, b.name])).toEqual([["20 years", "20 years without events, left out of the axis"]]);
    const [war, visit] = [span(layout, "iran-iraq-war"), span(layout, "visit")];
    const [first, second] = layout.segments!;
    expect(war.bar[0]).toBeGreaterThanOrEqual(first!.x0);
    expect(war.bar[1]).toBeLessThanOrEqual(first!.x1);
    expect(visit.bar[0]).toBeGreaterThanOrEqual(second!.x0);
    // Three days visibly a span, not a hairline; the war still wide enough for its name.
    expect(visit.bar[1] - visit.bar[0]).toBeGreaterThanOrEqual(width === 1280 ? 25 : 5);
    expect(war.bar[1] - war.bar[0]).toBeGreaterThanOrEqual(width === 1280 ? 200 : 45);
    // On one linear scale the visit was a hairline.
    const linear = span(layoutTimeline(seed, { width, height: 640, breaks: "none" }), "visit");
    expect(linear.bar[1] - linear.bar[0]).toBeLessThan(3);
    // Each segment ticked at its own scale: years under the war, months under the visit.
    const labels = layout.axis.fine.map((t) => t.label);
    expect(labels).toContain(width === 1280 ? "1985" : "1980");
    expect(labels).toContain("Jun");
  });

  it("at 320 px keeps each label in its mark's segment, but the war's, which has no room there and crosses the break whole", () => {
    const layout = layoutTimeline(seed, { width: 320, height: 640 });
    const [first, second] = layout.segments!;
    for (const item of layout.items) {
      const label = item.label!;
      const [from, to] = [label.x, label.x + label.width];
      // Only the label that crosses says so (the scene haloes it over the zigzag).
      expect(label.crossesBreak, item.id).toBe(item.id === "iran-iraq-war");
      if (item.id === "iran-iraq-war") {
        expect(label.text).toBe("Iran–Iraq War");
        expect(to).toBeGreaterThan(first!.x1);
      } else {
        // "Maliki aims to pass the security pact" (summer 2008) went left of its mark, over the 1980s.
        expect(from, item.id).toBeGreaterThanOrEqual(second!.x0);
        expect(to, item.id).toBeLessThanOrEqual(second!.x1);
      }
    }
    expect(layout.items.find((i) => i.id === "pact-vote")?.label?.text).toMatch(/^Maliki aims/);
  });

  it("keeps each break's pill whole inside the plot, at any width and window, either way time runs (property)", () => {
    const [lo, hi] = extentFor(seed);
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1400 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.boolean(), (width, at, share, rtl) => {
        const from = lo + (hi - lo) * at * (1 - share);
        const layout = layoutTimeline(seed, { width, height: 640, domain: [from, from + (hi - lo) * share], ...(rtl ? { timeDirection: "rtl" as const } : {}) });
        const { x, width: room } = layout.plot;
        for (const pill of breakPills(layout)) {
          const rect = pill.children[0] as { attrs: Record<string, string> };
          const [left, w] = [Number(rect.attrs.x), Number(rect.attrs.width)];
          expect(left).toBeGreaterThanOrEqual(x - 0.05);
          expect(left + w).toBeLessThanOrEqual(x + room + 0.1);
          // The label is centred in its pill.
          const text = pill.children[1] as { attrs: Record<string, string> };
          expect(Math.abs(Number(text.attrs.x) - (left + w / 2))).toBeLessThanOrEqual(0.1);
        }
      }),
      RUNS,
    );
    // The window story mode opens on at 320 px (the war): its break so near the plot's right edge
    // that a pill centred on it would stick out; it stands whole against the edge instead.
    const war = layoutTimeline(seed, { width: 320, height: 640, domain: [Date.UTC(1980, 0, 1), Date.UTC(1989, 0, 1)] });
    const b = war.breaks![0]!;
    const edge = war.plot.x + war.plot.width;
    const rect = breakPills(war)[0]!.children[0] as { attrs: Record<string, string> };
    expect((b.x0 + b.x1) / 2 + Number(rect.attrs.width) / 2).toBeGreaterThan(edge);
    expect(Number(rect.attrs.x) + Number(rect.attrs.width)).toBeCloseTo(edge, 0);
  });

  it("captions each segment, and the overview keeps true linear time with the segments marked", () => {
    const layout = layoutTimeline(seed, { width: 1280 });
    expect(layout.segments!.every((s) => s.captionX !== null)).toBe(true);
    const o = layout.overview!;
    const [war, visit] = o.segments!;
    // Eight years and four months, in proportion on the strip: the war's mark is long, the visit's short.
    expect(war![1] - war![0]).toBeGreaterThan(20 * (visit![1] - visit![0]));
    expect(o.window[0]).toBeCloseTo(o.box.x, 6);
    expect(o.window[1]).toBeCloseTo(o.box.x + o.box.width, 6);
  });

  it("keeps one linear scale with breaks: 'none', and for the deep-time example and the seed's CSV twin the same as JSON", () => {
    expect(layoutTimeline(seed, { width: 1280, breaks: "none" }).pieces).toBeUndefined();
    expect(extentFor(seed, "none")).toEqual(extentOf(seed));
    const deep = load(read("examples/deep-time/events.json"));
    expect(segmentsOf(deep)).toHaveLength(1);
    expect(layoutTimeline(deep, { width: 1280 }).breaks).toBeUndefined();
    const csv = loadTimeline(readFileSync(new URL("../../examples/seed-tehran-2008/events.csv", import.meta.url), "utf8")).timeline;
    expect(segmentsOf(csv).length).toBe(2);
  });

  it("breaks by hand: a stretch leaves out the whole empty stretch it overlaps, never part of an event", () => {
    const chosen = segmentsOf(seed, [[Date.UTC(1995, 0, 1), Date.UTC(1996, 0, 1)]]);
    expect(chosen.map((s) => [s.from, s.to])).toEqual(segmentsOf(seed, "auto").map((s) => [s.from, s.to]));
    // Inside the war: no empty stretch there, so no break.
    expect(segmentsOf(seed, [[Date.UTC(1984, 0, 1), Date.UTC(1985, 0, 1)]])).toHaveLength(1);
  });

  it("says how long a break is in the reader's language", () => {
    expect(lengthWords(20 * YEAR, "en-GB")).toBe("20 years");
    expect(lengthWords(40 * 86_400_000, "en-GB")).toBe("40 days");
    expect(lengthWords(90 * 86_400_000, "fr")).toMatch(/^3\s+mois$/u);
    expect(lengthWords(20 * YEAR, "fa")).toBe("۲۰ سال");
    const fa = layoutTimeline(seed, { width: 1280, dates: { locale: "fa" }, words: undefined });
    expect(fa.breaks?.[0]?.label).toBe("۲۰ سال");
  });

  it("mirrors with time running right to left: the war on the right, the visit on the left", () => {
    const rtl = layoutTimeline(seed, { width: 1280, timeDirection: "rtl" });
    const [war, visit] = rtl.segments!;
    expect(war!.x0).toBeGreaterThan(visit!.x1);
    const x = scaleOf(rtl);
    expect(x(rtl.domain[0])).toBeCloseTo(rtl.plot.x + rtl.plot.width, 6);
  });
});

// Timelines of two to four bursts of events, far apart, with lone events and eras here and there.
const burst = fc.record({
  year: fc.integer({ min: -500, max: 2100 }),
  days: fc.integer({ min: 0, max: 400 }),
  count: fc.integer({ min: 1, max: 8 }),
});
const inputArb = fc.tuple(fc.array(burst, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 }), fc.boolean()).map(([bursts, offsets, era]): TimelineInput => {
  const events: EventInput[] = [];
  bursts.forEach((b, k) => {
    const from = Date.UTC(2000, 0, 1) + (b.year - 2000) * YEAR;
    for (let i = 0; i < b.count; i++) {
      const at = from + ((offsets[(k * 8 + i) % Math.max(1, offsets.length)] ?? i * 100) / 1000) * b.days * 86_400_000;
      const day = new Date(at).toISOString().slice(0, 10);
      events.push({ id: `b${k}e${i}`, title: `Burst ${k} event ${i}`, start: at, ...(i % 3 === 1 ? { end: at + b.days * 43_200_000 } : {}), ...(i % 4 === 2 ? { start: `${day.slice(0, 7)}~` } : {}) });
    }
  });
  const eras = era && bursts.length > 1 ? [{ id: "era", title: "An era", start: Date.UTC(2000, 0, 1) + (bursts[0]!.year - 2000) * YEAR, end: Date.UTC(2000, 0, 1) + (bursts[0]!.year - 2000 + 1) * YEAR }] : [];
  return { events, eras };
});
const breaksArb: fc.Arbitrary<BreaksOption> = fc.oneof(
  fc.constant("auto" as const),
  fc.constant("none" as const),
  fc.tuple(fc.integer({ min: -600, max: 2200 }), fc.integer({ min: 1, max: 800 })).map(([y, n]) => [[Date.UTC(2000, 0, 1) + (y - 2000) * YEAR, Date.UTC(2000, 0, 1) + (y - 2000 + n) * YEAR]] as const),
);

describe("segments on random timelines", () => {
  it("the generator makes broken axes often enough to matter", () => {
    let broken = 0;
    fc.assert(fc.property(inputArb, (input) => void (segmentsOf(load(input)).length > 1 && broken++)), RUNS);
    expect(broken).toBeGreaterThan(RUNS.numRuns / 5);
  });

  it("evenly spread events keep one linear scale, however many and however far apart", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 60 }), fc.integer({ min: 1, max: 5000 }), fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 60, maxLength: 60 }), (n, days, jitter) => {
        // n events a step apart, each moved by up to a fifth of the step.
        const step = days * 86_400_000;
        const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: Date.UTC(1900, 0, 1) + i * step + (jitter[i]! / 100) * step }));
        expect(segmentsOf(load({ events }))).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it("every event and era lies in exactly one segment, no break is inside one, and the pieces run in order", () => {
    fc.assert(
      fc.property(inputArb, breaksArb, fc.integer({ min: 320, max: 1600 }), (input, breaks, width) => {
        const timeline = load(input);
        const segments = segmentsOf(timeline, breaks);
        for (const item of [...timeline.events, ...timeline.eras]) {
          const [from, to] = [item.start.earliest, (item.end ?? item.start).latest];
          const holding = segments.filter((s) => from >= s.start && to <= s.end);
          expect(holding, item.id).toHaveLength(1);
          for (let k = 1; k < segments.length; k++) expect(to < segments[k - 1]!.end || from > segments[k]!.start, `${item.id} in a break`).toBe(true);
        }
        for (let k = 1; k < segments.length; k++) expect(segments[k]!.start).toBeGreaterThan(segments[k - 1]!.end);
        const layout = layoutTimeline(timeline, { width, breaks });
        if (segments.length > 1) {
          const { domain, range } = layout.pieces!;
          for (let i = 1; i < domain.length; i++) {
            expect(domain[i]!).toBeGreaterThan(domain[i - 1]!);
            expect(range[i]!).toBeGreaterThanOrEqual(range[i - 1]!);
          }
          expect(layout.breaks).toHaveLength(segments.length - 1);
        } else expect(layout.pieces).toBeUndefined();
        // Deterministic: a fresh load lays out the same.
        expect(layoutTimeline(load(input), { width, breaks })).toStrictEqual(layout);
      }),
      RUNS,
    );
  });

  it("bounds a label's room by breaks only: the plot's edges beyond the outer segments", () => {
    const segments = [20, 70, 88, 200, 230, 300];
    expect(labelRoom([12, 308], segments, 40, 40)).toEqual([12, 70]);
    expect(labelRoom([12, 308], segments, 100, 150)).toEqual([88, 200]);
    expect(labelRoom([12, 308], segments, 250, 250)).toEqual([230, 308]);
    // A span over a break takes both segments; a mark in a break, the segments either side.
    expect(labelRoom([12, 308], segments, 50, 120)).toEqual([12, 200]);
    expect(labelRoom([12, 308], segments, 80, 80)).toEqual([12, 200]);
    expect(labelRoom([12, 308], segments, 215, 215)).toEqual([88, 308]);
    expect(labelRoom([12, 308], undefined, 80, 80)).toEqual([12, 308]);
  });

  it("says a label crosses a break when it runs over the gap between two segments, never on a linear axis", () => {
    const segments = [20, 70, 88, 200, 230, 300];
    expect(crossesBreak(segments, 60, 120)).toBe(true);
    expect(crossesBreak(segments, 75, 80)).toBe(true);
    expect(crossesBreak(segments, 190, 240)).toBe(true);
    expect(crossesBreak(segments, 20, 70)).toBe(false);
    expect(crossesBreak(segments, 88, 200)).toBe(false);
    expect(crossesBreak(segments, 230, 320)).toBe(false);
    expect(crossesBreak(undefined, 0, 1000)).toBe(false);
  });

  it("a label leaves its mark's segment only whole, where no shortened label fits in it", () => {
    let crossing = 0;
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 300, max: 1600 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.02, max: 1, noNaN: true }), (input, width, at, share) => {
        const timeline = load(input);
        const whole = layoutTimeline(timeline, { width });
        if (!whole.segments) return;
        // Anywhere from the whole timeline to a small part of it.
        const [a, b] = whole.domain;
        const from = a + (b - a) * at * (1 - share);
        const layout = layoutTimeline(timeline, { width, domain: [from, from + (b - a) * share] });
        for (const item of layout.items) {
          if (!item.label || item.label.pinned) continue;
          const [m0, m1] = item.kind === "span" ? item.bar : [item.x, item.x];
          const home = layout.segments!.filter((s) => s.x1 >= m0 - ITEM.radius && s.x0 <= m1 + ITEM.radius);
          const inside = home.some((s) => item.label!.x >= s.x0 - 1e-6) && home.some((s) => item.label!.x + item.label!.width <= s.x1 + 1e-6);
          // A label that leaves its segments for a break says so; one inside them never does.
          if (inside && home.length === 1) expect(item.label.crossesBreak ?? false, item.id).toBe(false);
          if (inside) continue;
          crossing++;
          expect(item.label.text, `${item.id} at ${width} px`).not.toMatch(/…$/);
        }
      }),
      RUNS,
    );
    // The whole-label way out is taken now and then, not everywhere.
    expect(crossing).toBeLessThan(RUNS.numRuns * 2);
  });

  it("zooming reads back the window it was asked for, across segments, either way time runs", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.boolean(), (input, a, b, rtl) => {
        const timeline = load(input);
        const layout = layoutTimeline(timeline, { width: 1000, ...(rtl ? { timeDirection: "rtl" as const } : {}) });
        const geometry: ZoomGeometry = zoomGeometryOf(layout);
        const [lo, hi] = layout.extent;
        const [p, q] = [Math.min(a, b), Math.max(a, b) + 1];
        const window: [number, number] = [lo + ((hi - lo) * p) / 1001, lo + ((hi - lo) * q) / 1001];
        if (window[1] - window[0] < layout.minSpan) return;
        const back = zoomWindow(transformFor(window, geometry), geometry);
        const tolerance = (window[1] - window[0]) * 1e-6 + 1;
        expect(Math.abs(back[0] - window[0])).toBeLessThan(tolerance);
        expect(Math.abs(back[1] - window[1])).toBeLessThan(tolerance);
        // "Show all" is scale 1: the segmented view.
        const all = transformFor(layout.extent, geometry);
        expect(all.k).toBeCloseTo(zoomIdentity.k, 9);
        expect(all.x).toBeCloseTo(0, 6);
      }),
      RUNS,
    );
  });
});
