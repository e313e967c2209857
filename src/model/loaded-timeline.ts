import type { Timeline } from "../types.js";
import { apiEn } from "../messages/api.js";

/**
 * Whether a value is a timeline `loadTimeline` returned (or one built to its type): events,
 * sources, groups and eras as arrays, and every event with an id and a start read to its bounds.
 * Raw data — a CSV's text, a parsed JSON file, a TimelineJS object — is not: its dates are still
 * text, and drawing it would fail deep in the layout with a message about something else.
 *
 * @example
 * ```ts
 * isLoadedTimeline(loadTimeline(csvText).timeline); // true
 * isLoadedTimeline({ events: [{ title: "Visit", start: "2008-06-07" }] }); // false: not loaded yet
 * ```
 */
export function isLoadedTimeline(value: unknown): value is Timeline {
  if (!isObject(value)) return false;
  const { events, sources, groups, eras } = value;
  return Array.isArray(events) && Array.isArray(sources) && Array.isArray(groups) && Array.isArray(eras) && events.every(isLoadedEvent);
}

/**
 * Check what `layoutTimeline`, or a writer (`renderToString`, `renderSvg`, `renderPage`), is
 * given (the function named `caller`): a loaded timeline, or for a writer one with its layout.
 * Throws a TypeError that says to load raw data first; returns nothing.
 *
 * @example
 * ```ts
 * checkLoaded("renderToString", loadTimeline(csvText).timeline); // passes
 * checkLoaded("renderToString", csvText);
 * // TypeError: renderToString draws a timeline loadTimeline returned, or { timeline, layout }; got a string. Load it first: renderToString(loadTimeline(data).timeline).
 * ```
 */
export function checkLoaded(caller: string, input: unknown): void {
  const given = caller !== "layoutTimeline" && isObject(input) && "layout" in input && "timeline" in input;
  const timeline = given ? input.timeline : input;
  const layoutOk = !given || (isObject(input.layout) && Array.isArray(input.layout.items));
  if (!isLoadedTimeline(timeline) || !layoutOk) throw new TypeError(apiEn.notLoaded(caller, kindOf(timeline, layoutOk)));
}

// What was given instead, in a few words.
function kindOf(value: unknown, layoutOk: boolean): string {
  if (!layoutOk) return "a layout that layoutTimeline did not make";
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (!isObject(value)) return `a ${typeof value}`;
  return Array.isArray(value.events) && value.events.some((e) => !isLoadedEvent(e)) ? "events whose dates are not read yet" : "an object that is not a loaded timeline";
}

function isLoadedEvent(event: unknown): boolean {
  return isObject(event) && typeof event.id === "string" && isObject(event.start) && typeof event.start.earliest === "number" && typeof event.start.latest === "number";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
