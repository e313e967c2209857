/**
 * Stands in for d3-color in the script-tag bundle. d3-interpolate and d3-transition read colours
 * for a transition of a colour attribute or style, and d3-scale's default interpolator for a
 * colour range; citeline's transitions tween only the zoom (d3-zoom's own interpolator) and the
 * brush (numbers), and its scales map numbers to numbers, so no colour is ever read. `color` finds
 * none, as for any string that is not one; the rest are never reached.
 *
 * @module
 */
import { uncalled } from "./uncalled.js";

/**
 * No colour: d3-interpolate and d3-transition then interpolate numbers or strings. A function with
 * a prototype, as d3-color's is: they also ask whether a value is an `instanceof color`.
 */
export function color(): null {
  return null;
}

const unused = uncalled("d3-color");

export { unused as rgb, unused as hsl, unused as lab, unused as hcl, unused as cubehelix };
