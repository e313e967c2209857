// @vitest-environment node
// Time running right to left (issue 12): the layout is the mirror image of left-to-right time
// (x ↦ width − x) with identical rows, and every way of reading time off the drawing — the
// layout's scale, zooming, the overview's brush, the keyboard — agrees with the mirror.
import fc from "fast-check";
import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { brushedWindow } from "../../src/interact/brush.js";
import { beyondFrom, keyAction } from "../../src/interact/keys.js";
import { transformFor, zoomWindow, type ZoomGeometry } from "../../src/interact/zoom.js";
import { extentOf, layoutTimeline } from "../../src/layout/layout.js";
import { scaleOf } from "../../src/layout/scale.js";
import type { ItemLayout, TimelineLayout } from "../../src/layout/types.js";
import { loadTimeline } from "../../src/load.js";
import { caseArb, msTolerance, near, RUNS, timelineOf, type Case } from "./scale-cases.js";
import { itemNode } from "../../src/scene/items.js";
import type { SceneElement } from "../../src/scene/node.js";

const geometryOf = (l: TimelineLayout): ZoomGeometry => ({ plotX: l.plot.x, plotWidth: l.plot.width, height: l.height, extent: l.extent, minSpan: l.minSpan, rtl: l.timeDirection === "rtl" });

/** The same case laid out with time running each way. */
function both(c: Case): { ltr: TimelineLayout; rtl: TimelineLayout } {
  const timeline = timelineOf(c);
  let domain: [number, number] | undefined;
  if (c.zoom) {
    const [lo, hi] = extentOf(timeline);
    const span = (hi - lo) * 10 ** -c.zoom.depth;
    domain = [lo + (hi - lo - span) * c.zoom.at, lo + (hi - lo - span) * c.zoom.at + span];
  }
  const options = { width: c.width, ...(domain ? { domain } : {}) };
  return { ltr: layoutTimeline(timeline, options), rtl: layoutTimeline(timeline, { ...options, timeDirection: "rtl" }) };
}

const mirrored = (w: number, r: readonly [number, number]): [number, number] => [w - r[1], w - r[0]];

function expectMirrorItem(a: ItemLayout, b: ItemLayout, w: number): void {
  expect([b.id, b.lane, b.row, b.y, b.kind]).toEqual([a.id, a.lane, a.row, a.y, a.kind]);
  expect([b.x0, b.x1]).toEqual(mirrored(w, [a.x0, a.x1]));
  if (a.label) expect(b.label).toEqual({ ...a.label, x: w - a.label.x - a.label.width });
  else expect(b.label).toBeNull();
  if (a.kind === "point" && b.kind === "point") {
    expect(b.x).toBe(w - a.x);
    expect(b.band).toEqual(mirrored(w, a.band));
  }
  if (a.kind === "span" && b.kind === "span") {
    expect(b.bar).toEqual(mirrored(w, a.bar));
    expect([b.startBand, b.endBand]).toEqual([mirrored(w, a.startBand), mirrored(w, a.endBand)]);
  }
  if (a.kind === "cluster" && b.kind === "cluster") expect([b.x, b.span, b.members]).toEqual([w - a.x, a.span, a.members]);
}

