// @vitest-environment node
// The rows of a lane say "no room" without a search for most events of a wide zoom: that answer
// must never be wrong, for an event that would have fitted would then be clustered, and a zoom
// would draw less than there is room for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rows } from "../../src/layout/rows.js";

const RUNS = { seed: 20080608, numRuns: 400 };

// Claims made in turn: an interval from `from`, `width` px wide, in the first row it fits, or in row `row`.
const claim = fc.record({ from: fc.double({ min: -30, max: 420, noNaN: true }), width: fc.double({ min: 0, max: 120, noNaN: true }), row: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) });
const setting = fc.record({ limit: fc.integer({ min: 1, max: 4 }), pitch: fc.constantFrom(0, 10, 45, 150), claims: fc.array(claim, { maxLength: 24 }) });

function rowsAfter({ limit, pitch, claims }: { limit: number; pitch: number; claims: { from: number; width: number; row: number | undefined }[] }): Rows {
  const rows = new Rows(limit, -40, 460, pitch);
  for (const { from, width, row } of claims) {
    if (row === undefined) rows.place(from, from + width);
    else rows.placeIn(row, from, from + width);
  }
  return rows;
}

describe("Rows", () => {
  it("says a mark has no room only where no row has room for it", () => {
    // Marks anywhere, and marks that start near where a claim ends or where one at least the pitch
    // wide would reach a claim's start: the edges of what the rows count.
    const anywhere = fc.record({ from: fc.double({ min: -60, max: 480, noNaN: true }), half: fc.double({ min: 0, max: 40, noNaN: true }), width: fc.double({ min: 0, max: 100, noNaN: true }) });
    const near = fc.record({ claim: fc.nat(), after: fc.boolean(), delta: fc.double({ min: -4, max: 12, noNaN: true }), half: fc.double({ min: 0, max: 20, noNaN: true }) });
    fc.assert(
      fc.property(setting, fc.array(anywhere, { maxLength: 20 }), fc.array(near, { maxLength: 30 }), (s, marks, edges) => {
        const rows = rowsAfter(s);
        const tried = [...marks];
        for (const { claim, after, delta, half } of edges) {
          const c = s.claims[claim % Math.max(1, s.claims.length)];
          if (!c) continue;
          const from = after ? c.from + Math.max(c.width, s.pitch) + 6 + delta : c.from - s.pitch - 6 - delta;
          tried.push({ from, half, width: 0 });
        }
        for (const { from, half, width } of tried) {
          const to = from + Math.max(width, 2 * half);
          if (rows.full(from + half, from)) expect(rows.place(from, to, false), `[${from}, ${to}]`).toBe(-1);
        }
      }),
      RUNS,
    );
  });

  it("finds no room in a gap too narrow for anything at least the pitch wide, where no interval covers the mark", () => {
    // One row holding [0, 150] and [200, 350]: a mark at 160–182 stands in the gap between them,
    // which no interval covers, yet anything from 160 on at least 150 px wide would reach the second.
    const rows = new Rows(1, -10, 400, 150);
    expect(rows.place(0, 20)).toBe(0);
    expect(rows.place(200, 220)).toBe(0);
    expect(rows.full(171, 160)).toBe(true);
    expect(rows.place(160, 182, false)).toBe(-1);
    // Past the second interval and its gap, a mark fits, and is not said to be without room.
    expect(rows.full(380, 370)).toBe(false);
    expect(rows.place(370, 390, false)).toBe(0);
  });

  it("counts a row once where the zones of its intervals overlap, so a free row is still found", () => {
    // Row 0's two intervals block overlapping stretches; row 1 is empty: a mark there fits in row 1.
    const rows = new Rows(2, -10, 600, 150);
    expect(rows.placeIn(0, 0, 20)).toBe(true);
    expect(rows.placeIn(0, 170, 190)).toBe(true);
    expect(rows.placeIn(0, 80, 90)).toBe(false);
    expect(rows.full(100, 90)).toBe(false);
    expect(rows.place(90, 110, false)).toBe(1);
  });

  it("overflows in one loop the run of slots that have no room, as the one-by-one test would", () => {
    fc.assert(
      fc.property(setting, fc.array(fc.double({ min: -60, max: 480, noNaN: true }), { minLength: 1, maxLength: 40 }), fc.nat(), (s, centres, start) => {
        const rows = rowsAfter(s);
        const n = centres.length;
        const center = Float64Array.from(centres);
        const bare0 = Float64Array.from(centres, (x) => x - 11);
        const from = start % n;
        // Written after what overflowed before (here, 2 slots), and nowhere past the run.
        const overflow = new Int32Array(n + 2).fill(-1);
        const stop = rows.overflowFull(center, bare0, 0, from, n, overflow, 2);
        let expected = from;
        while (expected < n && rows.full(center[expected]!, bare0[expected]!)) expected++;
        expect(stop).toBe(expected);
        expect([...overflow]).toEqual([-1, -1, ...[...Array(stop - from).keys()].map((k) => from + k), ...new Array<number>(n - (stop - from)).fill(-1)]);
      }),
      RUNS,
    );
  });

});
