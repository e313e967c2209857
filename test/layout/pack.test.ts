// @vitest-environment node
// Packing a lane into rows: stopping at the first event that overflows (the layout's first,
// trial packing) must say what the whole packing would, as far as the layout reads it: that the
// lane overflows, and that it then needs every row.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Geometry, LaneSlots } from "../../src/layout/geometry.js";
import type { Shape } from "../../src/layout/items.js";
import { pack } from "../../src/layout/lanes.js";

interface Mark {
  center: number;
  /** Half the mark's width, px. */
  half: number;
  /** The label's width past the mark, px. */
  label: number;
}

function laneOf(marks: Mark[]): { lane: LaneSlots; shape: (k: number) => Shape } {
  const n = marks.length;
  const f = () => new Float64Array(n);
  const g: Geometry = { rank: Int32Array.from(marks.keys()), band0: f(), band1: f(), bar0: f(), bar1: f(), end0: f(), end1: f(), bare0: f(), bare1: f(), center: f(), slotOf: Int32Array.from(marks.keys()) };
  marks.forEach((m, k) => {
    g.center[k] = m.center;
    g.bare0[k] = m.center - m.half;
    g.bare1[k] = m.center + m.half;
  });
  // Only what pack reads of a shape: its extents with and without the label.
  const shape = (k: number) => {
    const m = marks[k]!;
    return { bare0: m.center - m.half, bare1: m.center + m.half, center: m.center, full: (): [number, number] => [m.center - m.half, m.center + m.half + m.label] } as Shape;
  };
  return { lane: { g, offset: 0, count: n, least: Math.min(...g.center), most: Math.max(...g.center) }, shape };
}

const markArb = fc.record({ center: fc.double({ min: -50, max: 600, noNaN: true }), half: fc.integer({ min: 1, max: 40 }), label: fc.integer({ min: 0, max: 200 }) });

describe("pack", () => {
  it("stopping at the first overflow says what the whole packing says: overflow, and every row used", () => {
    fc.assert(
      fc.property(fc.array(markArb, { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 6 }), (marks, limit) => {
        const { lane, shape } = laneOf(marks);
        const whole = pack(lane, limit, shape);
        const early = pack(lane, limit, shape, true);
        const placed = (p: typeof whole.placed) => p.map((q) => [q.shape.center, q.row, q.withLabel]);
        if (whole.overflow.length === 0) {
          expect([placed(early.placed), [...early.overflow], early.rows]).toEqual([placed(whole.placed), [], whole.rows]);
          return;
        }
        expect([...early.overflow]).toEqual([whole.overflow[0]]);
        expect(early.rows).toBe(limit);
        expect(whole.rows).toBe(limit);
        expect(placed(early.placed)).toEqual(placed(whole.placed).slice(0, early.placed.length));
      }),
      { numRuns: 300 },
    );
  });

  it("at a crowded lane, stops early", () => {
    const marks = Array.from({ length: 5000 }, (_, i) => ({ center: (i * 7919) % 400, half: 5, label: 60 }));
    const { lane, shape } = laneOf(marks);
    const early = pack(lane, 4, shape, true);
    expect(early.rows).toBe(4);
    expect(early.placed.length).toBeLessThan(200);
  });
});
