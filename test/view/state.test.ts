// @vitest-environment node
// The browser controller's state, with no DOM: every choice a reader can make (select, highlight a
// source, focus, open an item, close the card, zoom, move past the edge, a relayout) is a pure
// transition from a state to a new state and effects, checked here on the seed's real layout.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorOf } from "../../src/interact/keys.js";
import { ITEM } from "../../src/layout/sizes.js";
import { clampDomain, clusterWindow, layoutTimeline } from "../../src/layout/layout.js";
import type { ClusterItem, ItemLayout, TimelineLayout } from "../../src/layout/types.js";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { wordsFor, type Words } from "../../src/scene/words.js";
import { firstInReadingOrder } from "../../src/scene/item-facts.js";
import { itemFollowing, itemShowing } from "../../src/scene/showing.js";
import { eventOfItem } from "../../src/layout/item-event.js";
import { activate, closeCard, focus, goBeyond, highlightSource, initialState, select, settleFocus, turnPage, zoomed, type Effect, type Step, type ViewContext, type ViewState } from "../../src/view/state.js";

const { timeline } = loadTimeline(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8"));
const words = wordsFor(timeline, undefined);
const eventIds = timeline.events.map((e) => e.id);
const sourceNumbers = timeline.sources.map((s) => s.number);

const JUNE: [number, number] = [Date.UTC(2008, 5, 1), Date.UTC(2008, 5, 15)];
const EIGHTIES: [number, number] = [Date.UTC(1980, 0, 1), Date.UTC(1990, 0, 1)];
const NOTHING: [number, number] = [Date.UTC(1995, 0, 1), Date.UTC(2000, 0, 1)];
const VISIT_DAYS: [number, number] = [Date.UTC(2008, 5, 6), Date.UTC(2008, 5, 10)];

/**
 * A transition's context: the seed laid out at a width and window (a short chart crowds it into
 * clusters), on one linear scale (the cases below rely on its crowding).
 */
function contextAt(width: number, domain?: [number, number], height?: number): ViewContext {
  const layout = layoutTimeline(timeline, { width, breaks: "none", ...(domain ? { domain } : {}), ...(height ? { height } : {}) });
  return { layout, words, messages: en.chart, pageSize: 25 };
}

/** The state a timeline at `ctx` is drawn in: its window, the tab stop settled. */
function stateAt(ctx: ViewContext): ViewState {
  return settleFocus(initialState(ctx.layout.domain), ctx.layout, ctx.words);
}

const itemOf = (layout: TimelineLayout, id: string) => layout.items.find((i) => i.id === id);
const clusters = (layout: TimelineLayout) => layout.items.filter((i): i is ClusterItem => i.kind === "cluster");
const citing = (n: number) => timeline.events.filter((e) => e.sources.includes(timeline.sources.find((s) => s.number === n)!.id)).map((e) => e.id);
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("the seed, as these tests read it", () => {
  it("has the events, sources and crowding the cases below rely on", () => {
    expect(eventIds).toEqual(["iran-iraq-war", "iran-opposes-pact", "militia-leader-detained", "pact-vote", "visit", "talks-mottaki-davoudi", "meets-ahmadinejad"]);
    expect(timeline.sources.map((s) => [s.number, s.publisher])).toEqual([
      [1, "Encyclopædia Britannica"],
      [2, "Commentary on the visit"],
      [3, "The New York Times"],
      [4, "IRNA"],
    ]);
    // 200 px wide and 200 high, the whole extent crowds June 2008 into two clusters.
    expect(clusters(contextAt(200, undefined, 200).layout).map((c) => c.members)).toEqual([
      ["iran-opposes-pact", "militia-leader-detained"],
      ["visit", "talks-mottaki-davoudi"],
    ]);
  });
});

describe("select", () => {
  it.each([320, 800, 1280])("at %i px opens the card at the event's item, highlights it, moves the focus into the card and says so", (width) => {
    const ctx = contextAt(width, JUNE);
    const before = stateAt(ctx);
    for (const id of ["visit", "meets-ahmadinejad", "iran-opposes-pact"]) {
      const item = itemOf(ctx.layout, id)!;
      expect(item, id).toBeDefined();
      const { state, effects } = select(before, ctx, id);
      expect(state.selected).toBe(id);
      expect(sorted(state.highlighted)).toEqual([id]);
      // Below the item, or above it (its bottom edge there) for an item in the plot's lower half.
      const low = item.y > ctx.layout.plot.y + ctx.layout.plot.height / 2;
      const reach = ITEM.barHeight / 2 + 6;
      expect(state.card).toEqual({ kind: "event", id, x: item.x0, end: item.x1, y: item.y + reach, ...(low ? { above: item.y - reach } : {}) });
      expect(effects).toEqual([{ type: "focus", to: "card" }, { type: "emit", event: "select" }]);
      // The window and the tab stop are the reader's; choosing an event changes neither.
      expect(state.domain).toEqual(before.domain);
      expect(state.focused).toBe(before.focused);
    }
  });

  it("opens the card below an item in the plot's upper half and above one in its lower half", () => {
    const ctx = contextAt(1280, EIGHTIES.map((t, i) => (i === 0 ? t : Date.UTC(2008, 11, 31))) as [number, number]);
    const events = ctx.layout.items.filter((i) => i.kind !== "cluster").sort((a, b) => a.y - b.y);
    const middle = ctx.layout.plot.y + ctx.layout.plot.height / 2;
    const [top, bottom] = [events[0]!, events[events.length - 1]!];
    expect(top.y).toBeLessThan(middle);
    expect(bottom.y).toBeGreaterThan(middle);
    const reach = ITEM.barHeight / 2 + 6;
    expect(select(stateAt(ctx), ctx, top.id).state.card).toEqual({ kind: "event", id: top.id, x: top.x0, end: top.x1, y: top.y + reach });
    expect(select(stateAt(ctx), ctx, bottom.id).state.card).toEqual({ kind: "event", id: bottom.id, x: bottom.x0, end: bottom.x1, y: bottom.y + reach, above: bottom.y - reach });
  });

  it("opens the card at the plot's corner when the event is not in view", () => {
    const ctx = contextAt(800, JUNE);
    expect(itemOf(ctx.layout, "iran-iraq-war")).toBeUndefined();
    const { state } = select(stateAt(ctx), ctx, "iran-iraq-war");
    expect(state.selected).toBe("iran-iraq-war");
    expect(state.card).toEqual({ kind: "event", id: "iran-iraq-war", x: ctx.layout.plot.x, end: ctx.layout.plot.x + ctx.layout.plot.width, y: ctx.layout.plot.y });
  });

  // BUG (minor, src/view/state.ts `select`): the card is placed at an item with the event's own id,
  // so an event held by a cluster (picked from a list card, `handle.select`, a #hash link) gets the
  // plot's top-left corner, far from the cluster it is in; closeCard already finds that cluster.
  // Expected: the card opens at the cluster holding the event.
  it("opens the card at the cluster holding the event", () => {
    const ctx = contextAt(200, undefined, 200);
    const cluster = clusters(ctx.layout).find((c) => c.members.includes("visit"))!;
    const { state } = select(stateAt(ctx), ctx, "visit");
    expect(state.card).toMatchObject({ kind: "event", id: "visit", x: cluster.x0 });
  });

  it("ends a source's highlight: one highlight at a time", () => {
    const ctx = contextAt(800, JUNE);
    const shown = highlightSource(stateAt(ctx), ctx, 3).state;
    expect(shown.source).toBe(3);
    const { state } = select(shown, ctx, "visit");
    expect(state.source).toBeNull();
    expect(sorted(state.highlighted)).toEqual(["visit"]);
  });

  it.each([["an unknown id", "no-such-event"], ["null", null]] as const)("with %s closes the card and tells listeners, without moving the focus", (_, id) => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    const { state, effects } = select(open, ctx, id);
    expect(state.selected).toBeNull();
    expect(state.card).toBeNull();
    expect(state.highlighted.size).toBe(0);
    expect(effects).toEqual([{ type: "emit", event: "select" }]);
  });

  it("leaves the state it was given as it was (a transition is pure)", () => {
    const ctx = contextAt(800, JUNE);
    const before = stateAt(ctx);
    const copy = { ...before, highlighted: new Set(before.highlighted) };
    select(before, ctx, "visit");
    highlightSource(before, ctx, 3);
    activate(before, ctx, ctx.layout.items[0]!);
    closeCard(before, ctx);
    zoomed(before, ctx, EIGHTIES, true);
    goBeyond(before, ctx, -1, null);
    expect({ ...before, highlighted: sorted(before.highlighted) }).toEqual({ ...copy, highlighted: sorted(copy.highlighted) });
  });
});

