/**
 * The words of the API's own errors, in English: what a developer is told when a function is
 * given something it cannot take (raw data where a loaded timeline belongs).
 *
 * @module
 */

/** The API's words. */
export const apiEn = {
  /** A writer or the layout was given something other than a loaded timeline (raw data, most likely). */
  notLoaded: (caller: string, got: string) =>
    `${caller} draws a timeline loadTimeline returned${caller === "layoutTimeline" ? "" : ", or { timeline, layout }"}; got ${got}. Load it first: ${caller}(loadTimeline(data).timeline${caller === "layoutTimeline" ? ", { width: 800 }" : ""}).`,
  /** `layoutTimeline`'s options gave no width in pixels. */
  layoutWidth: (got: unknown) => `layoutTimeline needs the width in pixels to lay out at, as { width: 800 }; got ${typeof got === "number" ? String(got) : typeof got}.`,
  /** `createTimeline` was given no element to draw in. */
  notAnElement: (got: unknown) =>
    typeof got === "string"
      ? `createTimeline draws into an element, not a selector; got ${JSON.stringify(got.slice(0, 40))}. Pass the element querySelector(${JSON.stringify(got.slice(0, 40))}) finds.`
      : `createTimeline draws into an element; got ${got === null || got === undefined ? `${String(got)}: look it up once the page holds it (a script in <head> runs before the body is read; use defer)` : typeof got === "object" ? "an object that is not an element" : `a ${typeof got}`}.`,
} as const;