// An item's drawn shapes (rects and lines, not its text), by class, as absolute intervals, px,
// rounded as the writers round: what a reader sees of its marks.
function shapesOf(d: ItemLayout, timeRtl: boolean): string[] {
  const g = itemNode(d, "t", { selected: d.id, focused: null, highlighted: new Set(), ...(timeRtl ? { timeRtl } : {}) });
  const [ox] = /translate\(([^,]+),/.exec(g.attrs.transform!)!.slice(1).map(Number) as [number];
  return (g.children as SceneElement[])
    .filter((c) => c.tag === "rect" || c.tag === "line")
    .map((c) => {
      const a = c.attrs as Record<string, string | number>;
      const [x0, x1] = c.tag === "rect" ? [Number(a.x), Number(a.x) + Number(a.width)] : [Number(a.x1), Number(a.x2)];
      return `${String(a.class)}|${(ox + x0).toFixed(0)}|${(ox + x1).toFixed(0)}|${String(a.fill ?? "")}`;
    })
    .sort();
}

describe("time running right to left", () => {
  it("draws each item's marks as the mirror image too: its bands of doubt and dashed ends at the ends they belong to", () => {
    const fades = (s: string) => s.replace("fade-in", "FADE").replace("fade-out", "fade-in").replace("FADE", "fade-out");
    fc.assert(
      fc.property(caseArb, (c) => {
        const { ltr, rtl } = both(c);
        const w = ltr.width;
        ltr.items.forEach((a, i) => {
          // Mirrored: every interval [x0, x1] becomes [w − x1, w − x0], and a band fading in from the left fades out to the right.
          const mirror = shapesOf(a, false).map((s) => {
            const [cls, x0, x1, fill] = s.split("|");
            return fades(`${cls}|${(w - Number(x1)).toFixed(0)}|${(w - Number(x0)).toFixed(0)}|${fill}`);
          });
          const drawn = shapesOf(rtl.items[i]!, true);
          expect(drawn.length, a.id).toBe(mirror.length);
          drawn.forEach((s, k) => {
            const [cls, x0, x1, fill] = s.split("|");
            const m = mirror.find((t) => t.startsWith(`${cls}|`) && t.endsWith(`|${fill}`) && Math.abs(Number(t.split("|")[1]) - Number(x0)) <= 1 && Math.abs(Number(t.split("|")[2]) - Number(x1)) <= 1);
            expect(m, `${a.id} ${s} in ${mirror.join(" | ")} (${k})`).toBeDefined();
          });
        });
      }),
      RUNS,
    );
  });

  it("draws a span whose ends are known differently with each end's doubt on its own side", () => {
    const { timeline } = loadTimeline({ events: [{ id: "talks", title: "Talks", start: "2008-06~", end: "2008-09-15" }] });
    for (const timeDirection of ["ltr", "rtl"] as const) {
      const layout = layoutTimeline(timeline, { width: 800, domain: [Date.UTC(2008, 4, 1), Date.UTC(2008, 9, 1)], timeDirection });
      const d = layout.items[0]!;
      if (d.kind !== "span") throw new Error("a span");
      const shapes = shapesOf(d, timeDirection === "rtl");
      const at = (cls: string) => shapes.find((s) => s.startsWith(`${cls}|`))!.split("|").slice(1, 3).map(Number) as [number, number];
      const [box, fuzz, mark] = [at("cl-box"), at("cl-fuzz cl-fuzz-start"), at("cl-end-mark cl-end-start cl-q-approximate")];
      expect(box[1] - box[0]).toBeGreaterThan(50);
      // The approximate start's band and dashed end are on the side time comes from.
      if (timeDirection === "ltr") expect([fuzz[1] <= box[0] + 1, mark[0] < box[0]]).toEqual([true, true]);
      else expect([fuzz[0] >= box[1] - 1, mark[0] > box[1]]).toEqual([true, true]);
    }
  });

  it("is the mirror image of left to right, x ↦ width − x, with identical lanes, rows and clusters", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { ltr, rtl } = both(c);
        const w = ltr.width;
        expect(rtl.timeDirection).toBe("rtl");
        expect(ltr.timeDirection).toBeUndefined();
        expect([rtl.domain, rtl.extent, rtl.plot, rtl.lanes, rtl.height]).toEqual([ltr.domain, ltr.extent, ltr.plot, ltr.lanes, ltr.height]);
        expect(rtl.items).toHaveLength(ltr.items.length);
        ltr.items.forEach((a, i) => expectMirrorItem(a, rtl.items[i]!, w));
        expect(rtl.axis.fine.map((t) => [t.x, t.label, t.value])).toEqual(ltr.axis.fine.map((t) => [w - t.x, t.label, t.value]));
        expect(rtl.axis.coarse.map((t) => [t.x, t.label])).toEqual(ltr.axis.coarse.map((t) => [w - t.x, t.label]));
        // A tick's label lies before it: its far end is to its left.
        for (const t of [...rtl.axis.fine, ...rtl.axis.coarse]) expect(t.labelEnd).toBeLessThan(t.x);
        rtl.eras.forEach((e, i) => expect([e.x0, e.x1]).toEqual(mirrored(w, [ltr.eras[i]!.x0, ltr.eras[i]!.x1])));
        if (ltr.overview) {
          expect(rtl.overview!.bins).toEqual([...ltr.overview.bins].reverse());
          expect(rtl.overview!.window).toEqual(mirrored(w, ltr.overview.window));
        }
      }),
      RUNS,
    );
  });

  it("reads time off the mirrored drawing the same way: scale, zoom transform and brush", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { ltr, rtl } = both(c);
        const tolerance = msTolerance(ltr.domain[1] - ltr.domain[0]);
        const x = ltr.plot.x + ltr.plot.width * 0.3;
        // The instant 30 % from the left is the one 30 % from the right.
        expect(near(scaleOf(rtl).invert(ltr.width - x), scaleOf(ltr).invert(x), tolerance)).toBe(true);
        const geometry = geometryOf(rtl);
        expect(zoomWindow(zoomIdentity, geometry)).toEqual(rtl.extent);
        const shown = zoomWindow(transformFor(rtl.domain, geometry), geometry);
        expect(near(shown[0], rtl.domain[0], tolerance) && near(shown[1], rtl.domain[1], tolerance), JSON.stringify({ shown, domain: rtl.domain })).toBe(true);
        if (rtl.overview) {
          const brushed = brushedWindow(rtl.overview.window, rtl.overview.box, rtl.extent, true);
          expect(near(brushed[0], rtl.domain[0], tolerance) && near(brushed[1], rtl.domain[1], tolerance)).toBe(true);
        }
        expect(beyondFrom(rtl, null, 1)).toBe(rtl.domain[0]);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it("dragging right shows earlier times when time runs left to right, and later ones when it runs right to left", () => {
    const { timeline } = loadTimeline({ events: [{ title: "A", start: "2008-01-01" }, { title: "B", start: "2008-12-31" }] });
    for (const rtl of [false, true]) {
      const layout = layoutTimeline(timeline, { width: 800, timeDirection: rtl ? "rtl" : "ltr" });
      const geometry = geometryOf(layout);
      const mid: [number, number] = [layout.extent[0] + (layout.extent[1] - layout.extent[0]) * 0.4, layout.extent[0] + (layout.extent[1] - layout.extent[0]) * 0.6];
      const start = transformFor(mid, geometry);
      const dragged = zoomWindow(start.translate(50 / start.k, 0), geometry);
      expect(dragged[0] > mid[0], rtl ? "rtl" : "ltr").toBe(rtl);
    }
  });
});