describe("turnPage", () => {
  it("turns a card's list within the card, which stays where it opened; the other lists keep their pages", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    const { state, effects } = turnPage(open, "card-accounts", 2, "next");
    expect(state.card).toEqual({ ...open.card, pages: { "card-accounts": 2 } });
    expect(turnPage(state, "card-sources", 1, "prev").state.card?.pages).toEqual({ "card-accounts": 2, "card-sources": 1 });
    expect(state.eventsPage).toBe(open.eventsPage);
    expect(effects).toEqual([{ type: "focus", to: "page", list: "card-accounts", button: "next" }]);
  });

  it("does nothing to a card's list with no card open, and turns the lists under the chart", () => {
    const ctx = contextAt(800);
    const closed = stateAt(ctx);
    expect(turnPage(closed, "card-events", 1, "next")).toEqual({ state: closed, effects: [] });
    expect(turnPage(closed, "events", 3, "next").state.eventsPage).toBe(3);
    expect(turnPage(closed, "sources", 1, "prev").state.sourcesPage).toBe(1);
  });
});

describe("highlightSource", () => {
  it.each(sourceNumbers)("source [%i] highlights exactly the events citing it and says how many, the publisher isolated as user text", (n) => {
    const ctx = contextAt(800);
    const source = timeline.sources.find((s) => s.number === n)!;
    const { state, effects } = highlightSource(stateAt(ctx), ctx, n);
    const expected = citing(n);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(state.highlighted)).toEqual([...expected].sort());
    expect(state.source).toBe(n);
    expect(state.status).toEqual([`${expected.length} ${expected.length === 1 ? "event" : "events"} cite `, { user: source.publisher }, "."]);
    expect(effects).toEqual([]);
  });

  it("says it in words for The New York Times: three events", () => {
    const ctx = contextAt(800);
    const { state } = highlightSource(stateAt(ctx), ctx, 3);
    expect(sorted(state.highlighted)).toEqual(["iran-opposes-pact", "meets-ahmadinejad", "talks-mottaki-davoudi"]);
    expect(state.status).toEqual(["3 events cite ", { user: "The New York Times" }, "."]);
  });

  it("keeps the selected event and its card (the highlight is beside the selection, not instead of it)", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    const { state } = highlightSource(open, ctx, 1);
    expect(state.selected).toBe("visit");
    expect(state.card).toEqual(open.card);
    expect(sorted(state.highlighted)).toEqual(["iran-iraq-war"]);
  });

  it("null clears the highlight and the announcement, and keeps the selected event highlighted", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    const shown = highlightSource(open, ctx, 3).state;
    const { state } = highlightSource(shown, ctx, null);
    expect(state.source).toBeNull();
    expect(state.status).toEqual([]);
    expect(sorted(state.highlighted)).toEqual(["visit"]);
    expect(state.selected).toBe("visit");
  });

  it("null with nothing selected highlights nothing; an unknown number is the same as null", () => {
    const ctx = contextAt(800);
    const shown = highlightSource(stateAt(ctx), ctx, 4).state;
    for (const n of [null, 99, 0]) {
      const { state } = highlightSource(shown, ctx, n);
      expect(state.source, String(n)).toBeNull();
      expect(state.highlighted.size).toBe(0);
      expect(state.status).toEqual([]);
    }
  });
});

