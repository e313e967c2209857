/**
 * What the browser timeline reads from its options: the data loaded and the first window.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import { clampDomain, extentFor } from "../layout/layout.js";
import { loadTimeline } from "../load.js";
import type { ReadFormat, Timeline } from "../types.js";
import { readingOptions, type TimelineOptions } from "../options.js";

/**
 * The timeline an options object names: `timeline` as given, or `data` loaded.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics } = loadFor({ data: csvText, format: "csv" });
 * ```
 */
export function loadFor(o: TimelineOptions): { timeline: Timeline; diagnostics: Diagnostic[]; format?: ReadFormat } {
  if (o.timeline) return { timeline: o.timeline, diagnostics: [] };
  return loadTimeline(o.data ?? { events: [] }, { format: "auto", ...readingOptions(o) });
}

/**
 * The window a timeline opens on: `window` (kept inside the timeline), else all of it.
 *
 * @example
 * ```ts
 * initialWindow(timeline, { window: [new Date("2008-06-01"), new Date("2008-07-01")] });
 * ```
 */
export function initialWindow(timeline: Timeline, options: TimelineOptions): [number, number] {
  const extent = extentFor(timeline, options.breaks);
  return options.window ? clampDomain([+options.window[0], +options.window[1]], extent) : extent;
}
