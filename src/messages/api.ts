/**
 * The words of the API's own errors, in English: what a developer is told when a function is
 * given something it cannot take (raw data where a loaded timeline belongs).
 *
 * @module
 */

// What each helper that says part of a loaded timeline in words takes, and a call that gives it.
const TAKES = {
  describeDate: ["a date loadTimeline read", "describeDate(timeline.events[0].start)"],
  describeSpan: ["dates loadTimeline read", "describeSpan(event.start, event.end)"],
  citationText: ["a timeline loadTimeline returned", "citationText(timeline, timeline.sources[0].id)"],
  accessibleName: ["an event of a timeline loadTimeline returned, and how to say its dates", "accessibleName(timeline.events[0], {}, 2)"],
  formatDiagnostic: ["a diagnostic loadTimeline returned", "loadTimeline(data).diagnostics.map(formatDiagnostic)"],
} as const;

// A value in a few words: text quoted, since raw text (a CSV, a date) is the likeliest mistake.
const given = (value: unknown): string =>
  typeof value === "string" ? `the text ${JSON.stringify(value.slice(0, 40))}` : value === null || value === undefined ? String(value) : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object of another shape" : `a ${typeof value}`;

/** The API's words. */
export const apiEn = {
  /** A writer or the layout was given something other than a loaded timeline (raw data, most likely). */
  notLoaded: (caller: string, got: unknown, what?: "layout" | "events") =>
    `${caller} draws a timeline loadTimeline returned${caller === "layoutTimeline" ? "" : ", or { timeline, layout }"}; got ${what === "layout" ? "a layout that layoutTimeline did not make" : what ? "events whose dates are not read yet" : given(got)}. Load it first: ${caller}(loadTimeline(data).timeline${caller === "layoutTimeline" ? ", { width: 800 }" : ""}).`,
  /** `layoutTimeline`'s options gave no width in pixels. */
  layoutWidth: (got: unknown) => `layoutTimeline needs the width in pixels to lay out at, as { width: 800 }; got ${typeof got === "number" ? String(got) : typeof got}.`,
  /** `createTimeline` was given no element to draw in. */
  notAnElement: (got: unknown) =>
    typeof got === "string"
      ? `createTimeline draws into an element, not a selector; got ${JSON.stringify(got.slice(0, 40))}. Pass the element querySelector(${JSON.stringify(got.slice(0, 40))}) finds.`
      : `createTimeline draws into an element; got ${got === null || got === undefined ? `${String(got)}: look it up once the page holds it (a script in <head> runs before the body is read; use defer)` : typeof got === "object" ? "an object that is not an element" : `a ${typeof got}`}.`,
  /** A helper that says part of a loaded timeline in words was given something else (raw text, most likely). */
  notRead: (caller: keyof typeof TAKES, value: unknown) => `${caller} takes ${TAKES[caller][0]}; got ${given(value)}. For example: ${TAKES[caller][1]}.`,
} as const;
