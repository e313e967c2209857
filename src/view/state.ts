/**
 * What the reader has chosen, and how each choice changes it: pure transitions from a state to a
 * new state and the effects the page must carry out (zoom, move the focus, tell listeners). No
 * DOM: every choice a reader can make is testable on data alone.
 *
 * @module
 */
import { beyondFrom } from "../interact/keys.js";
import { ITEM } from "../layout/sizes.js";
import { clampDomain, clusterWindow, eventOfItem } from "../layout/layout.js";
import type { ItemLayout, TimelineLayout } from "../layout/types.js";
import type { Messages } from "../messages/index.js";
import { firstInReadingOrder } from "../scene/item-facts.js";
import { pageOf } from "../scene/lists.js";
import type { PagedList } from "../scene/pager.js";
import type { SceneState } from "../scene/timeline.js";
import type { Words } from "../scene/words.js";
import { itemFollowing, itemShowing } from "../scene/showing.js";
import { storyPick } from "./story.js";

/** A view's state: the window shown and what the reader has chosen. */
export interface ViewState extends SceneState {
  domain: [number, number];
  /** The story's slide shown in the story view (see `view/story.ts`), else null. */
  slide: number | null;
}

/** What a transition reads besides the state. */
export interface ViewContext {
  layout: TimelineLayout;
  words: Words;
  messages: Messages["chart"];
  /** Entries per page of the lists. */
  pageSize: number;
}

/** What the page must do after a transition. */
export type Effect =
  | { type: "zoom"; domain: [number, number]; animate: boolean }
  /** Move the keyboard focus: to an item, to the item holding an event (after a relayout), into the card, or to the chart. */
  | { type: "focus"; to: "item"; id: string }
  | { type: "focus"; to: "event"; id: string }
  | { type: "focus"; to: "card" | "chart" }
  /** Keep the focus on a pager's button (the other one when that end is reached), or move it to a source. */
  | { type: "focus"; to: "page"; list: PagedList; button: "prev" | "next" }
  | { type: "focus"; to: "source"; n: number }
  /** Keep the focus in the story's slide, or on its button (the other one when that end is reached). */
  | { type: "focus"; to: "slide" }
  | { type: "focus"; to: "slide-button"; button: "prev" | "next" }
  | { type: "emit"; event: "select" | "focus" | "slide" };

