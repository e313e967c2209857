/**
 * Which item of a layout shows an event, or what a cluster of an earlier layout held: what the
 * story's highlight, the card, the tab stop and the focus go to when a zoom has put an event in a
 * cluster, or taken their item away.
 *
 * @module
 */
import type { ClusterItem, ItemLayout, TimelineLayout } from "../layout/types.js";
import { eventOfItem } from "../layout/layout.js";
import type { TimelineEvent } from "../types.js";
import type { Words } from "./words.js";

/**
 * The item that shows `id` in a layout: its own mark, else the cluster holding the event it names.
 * Only an event is ever a member, and only a cluster whose time covers the event's can hold it, so
 * no other cluster is asked for its members (which a cluster lists only when first asked: a
 * focus left on a cluster, whose id a zoom changes, had every cluster list them, in most frames).
 * `known` is the event, where the caller has it (an item of the layout before), and saves looking
 * it up by id.
 *
 * @example
 * ```ts
 * itemShowing(layout, "visit", words)?.id; // "visit", or "cluster:iraq:visit" at a wide zoom
 * ```
 */
export function itemShowing(layout: TimelineLayout, id: string, words: Pick<Words, "byId">, known?: TimelineEvent): ItemLayout | undefined {
  const own = layout.items.find((i) => i.id === id);
  if (own) return own;
  const event = known ?? words.byId(id);
  if (!event) return undefined;
  const from = event.start.earliest;
  const to = (event.end ?? event.start).latest;
  return layout.items.find((i) => i.kind === "cluster" && i.span[0] <= from && to <= i.span[1] && i.members.includes(id));
}

/**
 * The item of `layout` that shows most nearly what `cluster`, an item of an earlier layout, held:
 * of the items of its lane that show one of its members, the one whose time lies nearest the
 * middle of the cluster's (the first in the layout's order on a tie). So a reader who zooms with
 * the focus on a cluster that is gone keeps it on the part in the middle when the cluster split,
 * and on the cluster it joined when it merged; none when the zoom left all of its members out.
 *
 * @example
 * ```ts
 * itemFollowing(wide.items.find((i) => i.kind === "cluster")!, zoomedIn, words)?.id; // "visit"
 * ```
 */
export function itemFollowing(cluster: ClusterItem, layout: TimelineLayout, words: Pick<Words, "byId">): ItemLayout | undefined {
  const members = new Set(cluster.members);
  const [from, to] = cluster.span;
  const middle = (from + to) / 2;
  let nearest: ItemLayout | undefined;
  let distance = Infinity;
  for (const item of layout.items) {
    if (item.lane !== cluster.lane) continue;
    let span: readonly [number, number];
    if (item.kind === "cluster") {
      // Only a cluster whose time meets the old one's can hold one of its members.
      if (item.span[1] < from || item.span[0] > to || !item.members.some((id) => members.has(id))) continue;
      span = item.span;
    } else {
      const event = members.has(item.id) ? (eventOfItem(item) ?? words.byId(item.id)) : undefined;
      if (!event) continue;
      span = [event.start.earliest, (event.end ?? event.start).latest];
    }
    const d = Math.abs((span[0] + span[1]) / 2 - middle);
    if (d < distance) [nearest, distance] = [item, d];
  }
  return nearest;
}
