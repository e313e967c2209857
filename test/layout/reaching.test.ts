// @vitest-environment node
// The events a window reaches, read from the layout's index, are those `reachesInto` finds by
// reading each event: open and unknown ends, spans, points, any window.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventsReaching, extentOf, reachesInto } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";

const YEAR = 365.25 * 86_400_000;
// A date written as a year, a month, a day or a season, or uncertain; a span's two years differ.
const dateIn = (year: number, form: number) => [`${year}`, `${year}-06`, `${year}-06-02`, `${year}-21`, `${year}~`, `${year}-03-04T14:30Z`][form]!;
const form = fc.integer({ min: 0, max: 5 });
const year = fc.integer({ min: 1975, max: 2015 });
const span = fc.oneof(
  fc.tuple(year, form).map(([y, f]) => dateIn(y, f)),
  fc.tuple(year, year, form, form).filter(([a, b]) => a !== b).map(([a, b, f, g]) => `${dateIn(Math.min(a, b), f)}/${dateIn(Math.max(a, b), g)}`),
  fc.tuple(year, form).map(([y, f]) => `${dateIn(y, f)}/..`),
  fc.tuple(year, form).map(([y, f]) => `../${dateIn(y, f)}`),
  fc.tuple(year, form).map(([y, f]) => `${dateIn(y, f)}/`),
  fc.tuple(year, form).map(([y, f]) => `/${dateIn(y, f)}`),
);

describe("the events a window reaches", () => {
  it("are those reachesInto finds, in the timeline's order (property)", () => {
    let given = 0;
    let seen = 0;
    let reached = 0;
    const from0 = (at: number) => Date.UTC(2000, 0, 1) + at * YEAR;
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.integer({ min: -40, max: 40 }), fc.integer({ min: 0, max: 30 }), (dates, at, width) => {
        const { timeline } = loadTimeline({ events: dates.map((d, i) => ({ id: `e${i}`, title: `Event ${i}`, start: d })) });
        given += dates.length;
        seen += timeline.events.length;
        reached += eventsReaching(timeline, from0(at), from0(at) + width * YEAR).length;
        const from = Date.UTC(2000, 0, 1) + at * YEAR;
        const to = from + width * YEAR;
        expect(eventsReaching(timeline, from, to)).toEqual(timeline.events.filter((e) => reachesInto(e, from, to)));
      }),
      { seed: 1204, numRuns: 300 },
    );
    // Not vacuous: the runs loaded (nearly) every event given, and windows reached many of them.
    expect(given).toBeGreaterThan(1000);
    expect(seen).toBeGreaterThan(0.9 * given);
    expect(reached).toBeGreaterThan(0.2 * seen);
  });

  it("include an event open at its end from any later window, and none from an empty timeline", () => {
    const { timeline } = loadTimeline({ events: [{ id: "on", title: "Goes on", start: "1985/.." }, { id: "done", title: "Done", start: "1990" }] });
    expect(eventsReaching(timeline, Date.UTC(2100, 0, 1), Date.UTC(2101, 0, 1)).map((e) => e.id)).toEqual(["on"]);
    expect(eventsReaching(loadTimeline({ events: [] }).timeline, 0, 1)).toEqual([]);
  });

  it("span the extent, read from the same index: every event's earliest start and latest end, eras too, with a margin (property)", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 3 }), (dates, eras) => {
        const { timeline } = loadTimeline({ events: dates.map((d, i) => ({ id: `e${i}`, title: `Event ${i}`, start: d })), eras: eras.map((d, i) => ({ title: `Era ${i}`, start: d.split("/")[0] || "1990", end: "2016" })) });
        const items = [...timeline.events, ...timeline.eras];
        const lo = Math.min(...items.map((e) => e.start.earliest));
        const hi = Math.max(...items.map((e) => (e.end ?? e.start).latest));
        const pad = Math.max((hi - lo) * 0.03, 43_200_000);
        expect(extentOf(timeline)).toEqual(items.length ? [lo - pad, hi + pad] : [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
      }),
      { seed: 1205, numRuns: 200 },
    );
  });
});
