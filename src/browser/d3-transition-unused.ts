/**
 * Stands in for d3-transition in the script-tag bundle. d3-zoom imports it to stop a transition
 * of its own when a gesture starts or a transform is set, and for the transitions a caller may
 * hand it; citeline hands it none (its zoom glides on the page's frames, src/interact/glide.ts)
 * and turns off the double-click that would start one, so there is never a transition to stop:
 * `interrupt` finds none, as d3-transition's own does on an element that never had one. Without
 * this stand-in every page loaded the transitions' scheduler, tweens and easing, about 4 KB gzip
 * with what they pull from d3-interpolate. test/script-tag.test.ts holds the bundle to leaving it
 * out.
 *
 * @module
 */
import { selection } from "d3-selection";
import { uncalled } from "./uncalled.js";

/** No transition to stop: citeline starts none. */
export function interrupt(): void {}

const unused = uncalled("d3-transition");

// What d3-transition adds to every selection: d3-zoom calls `interrupt` on the selections it is given.
Object.assign(selection.prototype as object, {
  interrupt<T>(this: T): T {
    return this;
  },
  transition: unused,
});

export { unused as transition, unused as active };
