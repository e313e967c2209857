/**
 * The state a timeline opens in, from its options, the format its data was read as, and a deep
 * link: the window, the view, and in the story view its slide.
 *
 * @module
 */
import { clampDomain, extentFor } from "../layout/layout.js";
import { storyToLoad } from "../preload.js";
import { slideOf, storyOf } from "../scene/story.js";
import type { ReadFormat, Timeline } from "../types.js";
import type { Linked } from "./hash.js";
import { openingView } from "../options.js";
import { initialWindow } from "./options.js";
import { initialState, type ViewState } from "./state.js";
import { storyOpen } from "./story.js";
import type { TimelineOptions } from "./types.js";

/**
 * The opening state. A link's window wins over the options'; a link naming a slide opens the
 * story there, whatever the `view` option says (it is where the reader who shared it was). In the
 * story view the window is the slide's (on the title slide, the opening window). While story mode
 * is still to load (a browser build), the chart opens, busy, until it has (./complete.ts).
 *
 * @example
 * ```ts
 * openingState(timeline, { view: "story" }, "json").slide; // 0
 * openingState(timeline, {}, "json", readHash("#cl=0,1,visit,5")).view; // "story"
 * ```
 */
export function openingState(timeline: Timeline, options: TimelineOptions, format: ReadFormat | undefined, linked?: Linked): ViewState {
  const extent = extentFor(timeline, options.breaks);
  const window = linked?.window ? clampDomain(linked.window, extent) : initialWindow(timeline, options);
  const story = opensInStory(options, format, linked);
  if (story && storyToLoad()) return initialState(window, "chart");
  const state = initialState(window, story ? "story" : openingView(options, format));
  if (!story) return state;
  // A link to an event (from the chart) opens the story at that event's slide, if it tells it.
  const index = linked?.slide ?? (linked?.id ? Math.max(0, slideOf(storyOf(timeline), linked.id)) : 0);
  const opened = storyOpen(state, timeline, index, extent);
  return opened.selected === null || linked?.window ? { ...opened, domain: window } : opened;
}

/**
 * Whether a timeline opens in the story view: its `view` option, a TimelineJS file's default, or a
 * link naming a slide.
 *
 * @example
 * ```ts
 * opensInStory({}, "timelinejs"); // true
 * ```
 */
export function opensInStory(options: TimelineOptions, format: ReadFormat | undefined, linked?: Linked): boolean {
  return linked?.slide !== undefined || openingView(options, format) === "story";
}
