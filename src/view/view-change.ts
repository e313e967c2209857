/**
 * Changing the view: the chart, the list or the story. Kept apart from the story's own transitions
 * (./story.ts), which the browser builds load on demand with the story: going into the story
 * needs them, going to the chart or the list does not.
 *
 * @module
 */
import { slideOf, storyOf } from "../scene/story.js";
import type { Step, ViewContext, ViewState } from "./state.js";
import { storyGo } from "./story.js";

const NONE: ReadonlySet<string> = new Set();

/**
 * Change the view. Into the story: at the chosen event's slide if the story tells it, else at its
 * first slide. Out of it: the slide's choice is let go, the window stays where the story left it.
 *
 * @example
 * ```ts
 * setView(state, context, "story").state.view; // "story"
 * ```
 */
export function setView(s: ViewState, ctx: ViewContext, view: ViewState["view"]): Step {
  if (view === s.view) return { state: s, effects: [] };
  if (view === "story") {
    const at = s.selected === null ? -1 : slideOf(storyOf(ctx.words.timeline), s.selected);
    return storyGo({ ...s, view: "story", card: null }, ctx, Math.max(0, at), "toggle");
  }
  if (s.view !== "story") return { state: { ...s, view }, effects: [] };
  return { state: { ...s, view, slide: null, selected: null, highlighted: NONE, card: null, status: [] }, effects: [{ type: "emit", event: "select" }] };
}
