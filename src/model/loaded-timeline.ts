import type { FuzzyDate, Timeline, TimelineEvent } from "../types.js";
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
 * // TypeError: renderToString draws a timeline loadTimeline returned, or { timeline, layout }; got the text "ID,Title,Start date,End date,Description". Load it first: renderToString(loadTimeline(data).timeline).
 * ```
 */
export function checkLoaded(caller: string, input: unknown): void {
  const given = caller !== "layoutTimeline" && isObject(input) && "layout" in input && "timeline" in input;
  const timeline = given ? input.timeline : input;
  const layoutOk = !given || (isObject(input.layout) && Array.isArray(input.layout.items));
  if (isLoadedTimeline(timeline) && layoutOk) return;
  const unread = isObject(timeline) && Array.isArray(timeline.events) && timeline.events.some((e) => !isLoadedEvent(e));
  throw new TypeError(apiEn.notLoaded(caller, timeline, !layoutOk ? "layout" : unread ? "events" : undefined));
}

/**
 * Whether a value is an event of a loaded timeline: an id, and a start read to its bounds.
 *
 * @example
 * ```ts
 * isLoadedEvent(loadTimeline(csvText).timeline.events[0]); // true
 * isLoadedEvent({ title: "Visit", start: "2008-06-07" });  // false
 * ```
 */
export function isLoadedEvent(event: unknown): event is TimelineEvent {
  return isObject(event) && typeof event.id === "string" && isReadDate(event.start);
}

/**
 * Whether a value is a date a load read (`event.start`, a source's `published`): its bounds as
 * numbers and its EDTF as text. A date still written as text ("2008-06-07") is not.
 *
 * @example
 * ```ts
 * isReadDate(loadTimeline(csvText).timeline.events[0].start); // true
 * isReadDate("2008-06-07");                                   // false
 * ```
 */
export function isReadDate(value: unknown): value is FuzzyDate {
  return isObject(value) && typeof value.earliest === "number" && typeof value.latest === "number" && typeof value.edtf === "string";
}

/**
 * Check what `describeDate` or `describeSpan` is given: dates a load read (a span's end may be
 * absent). Throws a TypeError that says what they take; returns nothing.
 *
 * @example
 * ```ts
 * checkDates("describeDate", "2008-06-07");
 * // TypeError: describeDate takes a date loadTimeline read; got the text "2008-06-07". For example: describeDate(timeline.events[0].start).
 * ```
 */
export function checkDates(caller: "describeDate" | "describeSpan", start: unknown, end?: unknown): void {
  if (!isReadDate(start) || (end !== undefined && !isReadDate(end))) throw new TypeError(apiEn.notRead(caller, isReadDate(start) ? end : start));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
