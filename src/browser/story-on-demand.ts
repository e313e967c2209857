/**
 * The browser builds' stand-in for story mode: src/view/story.ts (its transitions),
 * src/view/story-input.ts (its keys, swipes and focus) and src/scene/slide.ts (its slide). Few
 * pages tell a story, so it is `citeline-story.js` beside the bundle, loaded by `preload("story")`
 * (src/browser/preload.ts) and installed here. A timeline that opens in the story, or is switched
 * to it, waits for it (src/view/complete.ts, src/view/handle.ts); until then nothing here is
 * asked for but a swipe's listeners, bound once it has loaded, and a slide written as a string,
 * which throws, saying how to load it.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";
import type * as Slide from "../scene/slide.js";
import type * as StoryInput from "../view/story-input.js";
import type * as StoryView from "../view/story.js";

export type { SlideInput } from "../scene/slide.js";
export type { StoryInputHost } from "../view/story-input.js";
export type { SlideMove } from "../view/story.js";

/** What `citeline-story.js` exports. */
export type StoryPart = Pick<typeof StoryView, "storyOpen" | "storyGo" | "storyStep" | "storyPick"> &
  Pick<typeof StoryInput, "slideKey" | "bindSwipe" | "focusInSlide"> &
  Pick<typeof Slide, "slideNode">;

let part: StoryPart | undefined;
// Swipes waiting for the part: each timeline's binding, dropped when the timeline is destroyed first.
const waiting = new Set<() => void>();

/** Install the loaded part, and bind the swipes that waited for it. */
export function installStory(loaded: StoryPart): void {
  part = loaded;
  for (const bind of [...waiting]) bind();
  waiting.clear();
}

/** Whether story mode has loaded. */
export function storyLoaded(): boolean {
  return part !== undefined;
}

function loaded(): StoryPart {
  if (!part) throw new Error(loadEn.storyNotLoaded);
  return part;
}

/** See src/view/story.ts. */
export const storyOpen: typeof StoryView.storyOpen = (...args) => loaded().storyOpen(...args);
/** See src/view/story.ts. */
export const storyGo: typeof StoryView.storyGo = (...args) => loaded().storyGo(...args);
/** See src/view/story.ts. */
export const storyStep: typeof StoryView.storyStep = (...args) => loaded().storyStep(...args);
/** See src/view/story.ts. */
export const storyPick: typeof StoryView.storyPick = (...args) => loaded().storyPick(...args);
/** See src/scene/slide.ts: throws until the part has loaded. */
export const slideNode: typeof Slide.slideNode = (input) => loaded().slideNode(input);

/** See src/view/story-input.ts: no slide, so no key of its, before the part has loaded. */
export const slideKey: typeof StoryInput.slideKey = (event, host) => part?.slideKey(event, host) ?? false;

/** See src/view/story-input.ts. */
export const focusInSlide: typeof StoryInput.focusInSlide = (root, effect) => part?.focusInSlide(root, effect);

/** See src/view/story-input.ts: bound once the part has loaded (no slide to swipe before). */
export const bindSwipe: typeof StoryInput.bindSwipe = (root, host) => {
  if (part) return part.bindSwipe(root, host);
  let stop: (() => void) | undefined;
  const bind = () => void (stop = part!.bindSwipe(root, host));
  waiting.add(bind);
  return () => {
    waiting.delete(bind);
    stop?.();
  };
};
