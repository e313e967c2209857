/**
 * Story mode's transitions, pure as the rest of the view's state: open a story on a slide, go to
 * a slide (by a button, a key, a swipe, the chart or the lists), step to the next or previous one.
 * Each slide zooms the chart to its event (the zoom control leaves out the animation under
 * reduced motion), highlights it, and says where the reader is in the live region. The browser
 * builds load these on demand, with the slide and its input (src/browser/story-on-demand.ts).
 *
 * @module
 */
import type { Run } from "../scene/markup.js";
import { clampSlide, eventNumber, onSlide, slideEvent, slideOf, slideWindow, storyOf } from "../scene/story.js";
import type { Timeline } from "../types.js";
import type { Effect, Step, ViewContext, ViewState } from "./state.js";

/**
 * What moved the story: a slide's button (the focus stays on it), a key in the slide (the focus
 * stays in the slide), a swipe, the chart (the focus stays on the item), a pick from the lists or
 * the API (the focus goes to the slide), or the view's toggle.
 */
export type SlideMove = "button" | "key" | "swipe" | "chart" | "pick" | "toggle";

/**
 * A state opened on a slide, with the window the slide shows: how a timeline opens in story mode
 * (from its options or a deep link), with no animation, no focus taken and nothing announced.
 *
 * @example
 * ```ts
 * storyOpen(initialState(extentOf(timeline), "story"), timeline, 0, extentOf(timeline)).slide; // 0
 * ```
 */
export function storyOpen(s: ViewState, timeline: Timeline, index: number, extent: [number, number]): ViewState {
  const story = storyOf(timeline);
  const opened = onSlide(s, story, index);
  const id = slideEvent(story, opened.slide ?? 0);
  return { ...opened, domain: slideWindow(id === null ? undefined : timeline.events.find((e) => e.id === id), extent), status: [] };
}

/**
 * Go to slide `index` (kept inside the story): the chart zooms to its event and highlights it, the
 * live region says "Slide 3 of 12: title", and the focus follows `how` the reader moved.
 *
 * @example
 * ```ts
 * storyGo(state, context, 2, "button").state.selected; // the second event of the story
 * ```
 */
export function storyGo(s: ViewState, ctx: ViewContext, index: number, how: SlideMove): Step {
  const story = storyOf(ctx.words.timeline);
  const target = clampSlide(story, index);
  const from = s.view === "story" ? (s.slide ?? 0) : null;
  if (from === target && how !== "toggle") {
    // At an end: nothing moves, and a key or a swipe past it is told so.
    const status = how === "key" || how === "swipe" || how === "button" ? [index < target ? ctx.messages.firstSlide : ctx.messages.lastSlide] : s.status;
    return { state: { ...s, status }, effects: [] };
  }
  const id = slideEvent(story, target);
  const event = id === null ? undefined : ctx.words.byId(id);
  const state: ViewState = { ...onSlide(s, story, target), status: said(ctx, target) };
  const effects: Effect[] = [{ type: "zoom", domain: slideWindow(event, ctx.layout.extent), animate: true }];
  if (how === "button") effects.push({ type: "focus", to: "slide-button", button: from !== null && target < from ? "prev" : "next" });
  else if (how === "key" || how === "pick") effects.push({ type: "focus", to: "slide" });
  effects.push({ type: "emit", event: "slide" }, { type: "emit", event: "select" });
  return { state, effects };
}

/**
 * The next (1) or previous (-1) slide.
 *
 * @example
 * ```ts
 * storyStep(state, context, 1, "key");
 * ```
 */
export function storyStep(s: ViewState, ctx: ViewContext, by: 1 | -1, how: SlideMove): Step {
  return storyGo(s, ctx, (s.view === "story" ? (s.slide ?? 0) : 0) + by, how);
}

/**
 * In the story view, choosing an event the story tells goes to its slide; undefined when it does
 * not tell it (its card opens, as in the chart). Choosing none (a card closing) goes back to the
 * slide's own event.
 *
 * @example
 * ```ts
 * storyPick(state, context, "visit", "chart")?.state.slide;
 * ```
 */
export function storyPick(s: ViewState, ctx: ViewContext, id: string | null, how: SlideMove): Step | undefined {
  const story = storyOf(ctx.words.timeline);
  if (id === null) return { state: { ...onSlide(s, story, s.slide ?? 0), status: s.status }, effects: [{ type: "emit", event: "select" }] };
  const index = slideOf(story, id);
  return index < 0 ? undefined : storyGo(s, ctx, index, how);
}

// What the live region says on a slide: where it is, and its title (the user's text, isolated).
function said(ctx: ViewContext, slide: number): Run[] {
  const story = storyOf(ctx.words.timeline);
  const id = slideEvent(story, slide);
  const event = id === null ? undefined : ctx.words.byId(id);
  const m = ctx.messages;
  const before = event ? m.slideSaid(eventNumber(story, slide), story.ids.length) : m.introSaid;
  return [before, { user: event ? event.title : (ctx.words.timeline.title ?? m.defaultTitle) }];
}
