// @vitest-environment node
// The brush, zooming and the keyboard read time through the same map as the layout: the window a
// zoom transform shows, the one the brush over the overview's window stands for, and the layout's
// own window are one and the same.
import fc from "fast-check";
import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { brushedWindow } from "../../src/interact/brush.js";
import { beyondFrom } from "../../src/interact/keys.js";
import { transformFor, zoomWindow, type ZoomGeometry } from "../../src/interact/zoom.js";
import type { TimelineLayout } from "../../src/layout/types.js";
import { scaleOf } from "../../src/layout/scale.js";
import { caseArb, layoutOf, msTolerance, near, RUNS } from "../layout/scale-cases.js";

const geometryOf = (layout: TimelineLayout): ZoomGeometry => ({ plotX: layout.plot.x, plotWidth: layout.plot.width, height: layout.height, extent: layout.extent, minSpan: layout.minSpan });

const nearWindow = (a: [number, number], b: [number, number]) => {
  const tolerance = msTolerance(b[1] - b[0]);
  return near(a[0], b[0], tolerance) && near(a[1], b[1], tolerance);
};

describe("brush, zoom and keys agree with the layout on the window", () => {
  it("a zoom transform at scale 1 shows the whole extent, exactly", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { layout } = layoutOf(c);
        expect(zoomWindow(zoomIdentity, geometryOf(layout))).toEqual(layout.extent);
      }),
      { ...RUNS, numRuns: 30 },
    );
  });

  it("the transform that shows the layout's window shows it, and the brush over the overview's window stands for it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { layout } = layoutOf(c);
        const geometry = geometryOf(layout);
        const transform = transformFor(layout.domain, geometry);
        const zoomed = zoomWindow(transform, geometry);
        expect(nearWindow(zoomed, layout.domain), JSON.stringify({ zoomed, domain: layout.domain })).toBe(true);
        const overview = layout.overview!;
        const brushed = brushedWindow(overview.window, overview.box, layout.extent);
        expect(nearWindow(brushed, layout.domain), JSON.stringify({ brushed, domain: layout.domain })).toBe(true);
        // The strip spans the plot's width, so the zoom's pixels before the transform are the strip's.
        const w = overview.window;
        const tolerance = 1e-6 * Math.max(1, transform.k);
        expect(near(transform.invertX(layout.plot.x), w[0], tolerance) && near(transform.invertX(layout.plot.x + layout.plot.width), w[1], tolerance)).toBe(true);
      }),
      RUNS,
    );
  });

  it("a move past the view starts from the focused item's instant, or from the edge it crosses", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { layout } = layoutOf(c);
        const tolerance = msTolerance(layout.domain[1] - layout.domain[0]);
        expect(beyondFrom(layout, null, 1)).toBe(layout.domain[0]);
        expect(near(beyondFrom(layout, null, -1), layout.domain[1], tolerance)).toBe(true);
        const point = layout.items.find((i) => i.kind === "point");
        // A mark far off the plot (a year seen from a two-hour window) is read back through a long
        // extrapolation of instants some 1e13 ms from 1970: allow for their last bits.
        if (point?.kind === "point") expect(near(scaleOf(layout)(beyondFrom(layout, point.id, 1)), point.x, 1e-6 + Math.abs(point.x) * 1e-8)).toBe(true);
      }),
      RUNS,
    );
  });
});