describe("focus", () => {
  it("moves the tab stop to the item and tells listeners", () => {
    const ctx = contextAt(800, JUNE);
    const { state, effects } = focus(stateAt(ctx), "visit");
    expect(state.focused).toBe("visit");
    expect(effects).toEqual([{ type: "focus", to: "item", id: "visit" }, { type: "emit", event: "focus" }]);
  });
});

describe("activate", () => {
  it.each([320, 800, 1280])("on an event at %i px selects it, as a click on it does", (width) => {
    const ctx = contextAt(width, JUNE);
    const state = stateAt(ctx);
    for (const item of ctx.layout.items) {
      expect(item.kind).not.toBe("cluster");
      expect(activate(state, ctx, item)).toEqual(select(state, ctx, item.id));
    }
  });

  it("on a cluster that zooming can split zooms to it, animated, says how many, and keeps the card as it was", () => {
    const ctx = contextAt(200, undefined, 200);
    const cluster = clusters(ctx.layout).find((c) => c.members.includes("militia-leader-detained"))!;
    const target = clusterWindow(cluster, ctx.layout);
    expect(target).not.toBeNull();
    const before = select(stateAt(ctx), ctx, "iran-iraq-war").state;
    const { state, effects } = activate(before, ctx, cluster);
    expect(effects).toEqual([{ type: "zoom", domain: target, animate: true }]);
    expect(state.status).toEqual(["Zoomed in to 2 events."]);
    expect(state.card).toEqual(before.card);
    expect(state.selected).toBe("iran-iraq-war");
    expect(state.domain).toEqual(before.domain);
    // And the window it zooms to does pull the members apart.
    const closer = contextAt(200, target!, 200).layout;
    expect(closer.items.some((i) => i.kind === "cluster" && cluster.members.every((m) => i.members.includes(m)))).toBe(false);
    for (const id of cluster.members) expect(closer.items.some((i) => i.id === id || (i.kind === "cluster" && i.members.includes(id))), id).toBe(true);
  });

  it("on a cluster of events with the same dates opens a list card with its members and focuses the card", () => {
    const ctx = contextAt(200, VISIT_DAYS, 200);
    const cluster = clusters(ctx.layout).find((c) => c.members.includes("visit"))!;
    expect(cluster.members).toEqual(["visit", "talks-mottaki-davoudi"]);
    expect(clusterWindow(cluster, ctx.layout)).toBeNull();
    const { state, effects } = activate({ ...stateAt(ctx), focused: cluster.id }, ctx, cluster);
    expect(state.card).toEqual({ kind: "list", members: ["visit", "talks-mottaki-davoudi"], x: cluster.x0, end: cluster.x1, y: cluster.y + 18 });
    expect(state.selected).toBeNull();
    expect(state.domain).toEqual(ctx.layout.domain);
    expect(effects).toEqual([{ type: "focus", to: "card" }]);
  });

  // BUG (src/view/state.ts, activate): the list card sets `selected: null` but keeps `highlighted`,
  // so the event selected before stays drawn (and listed) as highlighted with nothing selected and
  // no source chosen; every other way of ending a selection (select(null), closeCard, a reader's
  // zoom) clears it. Expected: highlighted is empty (or the current source's events).
  it("on a same-date cluster after selecting an event ends that event's highlight", () => {
    const ctx = contextAt(200, VISIT_DAYS, 200);
    const cluster = clusters(ctx.layout).find((c) => c.members.includes("visit"))!;
    const selected = select(stateAt(ctx), ctx, "meets-ahmadinejad").state;
    const { state } = activate(selected, ctx, cluster);
    expect(state.selected).toBeNull();
    expect(state.source).toBeNull();
    expect(sorted(state.highlighted)).toEqual([]);
  });

  // Reported, not decided: at 200×200 on 6–10 June a cluster holds one event (it has no row of its
  // own), zooming cannot pull it apart, so activating it opens a list card of one: "1 events at the
  // same time" (messages/chart.ts `sameTime` has no singular). Opening the event's card would be the
  // expected behaviour.
  it("on a cluster of one event opens that event's card", () => {
    const ctx = contextAt(200, VISIT_DAYS, 200);
    const single = clusters(ctx.layout).find((c) => c.members.length === 1)!;
    expect(single).toBeDefined();
    const { state } = activate(stateAt(ctx), ctx, single);
    expect(state.card).toMatchObject({ kind: "event", id: single.members[0] });
  });
});

