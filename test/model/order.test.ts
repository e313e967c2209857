// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sortByTime } from "../../src/model/order.js";

interface Item {
  start: { earliest: number; latest: number };
  end?: { latest: number };
  index: number;
  n: number;
}

// The order a load gives its events, as a comparison: earliest start, earliest end, index, then as they came.
const byTime = (a: Item, b: Item) => a.start.earliest - b.start.earliest || (a.end?.latest ?? a.start.latest) - (b.end?.latest ?? b.start.latest) || a.index - b.index;

// Few distinct values, so that starts, ends and indexes tie often; -0 and the ends of the date range too.
// Any other number too, whole or not: the long sort reads a start's bits.
const ms = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 8.64e15, -8.64e15, 1_212_451_200_000, -1_212_451_200_000), fc.double({ noNaN: true, min: -8.64e15, max: 8.64e15 }));
const item = fc.record({ from: ms, span: fc.nat(3), end: fc.option(fc.nat(4), { nil: undefined }), index: fc.nat(5) });

describe("sortByTime", () => {
  // The starts sorted natively by their bits (each packed with its position), and, from 2²¹ items
  // on (here from 0), compared.
  it.each([
    ["a few items, by their starts' bits", 0, 300, 2000, undefined],
    ["many, by their starts' bits", 256, 1024, 200, undefined],
    ["a few items, compared", 0, 300, 1000, 0],
    ["many, compared", 256, 1024, 100, 0],
  ])("orders as Array#sort does with the comparison of start, end and index: %s", (_, minLength, maxLength, numRuns, packedBelow) => {
    fc.assert(
      fc.property(fc.array(item, { minLength, maxLength }), (specs) => {
        const items: Item[] = specs.map((s, n) => {
          const it: Item = { start: { earliest: s.from, latest: s.from + s.span }, index: s.index, n };
          if (s.end !== undefined) it.end = { latest: s.from + s.span + s.end };
          return it;
        });
        const expected = [...items].sort(byTime).map((i) => i.n);
        sortByTime(items, packedBelow);
        expect(items.map((i) => i.n)).toEqual(expected);
      }),
      { seed: 11, numRuns },
    );
  });
});
