import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highest, lowest } from "../../src/layout/extremes.js";

// -0 read as 0: a pixel position's sign of zero means nothing, and Math.min tells them apart.
const numbers = fc.array(fc.double({ noNaN: true }).map((x) => (x === 0 ? 0 : x)), { maxLength: 40 });

describe("extremes", () => {
  it("finds the least and greatest of a run as Math.min and Math.max do", () => {
    fc.assert(
      fc.property(numbers, fc.nat(), fc.nat(), (list, a, b) => {
        const from = Math.min(a, b) % (list.length + 1);
        const to = Math.min(list.length, from + (Math.max(a, b) % (list.length + 1)));
        const values = Float64Array.from(list);
        const run = list.slice(from, to);
        expect(lowest(values, from, to)).toBe(Math.min(...run));
        expect(highest(values, from, to)).toBe(Math.max(...run));
      }),
    );
  });

  it("gives Infinity and -Infinity for nothing", () => {
    expect(lowest(new Float64Array(3), 2, 2)).toBe(Infinity);
    expect(highest(Float64Array.of(1), 1, 1)).toBe(-Infinity);
  });
});
