/**
 * citeline: zoomable SVG timelines from dated events, honest about how well each date is known,
 * with a citation on every claim. This browser entry re-exports `citeline/core`; the renderer
 * joins it here.
 *
 * @example
 * ```ts
 * import { loadTimeline } from "citeline";
 * const { timeline, diagnostics } = loadTimeline(await (await fetch("events.csv")).text());
 * ```
 *
 * @module
 */
export * from "./core.js";