describe("closeCard", () => {
  it("returns the focus to the event's item and tells listeners of both the close and the focus", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    expect(open.focused).not.toBe("visit");
    const { state, effects } = closeCard(open, ctx);
    expect(state.card).toBeNull();
    expect(state.selected).toBeNull();
    expect(state.highlighted.size).toBe(0);
    expect(state.focused).toBe("visit");
    expect(effects).toEqual([{ type: "emit", event: "select" }, { type: "focus", to: "item", id: "visit" }, { type: "emit", event: "focus" }]);
  });

  it("returns the focus to the cluster now holding the event", () => {
    const ctx = contextAt(200, undefined, 200);
    expect(itemOf(ctx.layout, "visit")).toBeUndefined();
    const open = select(stateAt(ctx), ctx, "visit").state;
    const { state, effects } = closeCard(open, ctx);
    expect(state.focused).toBe("cluster:visit:visit");
    expect(effects).toContainEqual({ type: "focus", to: "item", id: "cluster:visit:visit" });
    expect(effects).toContainEqual({ type: "emit", event: "focus" });
  });

  it("sends the focus to the chart when the event is out of view and nothing holds the tab stop", () => {
    const ctx = contextAt(800, NOTHING);
    expect(ctx.layout.items).toEqual([]);
    const open = select(stateAt(ctx), ctx, "visit").state;
    expect(open.focused).toBeNull();
    const { state, effects } = closeCard(open, ctx);
    expect(state.card).toBeNull();
    expect(effects).toEqual([{ type: "emit", event: "select" }, { type: "focus", to: "chart" }]);
  });

  it("sends the focus back to the tab stop when the event is out of view", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "iran-iraq-war").state;
    const { state, effects } = closeCard(open, ctx);
    expect(state.focused).toBe(open.focused);
    expect(effects).toContainEqual({ type: "focus", to: "item", id: open.focused });
  });

  it("closes a list card and returns the focus to the cluster it was opened from", () => {
    const ctx = contextAt(200, VISIT_DAYS, 200);
    const cluster = clusters(ctx.layout).find((c) => c.members.includes("visit"))!;
    const listed = activate({ ...stateAt(ctx), focused: cluster.id }, ctx, cluster).state;
    expect(listed.card?.kind).toBe("list");
    const { state, effects } = closeCard(listed, ctx);
    expect(state.card).toBeNull();
    expect(state.focused).toBe(cluster.id);
    expect(effects).toEqual([{ type: "emit", event: "select" }, { type: "focus", to: "item", id: cluster.id }, { type: "emit", event: "focus" }]);
  });

  it("with no card open moves no focus", () => {
    const ctx = contextAt(800, JUNE);
    const { state, effects } = closeCard(stateAt(ctx), ctx);
    expect(state.card).toBeNull();
    expect(effects.filter((e) => e.type === "focus")).toEqual([]);
  });
});

describe("zoomed", () => {
  it("by the reader closes the card and tells listeners", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    const { state, effects } = zoomed(open, ctx, VISIT_DAYS, true);
    expect(state.domain).toEqual(VISIT_DAYS);
    expect(state.card).toBeNull();
    expect(state.selected).toBeNull();
    expect(effects).toEqual([{ type: "emit", event: "select" }]);
  });

  it("by code (zoomTo, a cluster, a jump past the edge) keeps the card", () => {
    const ctx = contextAt(800, JUNE);
    const open = select(stateAt(ctx), ctx, "visit").state;
    const { state, effects } = zoomed(open, ctx, VISIT_DAYS, false);
    expect(state).toEqual({ ...open, domain: VISIT_DAYS });
    expect(effects).toEqual([]);
  });

  it("by the reader with nothing open only moves the window", () => {
    const ctx = contextAt(800, JUNE);
    const before = stateAt(ctx);
    expect(zoomed(before, ctx, VISIT_DAYS, true)).toEqual({ state: { ...before, domain: VISIT_DAYS }, effects: [] });
  });

  // BUG (src/view/state.ts, zoomed): a reader's zoom closes the card only when `selected` is set,
  // and a list card (same-date cluster) has `selected: null`, so it stays open after a pan or zoom,
  // pinned at the pixel where the cluster was. Expected: the reader's zoom closes any card.
  it("by the reader closes a list card too", () => {
    const ctx = contextAt(200, VISIT_DAYS, 200);
    const cluster = clusters(ctx.layout).find((c) => c.members.includes("visit"))!;
    const listed = activate(stateAt(ctx), ctx, cluster).state;
    expect(listed.card?.kind).toBe("list");
    const { state } = zoomed(listed, ctx, JUNE, true);
    expect(state.card).toBeNull();
  });
});

