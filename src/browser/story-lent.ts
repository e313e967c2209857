/**
 * Story mode's stand-in for src/scene/story.ts and src/scene/card.ts, in its file beside the
 * script-tag bundle (`citeline-story.js`; rollup.config.js swaps it in there alone). The bundle
 * that loads story mode lends it its own story reading and card content, so the file carries no
 * second copy of them, nor of the layout and the scene they lean on (src/browser/preload.ts lends
 * them before installing).
 *
 * @module
 */
import type * as Card from "../scene/card.js";
import type * as Story from "../scene/story.js";
import type { SceneState } from "../scene/timeline.js";

export type { Story } from "../scene/story.js";

/** What the bundle lends story mode. */
export type StoryLent = Pick<typeof Story, "storyOf" | "slideEvent" | "slideOf" | "eventNumber" | "clampSlide" | "slideWindow" | "onSlide"> & Pick<typeof Card, "eventParts">;

let lent: StoryLent | undefined;

/** Lend story mode the loading bundle's story reading and card content. */
export function lendStory(from: StoryLent): void {
  lent = from;
}

function from(): StoryLent {
  if (!lent) throw new Error("citeline-story.js was used before the bundle lent it its scene");
  return lent;
}

/** See src/scene/story.ts. */
export const storyOf: StoryLent["storyOf"] = (...args) => from().storyOf(...args);
/** See src/scene/story.ts. */
export const slideEvent: StoryLent["slideEvent"] = (...args) => from().slideEvent(...args);
/** See src/scene/story.ts. */
export const slideOf: StoryLent["slideOf"] = (...args) => from().slideOf(...args);
/** See src/scene/story.ts. */
export const eventNumber: StoryLent["eventNumber"] = (...args) => from().eventNumber(...args);
/** See src/scene/story.ts. */
export const clampSlide: StoryLent["clampSlide"] = (...args) => from().clampSlide(...args);
/** See src/scene/story.ts. */
export const slideWindow: StoryLent["slideWindow"] = (...args) => from().slideWindow(...args);
/** See src/scene/story.ts. */
export function onSlide<S extends SceneState>(s: S, story: Story.Story, index: number): S {
  return from().onSlide(s, story, index);
}
/** See src/scene/card.ts. */
export const eventParts: StoryLent["eventParts"] = (...args) => from().eventParts(...args);