/** A new state and what to do about it. */
export interface Step {
  state: ViewState;
  effects: Effect[];
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The state a timeline opens in.
 *
 * @example
 * ```ts
 * initialState([Date.UTC(1980, 0), Date.UTC(2009, 0)], "chart");
 * ```
 */
export function initialState(domain: [number, number], view: ViewState["view"] = "chart"): ViewState {
  return { domain, view, selected: null, focused: null, highlighted: NONE, source: null, card: null, status: [], eventsPage: null, sourcesPage: null, slide: null };
}

/**
 * Select an event (open its card) or, with null or an unknown id, close the card. Choosing an
 * event ends a source's highlight: one highlight at a time.
 *
 * @example
 * ```ts
 * const { state, effects } = select(initialState(extent), context, "visit");
 * ```
 */
export function select(s: ViewState, ctx: ViewContext, id: string | null): Step {
  // In the story, an event it tells is shown as its slide.
  const told = s.view === "story" ? storyPick(s, ctx, id, "pick") : undefined;
  if (told) return told;
  const event = id === null ? undefined : ctx.words.byId(id);
  const selected = event ? event.id : null;
  // The lists turn to the selected event and its first source.
  const next: ViewState = { ...s, selected, source: null, highlighted: selected ? new Set([selected]) : NONE, card: null, eventsPage: null, sourcesPage: null };
  const effects: Effect[] = [];
  if (event) {
    const item = itemShowing(ctx.layout, event.id, ctx.words);
    next.card = item ? { kind: "event", id: event.id, x: item.x0, end: item.x1, ...cardPlace(item.y, ITEM.barHeight / 2 + 6, ctx.layout.plot) } : { kind: "event", id: event.id, x: ctx.layout.plot.x, end: ctx.layout.plot.x + ctx.layout.plot.width, y: ctx.layout.plot.y };
    effects.push({ type: "focus", to: "card" });
  }
  effects.push({ type: "emit", event: "select" });
  return { state: next, effects };
}

/**
 * Highlight every event that cites source number `n` (null clears), and say how many.
 *
 * @example
 * ```ts
 * highlightSource(state, context, 2).state.highlighted; // the ids of the events citing [2]
 * ```
 */
export function highlightSource(s: ViewState, ctx: ViewContext, n: number | null): Step {
  const timeline = ctx.words.timeline;
  const source = n === null ? undefined : timeline.sources.find((x) => x.number === n);
  const highlighted = source ? new Set(timeline.events.filter((e) => e.sources.includes(source.id)).map((e) => e.id)) : s.selected ? new Set([s.selected]) : NONE;
  // The publisher is the user's text, isolated so it cannot reorder the sentence around it.
  const [before, after] = ctx.messages.sourceCitedBy(highlighted.size);
  const status = source ? [before, { user: source.publisher }, after] : [];
  return { state: { ...s, source: source ? source.number : null, highlighted, status }, effects: [] };
}

/**
 * Give an item the keyboard focus (the chart's one tab stop moves with it).
 *
 * @example
 * ```ts
 * focus(state, "visit").effects; // [{ type: "focus", to: "item", id: "visit" }, { type: "emit", event: "focus" }]
 * ```
 */
export function focus(s: ViewState, id: string): Step {
  return { state: { ...s, focused: id }, effects: [{ type: "focus", to: "item", id }, { type: "emit", event: "focus" }] };
}

/**
 * Open an item: an event's card; a cluster zooms in to its members, or, when zooming cannot pull
 * them apart (they share their dates), lists them in the card.
 *
 * @example
 * ```ts
 * activate(state, context, layout.items[0]!);
 * ```
 */
export function activate(s: ViewState, ctx: ViewContext, item: ItemLayout): Step {
  // An event the story tells goes to its slide, the focus staying in the chart.
  const told = s.view === "story" && item.kind !== "cluster" ? storyPick(s, ctx, item.id, "chart") : undefined;
  if (told) return told;
  if (item.kind !== "cluster") return select(s, ctx, item.id);
  // A cluster of one (it could not be labelled apart) opens that event.
  if (item.members.length === 1) return select(s, ctx, item.members[0]!);
  const target = clusterWindow(item, ctx.layout);
  if (target) return { state: { ...s, status: [ctx.messages.zoomedInTo(item.members.length)] }, effects: [{ type: "zoom", domain: target, animate: true }] };
  const card = { kind: "list" as const, members: item.members, x: item.x0, end: item.x1, ...cardPlace(item.y, 18, ctx.layout.plot) };
  return { state: { ...s, card, selected: null, source: null, highlighted: NONE }, effects: [{ type: "focus", to: "card" }] };
}

// Where a card opens beside an item centred at `y`, `reach` px from its middle to the card: below
// it, or, for an item in the plot's lower half, above it (`above` is then the card's bottom edge).
function cardPlace(y: number, reach: number, plot: { y: number; height: number }): { y: number; above?: number } {
  return y > plot.y + plot.height / 2 ? { y: y + reach, above: y - reach } : { y: y + reach };
}

/**
 * Close the card; the focus goes back to the event, or the cluster now holding it, or else to the
 * chart's tab stop.
 *
 * @example
 * ```ts
 * closeCard(state, context).effects;
 * ```
 */
export function closeCard(s: ViewState, ctx: ViewContext): Step {
  const id = s.card?.kind === "event" ? s.card.id : null;
  const step = select(s, ctx, null);
  if (!id && s.card?.kind !== "list") return step;
  const item = id ? itemShowing(ctx.layout, id, ctx.words) : undefined;
  const target = item?.id ?? s.focused;
  if (!target) {
    step.effects.push({ type: "focus", to: "chart" });
    return step;
  }
  step.state.focused = target;
  step.effects.push({ type: "focus", to: "item", id: target }, { type: "emit", event: "focus" });
  return step;
}

/**
 * The window moved (by the reader or by us). A reader's zoom or pan closes the card.
 *
 * @example
 * ```ts
 * zoomed(state, context, [a, b], true);
 * ```
 */
export function zoomed(s: ViewState, ctx: ViewContext, domain: [number, number], byUser: boolean): Step {
  // Another window lists other events: the list goes back to its first page (or the selected event's).
  const moved = { ...s, domain, eventsPage: null };
  if (!byUser || s.card === null) return { state: moved, effects: [] };
  // A list card is pinned to the cluster's old place: it closes too, with no select to report.
  return s.selected !== null ? select(moved, ctx, null) : { state: { ...moved, card: null }, effects: [] };
}

/**
 * Past the edge of the view: pan to the next event in time beyond it (keeping the zoom) and focus
 * it, or say there is none.
 *
 * @example
 * ```ts
 * goBeyond(state, context, 1, "visit");
 * ```
 */
export function goBeyond(s: ViewState, ctx: ViewContext, direction: 1 | -1, from: string | null): Step {
  const { layout } = ctx;
  const at = beyondFrom(layout, from, direction);
  const inView = new Set(layout.items.flatMap((i) => (i.kind === "cluster" ? i.members : [i.id])));
  const events = ctx.words.timeline.events;
  const candidates = events.filter((e) => !inView.has(e.id) && (direction > 0 ? e.start.earliest > at : e.start.earliest < at));
  const next = direction > 0 ? candidates[0] : candidates[candidates.length - 1];
  if (!next) return { state: { ...s, status: [direction > 0 ? ctx.messages.lastEvent : ctx.messages.firstEvent] }, effects: [] };
  const span = layout.domain[1] - layout.domain[0];
  const mid = (next.start.earliest + (next.end ?? next.start).latest) / 2;
  return { state: s, effects: [{ type: "zoom", domain: clampDomain([mid - span / 2, mid + span / 2], layout.extent), animate: false }, { type: "focus", to: "event", id: next.id }] };
}

/**
 * After a relayout: the focused event joined a cluster (the tab stop moves to the cluster), the
 * focused cluster of the layout `before` is gone (it moves to the item now showing its members
 * nearest its middle: see `itemFollowing`), or what was focused left the view (it moves to the
 * first item in reading order). A cluster is named after its first member, so the part of a split
 * cluster that still holds it keeps the tab stop. `words` finds the event an id names.
 *
 * @example
 * ```ts
 * settleFocus(state, layout, words, previousLayout).focused;
 * ```
 */
export function settleFocus(s: ViewState, layout: TimelineLayout, words: Pick<Words, "byId">, before?: TimelineLayout): ViewState {
  // An event that joined a cluster keeps the focus there; one that left the view gives it up.
  const was = s.focused === null ? undefined : before?.items.find((i) => i.id === s.focused);
  // A cluster's id names no event: it is looked for among the items only; an event drawn before
  // is known by its item. Neither is looked up among the events by id, whose whole map, at 100,000
  // events, was made inside the first zoom steps after a first render.
  const item = s.focused === null ? undefined : was?.kind === "cluster" ? layout.items.find((i) => i.id === s.focused) : itemShowing(layout, s.focused, words, was && eventOfItem(was));
  if (item && item.id === s.focused) return s;
  const followed = !item && was?.kind === "cluster" ? itemFollowing(was, layout, words) : undefined;
  return { ...s, focused: (item ?? followed ?? firstInReadingOrder(layout.items, layout.timeDirection === "rtl"))?.id ?? null };
}

/**
 * Turn a list (under the chart, or one of the card's) to a page; the focus stays on the pager.
 *
 * @example
 * ```ts
 * turnPage(state, "events", 2, "next").state.eventsPage; // 2
 * ```
 */
export function turnPage(s: ViewState, list: PagedList, page: number, button: "prev" | "next"): Step {
  const effects: Effect[] = [{ type: "focus", to: "page", list, button }];
  if (list === "events") return { state: { ...s, eventsPage: page }, effects };
  if (list === "sources") return { state: { ...s, sourcesPage: page }, effects };
  // A card's list: the card stays where it is, turned.
  return s.card ? { state: { ...s, card: { ...s.card, pages: { ...s.card.pages, [list]: page } } }, effects } : { state: s, effects: [] };
}

/**
 * Go to source number `n` in the sources list (from a citation's number): its page, and the focus.
 *
 * @example
 * ```ts
 * showSource(state, context, 40).state.sourcesPage; // 1, at 25 a page
 * ```
 */
export function showSource(s: ViewState, ctx: ViewContext, n: number): Step {
  const citations = ctx.words.citations;
  const index = citations.findIndex((c) => c.number === n);
  if (index < 0) return { state: s, effects: [] };
  return { state: { ...s, sourcesPage: pageOf(null, citations.length, ctx.pageSize, index) }, effects: [{ type: "focus", to: "source", n }] };
}
