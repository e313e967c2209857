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
} as const;
