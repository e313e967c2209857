/**
 * The entry of `dist/citeline-story.js`, story mode: its transitions, its slide, and its keys,
 * swipes and focus, which the browser builds load on demand (src/browser/preload.ts installs its
 * exports).
 *
 * @module
 */
export { storyGo, storyOpen, storyPick, storyStep } from "../view/story.js";
export { bindSwipe, focusInSlide, slideKey } from "../view/story-input.js";
export { slideNode } from "../scene/slide.js";
// The script-tag bundle lends story mode its story reading and card content (./story-lent.ts); in
// the ESM build for browsers story mode shares them with the app's chunk.
export { lendStory } from "./story-lent.js";
