/**
 * citeline: zoomable SVG timelines from dated events, honest about how well each date is known,
 * with a citation on every claim. The browser entry: everything in `citeline/core` plus the
 * renderer, `createTimeline`.
 *
 * @example
 * ```ts
 * import { createTimeline } from "citeline";
 * import "citeline/style.css";
 * const tl = createTimeline(document.getElementById("timeline")!, { data: await (await fetch("events.csv")).text() });
 * ```
 *
 * @module
 */
export * from "./core.js";
export { createTimeline, type TimelineHandle, type TimelineOptions, type TimelineEvents } from "./timeline.js";
export { keyAction, KEYMAP, type KeyAction } from "./interact/keys.js";