describe("the arrow keys follow the screen", () => {
  const { timeline } = loadTimeline({
    events: [
      { id: "a", title: "First", start: "2008-06-01" },
      { id: "b", title: "Second", start: "2008-06-10" },
      { id: "c", title: "Third", start: "2008-06-20" },
    ],
  });
  const keys = (timeDirection: "ltr" | "rtl") => {
    const l = layoutTimeline(timeline, { width: 900, timeDirection });
    return (key: string, from: string) => keyAction(key, l.items, l.lanes, from, timeDirection === "rtl");
  };

  it("→ is later in time left to right, earlier right to left; ← the other way", () => {
    expect(keys("ltr")("ArrowRight", "b")).toEqual({ type: "focus", id: "c" });
    expect(keys("ltr")("ArrowLeft", "b")).toEqual({ type: "focus", id: "a" });
    expect(keys("rtl")("ArrowRight", "b")).toEqual({ type: "focus", id: "a" });
    expect(keys("rtl")("ArrowLeft", "b")).toEqual({ type: "focus", id: "c" });
  });

  it("past the last event on screen, the move goes on in time the way the arrow points", () => {
    expect(keys("rtl")("ArrowLeft", "c")).toEqual({ type: "beyond", direction: 1, from: "c" });
    expect(keys("rtl")("ArrowRight", "a")).toEqual({ type: "beyond", direction: -1, from: "a" });
    // Home and End are the first and last in time, whichever side they are on.
    expect(keys("rtl")("Home", "b")).toEqual({ type: "focus", id: "a" });
    expect(keys("rtl")("End", "b")).toEqual({ type: "focus", id: "c" });
  });

  it("the earliest event is on the right, so the first in reading order", () => {
    const l = layoutTimeline(timeline, { width: 900, timeDirection: "rtl" });
    const x = (id: string) => (l.items.find((i) => i.id === id) as { x: number }).x;
    expect(x("a")).toBeGreaterThan(x("b"));
    expect(x("b")).toBeGreaterThan(x("c"));
  });
});
