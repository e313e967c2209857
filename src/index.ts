/**
 * citeline: zoomable SVG timelines from dated events, honest about how well each date is known,
 * with a citation on every claim. The browser entry: everything in `citeline/core` but drafting
 * from an article (`draftTimeline`, for Node and build steps), plus
 * `createTimeline` (whose handle exports with `toSVG` and `toPNG`), its keyboard map, and the
 * `<cite-line>` element and `[data-citeline]` embed.
 *
 * @example
 * ```ts
 * import { createTimeline } from "citeline";
 * import "citeline/style.css";
 * const tl = createTimeline(document.getElementById("timeline")!, { data: await (await fetch("events.csv")).text() });
 * ```
 *
 * @module citeline
 */
export * from "./common.js";
export { createTimeline, type TimelineHandle, type TimelineEvents } from "./view/timeline.js";
export type { TimelineOptions } from "./options.js";
export { KEYMAP } from "./interact/keys.js";
// Embedding: the <cite-line> element and the one-snippet `[data-citeline]` embed. Nothing runs on
// import; the script-tag bundle (src/umd.ts) calls defineCiteLine() and autoEmbed() itself.
export { CiteLineElement, defineCiteLine } from "./embed/element.js";
export { autoEmbed } from "./embed/auto.js";
export { createEmbed, embedOf, type Embed, type EmbedConfig, type EmbedState, type CiteLineEventMap } from "./embed/embed.js";
