import { timeAt } from "../layout/scale.js";
import type { ItemLayout, LaneLayout, TimelineLayout } from "../layout/types.js";

/**
 * What a key press asks the timeline to do.
 *
 * @example
 * ```ts
 * const action = keyAction("Enter", layout.items, layout.lanes, focusedId);
 * if (action.type === "open") handle.select(action.id);
 * ```
 */
export type KeyAction =
  | { type: "focus"; id: string }
  /** Move past the items in view: bring the next (or previous) event in time into view. */
  | { type: "beyond"; direction: 1 | -1; from: string | null }
  | { type: "open"; id: string }
  | { type: "close" }
  | { type: "zoom"; factor: number }
  | { type: "reset" }
  | { type: "none" };

/**
 * The keyboard map, for documentation and the help text.
 *
 * @example
 * ```ts
 * for (const [keys, what] of KEYMAP) console.log(`${keys}: ${what}`); // "← →: previous / next event in time", …
 * ```
 */
export const KEYMAP: readonly [string, string][] = [
  ["← →", "previous / next event in time"],
  ["↑ ↓", "nearest event in the lane above / below"],
  ["Home End", "first / last event in view"],
  ["Enter or Space", "open the event (or zoom into a cluster)"],
  ["Esc", "close the card"],
  ["+ −", "zoom in / out"],
  ["0", "show the whole timeline"],
];

/**
 * Where an item sits in reading order, px: its start, or its mark.
 *
 * @example
 * ```ts
 * layout.items.map((i) => anchorOf(i)); // the x of each point and cluster, the visible start of each span
 * anchorOf(span, true); // time running right to left: a span starts at its right end
 * ```
 */
export function anchorOf(item: ItemLayout, rtl = false): number {
  if (item.kind !== "span") return item.x;
  return rtl ? Math.min(item.bar[1], item.x1) : Math.max(item.bar[0], item.x0);
}

/**
 * The instant a move past the items in view starts from, UTC ms: where the item `from` sits in
 * time, or else the edge of the view being moved past.
 *
 * @example
 * ```ts
 * const action = keyAction("ArrowRight", layout.items, layout.lanes, focused);
 * if (action.type === "beyond") nextEventAfter(beyondFrom(layout, action.from, action.direction));
 * ```
 */
export function beyondFrom(layout: Pick<TimelineLayout, "items" | "domain" | "plot" | "timeDirection">, from: string | null, direction: 1 | -1): number {
  const current = layout.items.find((i) => i.id === from);
  if (!current) return direction > 0 ? layout.domain[0] : layout.domain[1];
  return timeAt(layout, anchorOf(current, layout.timeDirection === "rtl"));
}

/**
 * Decide what a key does, from the items in view and the one that has focus. Pure: the
 * timeline performs the action. The arrows follow the screen: → moves right, which is later in
 * time, or earlier when time runs right to left (`rtl`).
 *
 * @example
 * ```ts
 * keyAction("ArrowRight", layout.items, layout.lanes, "visit"); // { type: "focus", id: "meets-ahmadinejad" }
 * keyAction("ArrowLeft", rtl.items, rtl.lanes, "visit", true);  // the same: left is later
 * ```
 */
export function keyAction(key: string, items: readonly ItemLayout[], lanes: readonly LaneLayout[], focused: string | null, rtl = false): KeyAction {
  // In time order: by where each item starts, read from the right when time runs that way.
  const sign = rtl ? -1 : 1;
  const order = [...items].sort((a, b) => sign * (anchorOf(a, rtl) - anchorOf(b, rtl)) || a.y - b.y || (a.id < b.id ? -1 : 1));
  const at = order.findIndex((i) => i.id === focused);
  const current = order[at];
  switch (key) {
    case "ArrowRight":
    case "ArrowLeft": {
      const step = (key === "ArrowRight") !== rtl ? 1 : -1;
      if (at < 0) return order[0] ? { type: "focus", id: order[0].id } : { type: "beyond", direction: step, from: null };
      const next = order[at + step];
      return next ? { type: "focus", id: next.id } : { type: "beyond", direction: step, from: focused };
    }
    case "ArrowUp":
    case "ArrowDown": {
      if (!current) return order[0] ? { type: "focus", id: order[0].id } : { type: "none" };
      const laneIndex = lanes.findIndex((l) => l.id === current.lane);
      const step = key === "ArrowDown" ? 1 : -1;
      // Rows within the lane first, then the next lane that has anything in view.
      const sameLane = order.filter((i) => i.lane === current.lane && (step > 0 ? i.row > current.row : i.row < current.row));
      const candidates = sameLane.length > 0 ? sameLane : nextLaneItems(order, lanes, laneIndex, step);
      if (candidates.length === 0) return { type: "none" };
      const x = anchorOf(current, rtl);
      const far = (i: ItemLayout) => Math.abs(anchorOf(i, rtl) - x) + Math.abs(i.y - current.y) / 4;
      const best = candidates.reduce((a, b) => (far(b) < far(a) ? b : a));
      return { type: "focus", id: best.id };
    }
    case "Home":
      return order[0] ? { type: "focus", id: order[0].id } : { type: "none" };
    case "End":
      return order.length > 0 ? { type: "focus", id: order[order.length - 1]!.id } : { type: "none" };
    case "Enter":
    case " ":
      return current ? { type: "open", id: current.id } : { type: "none" };
    case "Escape":
      return { type: "close" };
    case "+":
    case "=":
      return { type: "zoom", factor: 2 };
    case "-":
    case "_":
      return { type: "zoom", factor: 0.5 };
    case "0":
      return { type: "reset" };
    default:
      return { type: "none" };
  }
}

function nextLaneItems(order: ItemLayout[], lanes: readonly LaneLayout[], from: number, step: number): ItemLayout[] {
  for (let l = from + step; l >= 0 && l < lanes.length; l += step) {
    const lane = lanes[l]!;
    const inLane = order.filter((i) => i.lane === lane.id);
    if (inLane.length > 0) return inLane;
  }
  return [];
}