describe("goBeyond", () => {
  it("back from the first item in June 2008 finds the Iran–Iraq war: a jump (no animation) keeping the zoom, then its focus", () => {
    const ctx = contextAt(800, JUNE);
    const state = stateAt(ctx);
    const war = timeline.events[0]!;
    const step = goBeyond(state, ctx, -1, state.focused);
    expect(step.state).toBe(state);
    const [zoom, focusTo] = step.effects as [Extract<Effect, { type: "zoom" }>, Effect];
    expect(zoom.type).toBe("zoom");
    expect(zoom.animate).toBe(false);
    const span = JUNE[1] - JUNE[0];
    expect(zoom.domain[1] - zoom.domain[0]).toBeCloseTo(span, -3);
    const mid = (war.start.earliest + war.end!.latest) / 2;
    expect((zoom.domain[0] + zoom.domain[1]) / 2).toBeCloseTo(mid, -3);
    expect(focusTo).toEqual({ type: "focus", to: "event", id: "iran-iraq-war" });
    // The window it jumps to has the event in it.
    expect(contextAt(800, zoom.domain).layout.items.some((i) => i.id === "iran-iraq-war" || (i.kind === "cluster" && i.members.includes("iran-iraq-war")))).toBe(true);
  });

  it("forward from the Iran–Iraq war in the 1980s finds the first event of June 2008, clamped to the extent", () => {
    const ctx = contextAt(800, EIGHTIES);
    expect(ctx.layout.items.map((i) => i.id)).toEqual(["iran-iraq-war"]);
    const step = goBeyond(stateAt(ctx), ctx, 1, "iran-iraq-war");
    const zoom = step.effects[0] as Extract<Effect, { type: "zoom" }>;
    expect(step.effects[1]).toEqual({ type: "focus", to: "event", id: "iran-opposes-pact" });
    expect(zoom).toMatchObject({ type: "zoom", animate: false });
    // Ten years around June 2008 would run past the data's end: the window stays inside the extent.
    expect(zoom.domain).toEqual(clampDomain(zoom.domain, ctx.layout.extent));
    expect(zoom.domain[1]).toBeCloseTo(ctx.layout.extent[1], -3);
    expect(zoom.domain[1] - zoom.domain[0]).toBeCloseTo(EIGHTIES[1] - EIGHTIES[0], -3);
  });

  it.each([
    [1, "forward", "That is the last event."],
    [-1, "back", "That is the first event."],
  ] as const)("%i: %s from the last item at the end says so and does nothing else", (direction, _, message) => {
    const ctx = direction > 0 ? contextAt(800, JUNE) : contextAt(800, EIGHTIES);
    const order = [...ctx.layout.items].sort((a, b) => anchorOf(a) - anchorOf(b));
    const from = direction > 0 ? order[order.length - 1]! : order[0]!;
    const state = stateAt(ctx);
    const step = goBeyond(state, ctx, direction, from.id);
    expect(step.effects).toEqual([]);
    expect(step.state).toEqual({ ...state, status: [message] });
  });

  it("from an empty window finds the nearest events either side", () => {
    const ctx = contextAt(800, NOTHING);
    const state = stateAt(ctx);
    expect(goBeyond(state, ctx, -1, null).effects[1]).toEqual({ type: "focus", to: "event", id: "iran-iraq-war" });
    expect(goBeyond(state, ctx, 1, null).effects[1]).toEqual({ type: "focus", to: "event", id: "iran-opposes-pact" });
  });
});

