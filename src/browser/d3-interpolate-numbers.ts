/**
 * Stands in for d3-interpolate in the script-tag bundle: its own number, rounding, piecewise and
 * zoom interpolators, and for `interpolate` (which d3-scale takes for any range) one of numbers
 * alone. citeline's scales map numbers to numbers, so d3-interpolate's interpolators of strings,
 * colours, dates, arrays and objects, which `interpolate` would choose between, never run; called
 * with anything but numbers, it says so rather than computing something else.
 *
 * @module
 */
import { interpolateNumber } from "d3-interpolate";

export { interpolateNumber, interpolateRound, interpolateZoom, piecewise } from "d3-interpolate";

/** Numbers between `a` and `b`, as d3-interpolate's `interpolate` gives for two numbers. */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof a !== "number" || typeof b !== "number") throw new Error("citeline: d3-interpolate's interpolators of other values are not in the script-tag bundle");
  return interpolateNumber(a, b);
}
