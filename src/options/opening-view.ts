/**
 * The view a timeline opens in, which the browser timeline and the embeds both follow (the embed
 * loads story mode with data that will open in it).
 *
 * @module
 */
import type { ReadFormat } from "../types.js";
import type { TimelineOptions } from "./types.js";

/**
 * The view a timeline opens in: the `view` option, else the story for data read as TimelineJS
 * (its readers expect slides), else the chart.
 *
 * @example
 * ```ts
 * openingView({}, "timelinejs");            // "story"
 * openingView({ view: "list" }, "timelinejs"); // "list"
 * ```
 */
export function openingView(o: Pick<TimelineOptions, "view">, format: ReadFormat | undefined): NonNullable<TimelineOptions["view"]> {
  return o.view ?? (format === "timelinejs" ? "story" : "chart");
}
