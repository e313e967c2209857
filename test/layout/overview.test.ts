// The overview strip's density is the whole timeline's, whatever the window: every layout of one
// timeline at one strip width hands on the same frozen bins, so the scene draws its path once per
// strip and not in every zoom frame. Held here against the plain definition (count afresh).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import { densityPath } from "../../src/scene/chart.js";
import type { TimelineInput } from "../../src/types.js";

const seedJson = JSON.parse(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")) as TimelineInput;
const seed = loadTimeline(seedJson).timeline;
const DAY = 86_400_000;

describe("the overview strip", () => {
  it("hands on one frozen list of bins at every zoom, the counts of the whole extent", () => {
    const wide = layoutTimeline(seed, { width: 800, overview: true });
    const [a, b] = wide.extent;
    const near = layoutTimeline(seed, { width: 800, overview: true, domain: [a + (b - a) / 2, a + (b - a) / 2 + 30 * DAY] });
    expect(near.overview!.bins).toBe(wide.overview!.bins);
    expect(Object.isFrozen(wide.overview!.bins)).toBe(true);
    expect(near.overview!.window).not.toEqual(wide.overview!.window);
    // Every event is counted once in the bin of its start, and on to the bin of its end.
    const bins = wide.overview!.bins;
    const per = (b - a) / bins.length;
    const bin = (t: number) => Math.min(bins.length - 1, Math.max(0, Math.floor((t - a) / per)));
    const counted = bins.map((_, i) => seed.events.filter((e) => bin(e.start.earliest) <= i && i <= bin((e.end ?? e.start).latest)).length);
    expect([...bins]).toEqual(counted);
    // Another width is another strip, with bins of its own.
    expect(layoutTimeline(seed, { width: 400, overview: true }).overview!.bins).not.toBe(bins);
  });

  it("right to left: the bins reversed, the same list at every zoom", () => {
    const ltr = layoutTimeline(seed, { width: 800, overview: true });
    const rtl = layoutTimeline(seed, { width: 800, overview: true, timeDirection: "rtl" });
    const [a, b] = rtl.extent;
    const again = layoutTimeline(seed, { width: 800, overview: true, timeDirection: "rtl", domain: [a, a + (b - a) / 3] });
    expect(rtl.overview!.bins).toEqual([...ltr.overview!.bins].reverse());
    expect(again.overview!.bins).toBe(rtl.overview!.bins);
  });

  it("draws the same density path whether made afresh or kept, and a new one for another box", () => {
    const o = layoutTimeline(seed, { width: 800, overview: true }).overview!;
    const kept = densityPath(o);
    expect(densityPath(o)).toBe(kept);
    // Bins that could still change (not frozen) are drawn afresh: the same path.
    expect(densityPath({ ...o, bins: [...o.bins] })).toBe(kept);
    const lower = { ...o, box: { ...o.box, y: o.box.y + 10 } };
    expect(densityPath(lower)).not.toBe(kept);
    expect(densityPath(lower)).toBe(densityPath({ ...lower, bins: [...lower.bins] }));
    // A bar per busy bin, none for an empty one.
    expect(kept.match(/M/g)?.length).toBe(o.bins.filter((n) => n > 0).length);
  });
});