describe("settleFocus", () => {
  it("keeps the state as it is while the focused item is in view", () => {
    const ctx = contextAt(800, JUNE);
    const state = { ...stateAt(ctx), focused: "visit" };
    expect(settleFocus(state, ctx.layout, ctx.words)).toBe(state);
  });

  it.each([320, 800, 1280])("at %i px moves the tab stop to the first item in reading order when the focused item left the view", (width) => {
    const ctx = contextAt(width, JUNE);
    const state = { ...initialState(JUNE), focused: "iran-iraq-war" };
    const settled = settleFocus(state, ctx.layout, ctx.words);
    // Reading order: by time (the item's anchor), then top to bottom. The span running in from the
    // left edge is pinned there, so it reads first.
    const first = [...ctx.layout.items].sort((a, b) => anchorOf(a) - anchorOf(b) || a.y - b.y)[0]!;
    expect(first.id).toBe("iran-opposes-pact");
    expect(settled.focused).toBe(first.id);
    expect({ ...settled, focused: null }).toEqual({ ...state, focused: null });
  });

  // As documented: joining a cluster counts as leaving the view; the tab stop goes to the first
  // item in reading order, not to the cluster now holding the event (closeCard and goBeyond do that).
  it("moves the tab stop to the cluster the focused event joined", () => {
    const ctx = contextAt(200, undefined, 200);
    const settled = settleFocus({ ...initialState(ctx.layout.domain), focused: "visit" }, ctx.layout, ctx.words);
    const holder = ctx.layout.items.find((i) => i.kind === "cluster" && i.members.includes("visit"));
    expect(holder).toBeDefined();
    expect(settled.focused).toBe(holder!.id);
  });

  // A cluster lists its members when first asked; settling the focus asks only a cluster whose
  // time covers the focused event, and none when the focus was on a cluster (no cluster is a member).
  it("reads the members of no cluster for a focus that was on a cluster, and of the covering ones for an event", () => {
    // The layout with each cluster noting in `reads` when its members are read.
    const watch = (layout: TimelineLayout, reads: string[]): TimelineLayout => ({
      ...layout,
      items: layout.items.map((i) => {
        if (i.kind !== "cluster") return i;
        const { members, ...rest } = i;
        return Object.defineProperty({ ...rest }, "members", { enumerable: true, get: () => (reads.push(i.id), members) }) as ClusterItem;
      }),
    });
    const ctx = contextAt(200, undefined, 200);
    const reads: string[] = [];
    const watched = watch(ctx.layout, reads);
    const [first, second] = clusters(ctx.layout);
    // A focus left on a cluster id this zoom no longer has: straight to the first in reading order.
    const settled = settleFocus({ ...initialState(ctx.layout.domain), focused: `${first!.id}-gone` }, watched, ctx.words);
    expect(reads).toEqual([]);
    expect(settled.focused).toBe(firstInReadingOrder(ctx.layout.items)?.id);
    // An event that joined the second cluster: only clusters whose time covers it are asked, up to
    // the one holding it.
    reads.length = 0;
    expect(settleFocus({ ...initialState(ctx.layout.domain), focused: "talks-mottaki-davoudi" }, watched, ctx.words).focused).toBe(second!.id);
    const talks = ctx.words.byId("talks-mottaki-davoudi")!;
    const covering = clusters(ctx.layout).filter((c) => c.span[0] <= talks.start.earliest && (talks.end ?? talks.start).latest <= c.span[1]);
    expect(reads).toEqual(covering.map((c) => c.id));
    expect(reads.at(-1)).toBe(second!.id);
    // Two crowds ten years apart: an event of the later one asks the later cluster alone.
    const crowds = loadTimeline({ events: [1990, 2000].flatMap((year) => Array.from({ length: 30 }, (_, i) => ({ id: `e${year}-${i}`, title: `Event ${i} of ${year}`, start: Date.UTC(year, 0, 1 + i) }))) }).timeline;
    const crowded = layoutTimeline(crowds, { width: 300, height: 120 });
    const [early, late] = clusters(crowded);
    expect(early!.members).toContain("e1990-5");
    expect(late!.members).toContain("e2000-5");
    const asked: string[] = [];
    expect(settleFocus({ ...initialState(crowded.domain), focused: "e2000-5" }, watch(crowded, asked), wordsFor(crowds)).focused).toBe(late!.id);
    expect(asked).toEqual([late!.id]);
    // For every event, the holder is the cluster listing it (the plain definition).
    for (const id of eventIds) {
      const plain = clusters(ctx.layout).find((c) => c.members.includes(id))?.id;
      const held = settleFocus({ ...initialState(ctx.layout.domain), focused: id }, ctx.layout, ctx.words).focused;
      if (plain) expect(held, id).toBe(plain);
      else if (!itemOf(ctx.layout, id)) expect(held, id).toBe(firstInReadingOrder(ctx.layout.items)?.id);
    }
  });

  it("finds the item showing an id: its own mark, the cluster holding the event, or none", () => {
    const near = contextAt(800, JUNE);
    expect(itemShowing(near.layout, "visit", near.words)?.id).toBe("visit");
    const wide = contextAt(200, undefined, 200);
    const holder = clusters(wide.layout).find((c) => c.members.includes("visit"))!;
    expect(itemShowing(wide.layout, "visit", wide.words)).toBe(holder);
    expect(itemShowing(wide.layout, holder.id, wide.words)).toBe(holder);
    expect(itemShowing(wide.layout, "no-such-event", wide.words)).toBeUndefined();
  });

  // A keyboard reader zooming with the focus on a cluster: the focus stays with what it held.
  describe("after a zoom that took the focused cluster away", () => {
    const crowds = loadTimeline({ events: [1990, 2000].flatMap((year) => Array.from({ length: 30 }, (_, i) => ({ id: `e${year}-${i}`, title: `Event ${i} of ${year}`, start: Date.UTC(year, 0, 1 + i) }))) }).timeline;
    const crowdWords = wordsFor(crowds);
    const at = (domain?: [number, number]) => layoutTimeline(crowds, { width: 300, height: 120, ...(domain ? { domain } : {}) });
    const wide = at();
    const late = clusters(wide).find((c) => c.members.includes("e2000-5"))!;
    // The middle of an item's time: an event's own, a cluster's span.
    const middleOf = (item: ItemLayout) => {
      if (item.kind === "cluster") return (item.span[0] + item.span[1]) / 2;
      const e = crowdWords.byId(item.id)!;
      return (e.start.earliest + (e.end ?? e.start).latest) / 2;
    };
    const showsMemberOf = (cluster: ClusterItem, item: ItemLayout) => (item.kind === "cluster" ? item.members : [item.id]).some((id) => cluster.members.includes(id));
    const settle = (focused: string, layout: TimelineLayout, before: TimelineLayout) => settleFocus({ ...initialState(layout.domain), focused }, layout, crowdWords, before).focused;

    it("goes to the item showing its members nearest its middle when it split", () => {
      expect(late.members.length).toBeGreaterThan(20);
      const zoomed = at([Date.UTC(2000, 0, 4), Date.UTC(2000, 0, 28)]);
      expect(zoomed.items.some((i) => i.id === late.id)).toBe(false);
      const holders = zoomed.items.filter((i) => showsMemberOf(late, i));
      expect(holders.length).toBeGreaterThan(2);
      const middle = (late.span[0] + late.span[1]) / 2;
      const nearest = Math.min(...holders.map((i) => Math.abs(middleOf(i) - middle)));
      const focused = settle(late.id, zoomed, wide);
      const held = zoomed.items.find((i) => i.id === focused)!;
      expect(showsMemberOf(late, held)).toBe(true);
      expect(Math.abs(middleOf(held) - middle)).toBe(nearest);
      // Not where the tab stop would fall otherwise: the first item in reading order.
      expect(focused).not.toBe(firstInReadingOrder(zoomed.items)?.id);
      expect(itemFollowing(late, zoomed, crowdWords)).toBe(held);
    });

    it("looks no event up by id to follow it: the layout knows the event each drawn item stands for", () => {
      const zoomed = at([Date.UTC(2000, 0, 4), Date.UTC(2000, 0, 28)]);
      const asked: string[] = [];
      const counting: Words = Object.assign(Object.create(crowdWords) as Words, { byId: (id: string) => (asked.push(id), crowdWords.byId(id)) });
      expect(settle(late.id, zoomed, wide)).toBe(settleFocus({ ...initialState(zoomed.domain), focused: late.id }, zoomed, counting, wide).focused);
      expect(asked).toEqual([]);
      // Nor an event drawn before that a zoom out took into a cluster: it goes to that cluster.
      const event = zoomed.items.find((i) => i.kind !== "cluster" && late.members.includes(i.id))!;
      expect(settleFocus({ ...initialState(wide.domain), focused: event.id }, wide, counting, zoomed).focused).toBe(late.id);
      expect(asked).toEqual([]);
      for (const item of zoomed.items) expect(eventOfItem(item)).toBe(item.kind === "cluster" ? undefined : crowdWords.byId(item.id));
      expect(zoomed.items.some((i) => i.kind !== "cluster")).toBe(true);
    });

    it("goes to the cluster it joined when it merged", () => {
      const zoomed = at([Date.UTC(2000, 0, 4), Date.UTC(2000, 0, 28)]);
      const part = clusters(zoomed).find((c) => c.members.every((id) => id.startsWith("e2000")))!;
      expect(part).toBeDefined();
      expect(settle(part.id, wide, zoomed)).toBe(late.id);
    });

    it("goes to the first item in reading order when none of its members is left, or it was no cluster", () => {
      const early = at([Date.UTC(1989, 11, 20), Date.UTC(1990, 1, 10)]);
      expect(early.items.some((i) => showsMemberOf(late, i))).toBe(false);
      expect(settle(late.id, early, wide)).toBe(firstInReadingOrder(early.items)?.id);
      // An event that left the view is not followed: it has no members.
      const zoomed = at([Date.UTC(2000, 0, 4), Date.UTC(2000, 0, 28)]);
      const event = zoomed.items.find((i) => i.kind !== "cluster")!;
      expect(settle(event.id, early, zoomed)).toBe(firstInReadingOrder(early.items)?.id);
    });
  });

  it("follows a cluster to the holder of its members nearest its middle, first in the layout's order on a tie, for any two windows (property)", () => {
    const crowds = loadTimeline({ events: Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: Date.UTC(2000, 0, 1 + ((i * 7) % 90)), group: `g${i % 2}` })) }).timeline;
    const crowdWords = wordsFor(crowds);
    const [first, last] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 3, 1)];
    const windowArb = fc.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 86_400_000, max: last - first })).map(([a, span]): [number, number] => [a, a + span]);
    // The rule, read plainly: every item of the lane that shows a member, the nearest by the middle of its time.
    const reference = (cluster: ClusterItem, layout: TimelineLayout) => {
      const middle = (cluster.span[0] + cluster.span[1]) / 2;
      const middleOf = (item: ItemLayout) => {
        if (item.kind === "cluster") return (item.span[0] + item.span[1]) / 2;
        const e = crowdWords.byId(item.id)!;
        return (e.start.earliest + (e.end ?? e.start).latest) / 2;
      };
      const holders = layout.items.filter((i) => i.lane === cluster.lane && (i.kind === "cluster" ? i.members : [i.id]).some((id) => cluster.members.includes(id)));
      let best: ItemLayout | undefined;
      for (const h of holders) if (!best || Math.abs(middleOf(h) - middle) < Math.abs(middleOf(best) - middle)) best = h;
      return best;
    };
    fc.assert(
      fc.property(windowArb, windowArb, fc.constantFrom(300, 600), (a, b, width) => {
        const before = layoutTimeline(crowds, { width, height: 160, domain: a });
        const after = layoutTimeline(crowds, { width, height: 160, domain: b });
        for (const c of clusters(before)) expect(itemFollowing(c, after, crowdWords)?.id).toBe(reference(c, after)?.id);
      }),
      { seed: 20081202, numRuns: 60 },
    );
  });

  it("leaves no tab stop on an empty window", () => {
    const ctx = contextAt(800, NOTHING);
    expect(settleFocus({ ...initialState(NOTHING), focused: "visit" }, ctx.layout, ctx.words).focused).toBeNull();
  });
});

