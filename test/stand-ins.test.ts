// @vitest-environment node
// What the script-tag bundle puts in place of d3 modules citeline never calls (rollup.config.js's
// UNCALLED): each gives what d3's own would where citeline's code reaches it, and says so, rather
// than computing something else, where it would not.
import { interpolate as d3Interpolate, interpolateNumber, interpolateZoom } from "d3-interpolate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpolate, interpolateZoom as standInZoom } from "../src/browser/d3-interpolate-numbers.js";
import { color } from "../src/browser/d3-color-unused.js";
import { format } from "../src/browser/d3-format-unused.js";
import { interrupt } from "../src/browser/d3-transition-unused.js";

describe("the script-tag bundle's stand-ins for d3", () => {
  it("interpolates numbers as d3-interpolate does, and refuses other values out loud", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e12, max: 1e12 }), fc.double({ noNaN: true, min: -1e12, max: 1e12 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(interpolate(a, b)(t)).toBe(d3Interpolate(a, b)(t));
        expect(interpolate(a, b)(t)).toBe(interpolateNumber(a, b)(t));
      }),
    );
    expect(() => interpolate("1px", "2px")).toThrow(/not in the script-tag bundle/);
    expect(() => interpolate(new Date(0), new Date(1))).toThrow(/not in the script-tag bundle/);
    expect(standInZoom).toBe(interpolateZoom);
  });

  it("finds no colour, no transition to stop, and no number format", () => {
    expect(color()).toBeNull();
    expect(interrupt()).toBeUndefined();
    expect(() => format()).toThrow(/d3-format is not in the script-tag bundle/);
  });
});
