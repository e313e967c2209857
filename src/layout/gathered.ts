/**
 * How many lanes a drawing holds, and which lane an event is drawn in when there are more groups
 * than that: the one rule the lane index, the items and their names read.
 *
 * @module
 */
import type { Group } from "../types.js";

/**
 * Most lanes a drawing holds. Past it, the groups after the first `MAX_LANES − 1` share the last
 * lane with the events without a group. Every lane takes its heading and at least two rows (its
 * events and their clusters), whatever the height asked, so a drawing's size grew with its groups:
 * 500 groups drew 34,000 elements in a chart 47,000 px tall, and 1,000 events in 20 groups drew
 * 2,200. Ten lanes keep every shape measured under the page's budget of 1,500 elements
 * (docs/performance.md; twelve did not), in a chart under twice a screen's height.
 */
export const MAX_LANES = 10;

/**
 * The groups drawn in the last lane, by id, with their headings: those past the first
 * `MAX_LANES − 1` when the groups (and the events without one, counted as a lane) are more than
 * {@link MAX_LANES}; else undefined.
 *
 * @example
 * ```ts
 * gatheredOf(timeline.groups, false)?.get("g25"); // "Group 25", with 30 groups
 * ```
 */
export function gatheredOf(groups: readonly Group[], ungrouped: boolean): Map<string, string> | undefined {
  if (groups.length + (ungrouped ? 1 : 0) <= MAX_LANES) return undefined;
  return new Map(groups.slice(MAX_LANES - 1).map((g) => [g.id, g.label]));
}

/**
 * An event's lane: its group's, or "" (the last lane) for an event without a group or whose group
 * is gathered.
 *
 * @example
 * ```ts
 * laneOfGroup("g25", gatheredOf(timeline.groups, false)); // "", with 30 groups
 * ```
 */
export function laneOfGroup(group: string | undefined, gathered: ReadonlyMap<string, string> | undefined): string {
  return group === undefined || gathered?.has(group) ? "" : group;
}