// A controller without a DOM: each transition, then its effects carried out as createTimeline does
// (a zoom moves the window and relays out; an event's focus goes to the item now holding it), then
// the relayout's settleFocus, which knows the layout before it.
type Action =
  | { type: "select"; id: string | null }
  | { type: "highlightSource"; n: number | null }
  | { type: "focus"; pick: number }
  | { type: "activate"; pick: number }
  | { type: "closeCard" }
  | { type: "zoomed"; at: number; span: number; byUser: boolean }
  | { type: "goBeyond"; direction: 1 | -1; pick: number | null };

function drive(width: number, height: number, actions: readonly Action[], check: (state: ViewState, layout: TimelineLayout, action: Action) => void): void {
  const layoutOf = (domain: [number, number]) => layoutTimeline(timeline, { width, height, domain });
  let layout = layoutOf(contextAt(width).layout.extent);
  let state = settleFocus(initialState(layout.domain), layout, words);
  const ctx = (): ViewContext => ({ layout, words, messages: en.chart, pageSize: 25 });
  const picked = (pick: number): ItemLayout | undefined => layout.items[pick % Math.max(1, layout.items.length)];
  const carry = (step: Step) => {
    state = step.state;
    for (const effect of step.effects) {
      if (effect.type === "zoom") {
        state = zoomed(state, ctx(), clampDomain(effect.domain, layout.extent), false).state;
        const before = layout;
        layout = layoutOf(state.domain);
        state = settleFocus(state, layout, words, before);
      } else if (effect.type === "focus" && effect.to === "event") {
        const holder = layout.items.find((i) => i.id === effect.id || (i.kind === "cluster" && i.members.includes(effect.id)));
        if (holder) state = focus(state, holder.id).state;
      }
    }
    const before = layout;
    layout = layoutOf(state.domain);
    state = settleFocus(state, layout, words, before);
  };
  for (const action of actions) {
    switch (action.type) {
      case "select":
        carry(select(state, ctx(), action.id));
        break;
      case "highlightSource":
        carry(highlightSource(state, ctx(), action.n));
        break;
      case "focus": {
        const item = picked(action.pick);
        if (item) carry(focus(state, item.id));
        break;
      }
      case "activate": {
        const item = picked(action.pick);
        if (item) carry(activate(state, ctx(), item));
        break;
      }
      case "closeCard":
        carry(closeCard(state, ctx()));
        break;
      case "zoomed": {
        const [a, b] = layout.extent;
        const mid = a + action.at * (b - a);
        const half = ((b - a) * action.span) / 2;
        carry(zoomed(state, ctx(), clampDomain([mid - half, mid + half], layout.extent), action.byUser));
        break;
      }
      case "goBeyond":
        carry(goBeyond(state, ctx(), action.direction, action.pick === null ? null : (picked(action.pick)?.id ?? null)));
        break;
    }
    check(state, layout, action);
  }
}

