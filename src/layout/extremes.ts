/**
 * The least and greatest of a run of numbers, each in a loop of its own.
 *
 * A loop over every slot of a lane is a function that does nothing after it but return. V8
 * compiles a long loop while it runs (on-stack replacement) and keeps that code for the function's
 * next calls; code after the loop that had not yet run when it was compiled has no type feedback,
 * and the compiled code was thrown away there at every later call, so that what followed the loop
 * ran in the interpreter, the next loop over every slot included. At 100,000 events, a first
 * render and six zoom steps in Chromium threw `pack`'s code away 24 to 28 times and the map by
 * id's 20 times; five zoom steps in Node threw `pack`'s away 31 times in one run of two, and
 * with V8 compiling on the main thread, as test/layout/zoom-deopt.test.ts runs them, two of
 * `byCenter`'s compiled codes six times each in every run.
 *
 * @module
 */

/**
 * The least of `values` from `from` to `to` (exclusive); Infinity if none.
 *
 * @example
 * ```ts
 * lowest(Float64Array.of(3, 1, 2), 0, 3); // 1
 * ```
 */
export function lowest(values: Float64Array, from: number, to: number): number {
  let lo = Infinity;
  for (let k = from; k < to; k++) if (values[k]! < lo) lo = values[k]!;
  return lo;
}

/**
 * The greatest of `values` from `from` to `to` (exclusive); -Infinity if none.
 *
 * @example
 * ```ts
 * highest(Float64Array.of(3, 1, 2), 0, 3); // 3
 * ```
 */
export function highest(values: Float64Array, from: number, to: number): number {
  let hi = -Infinity;
  for (let k = from; k < to; k++) if (values[k]! > hi) hi = values[k]!;
  return hi;
}
