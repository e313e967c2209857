/**
 * The event each drawn item stands for, kept beside the layout rather than in its items (which are
 * plain data, written to the page and compared step by step): the view asks it where the focus
 * follows an event into a cluster, or a cluster into the items it split into. A look-up by id there
 * made the whole map of the events by id, 60–90 ms at 100,000 events, inside the first zoom step
 * after a first render.
 *
 * @module
 */
import type { TimelineEvent } from "../types.js";
import type { ItemLayout, PointItem, SpanItem } from "./types.js";

const eventOf = new WeakMap<PointItem | SpanItem, TimelineEvent>();

/**
 * Note which event a drawn item stands for; returns the item.
 *
 * @example
 * ```ts
 * items.push(drawnFor(shape.build(row, y, true), shape.event));
 * ```
 */
export function drawnFor<T extends PointItem | SpanItem>(item: T, event: TimelineEvent): T {
  eventOf.set(item, event);
  return item;
}

/**
 * The event an item of a layout stands for; undefined for a cluster, or an item not made by the
 * layout (built by hand).
 *
 * @example
 * ```ts
 * eventOfItem(layout.items[0])?.start.earliest; // 1212278400000
 * ```
 */
export function eventOfItem(item: ItemLayout): TimelineEvent | undefined {
  return item.kind === "cluster" ? undefined : eventOf.get(item);
}