// Weighted towards where the seed is crowded (June 2008, near the end of its thirty years) and
// towards short windows, so lists of same-date events, clusters and empty windows all come up.
const where = fc.oneof({ arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 }, { arbitrary: fc.double({ min: 0.955, max: 0.975, noNaN: true }), weight: 3 });
const howWide = fc.tuple(fc.integer({ min: -6, max: 0 }), fc.double({ min: 0.1, max: 1, noNaN: true })).map(([e, f]) => f * 10 ** e);
const pick = fc.nat(50);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant("select" as const), id: fc.oneof(fc.constantFrom(...eventIds), fc.constant(null), fc.string({ maxLength: 6 })) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant("highlightSource" as const), n: fc.oneof(fc.constantFrom(...sourceNumbers), fc.integer({ min: -1, max: sourceNumbers.length + 2 }), fc.constant(null)) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant("focus" as const), pick }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant("activate" as const), pick }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant("closeCard" as const) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant("zoomed" as const), at: where, span: howWide, byUser: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant("goBeyond" as const), direction: fc.constantFrom(1 as const, -1 as const), pick: fc.oneof(pick, fc.constant(null)) }), weight: 1 },
);
const widths = fc.oneof(fc.integer({ min: 120, max: 320 }), fc.integer({ min: 120, max: 1400 }));
const heights = fc.constantFrom(200, 420);

describe("any sequence of choices", () => {
  it("keeps the state consistent (fast-check)", () => {
    const ids = new Set(eventIds);
    fc.assert(
      fc.property(widths, heights, fc.array(actionArb, { maxLength: 25 }), (width, height, actions) => {
        drive(width, height, actions, (state, layout, action) => {
          const why = JSON.stringify(action);
          if (state.selected !== null) expect(ids.has(state.selected), why).toBe(true);
          // An event's card is open exactly when an event is selected, and it is that event's.
          expect(state.card?.kind === "event", why).toBe(state.selected !== null);
          if (state.card?.kind === "event") expect(state.card.id, why).toBe(state.selected);
          if (state.card?.kind === "list") {
            expect(state.selected, why).toBeNull();
            for (const m of state.card.members) expect(ids.has(m), why).toBe(true);
          }
          for (const id of state.highlighted) expect(ids.has(id), why).toBe(true);
          if (state.source !== null) expect(sourceNumbers, why).toContain(state.source);
          if (state.selected !== null && state.source === null) expect(sorted(state.highlighted), why).toEqual([state.selected]);
          // After the relayout, the tab stop is on an item in view, or there is none to be on.
          if (layout.items.length === 0) expect(state.focused, why).toBeNull();
          else expect(layout.items.some((i) => i.id === state.focused), why).toBe(true);
          expect(Math.abs(state.domain[0] - layout.domain[0]) + Math.abs(state.domain[1] - layout.domain[1]), why).toBeLessThan(1);
        });
      }),
      { numRuns: 200 },
    );
  });

  // BUG (see "activate … ends that event's highlight"): with no source chosen, what is highlighted
  // should be the selected event or nothing; opening a list card leaves the previous selection
  // highlighted. fast-check finds it from random sequences.
  it("highlights nothing but the selected event while no source is chosen (fast-check)", () => {
    fc.assert(
      fc.property(widths, heights, fc.array(actionArb, { maxLength: 25 }), (width, height, actions) => {
        drive(width, height, actions, (state, _, action) => {
          if (state.source === null) expect(sorted(state.highlighted), JSON.stringify(action)).toEqual(state.selected === null ? [] : [state.selected]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
