/**
 * citeline: zoomable SVG timelines from dated events, honest about how well each date is known,
 * with a citation on every claim. The browser entry: everything in `citeline/core` plus the
 * renderer, `createTimeline`.
 *
 * @example
 * ```ts
 * import { createTimeline } from "citeline";
 * import "citeline/style.css";
 * const tl = createTimeline(document.getElementById("timeline")!, { data: await (await fetch("events.csv")).text() });
 * ```
 *
 * @module
 */
export * from "./core.js";
export { createTimeline, type TimelineHandle, type TimelineOptions, type TimelineEvents } from "./view/timeline.js";
export { keyAction, KEYMAP, type KeyAction } from "./interact/keys.js";
// Embedding: the <cite-line> element and the one-snippet `[data-citeline]` embed. Nothing runs on
// import; the script-tag bundle (src/umd.ts) calls defineCiteLine() and autoEmbed() itself.
export { CiteLineElement, defineCiteLine } from "./embed/element.js";
export { autoEmbed } from "./embed/auto.js";
export { createEmbed, embedOf, type Embed, type EmbedConfig, type EmbedState, type CiteLineEventMap } from "./embed/embed.js";
export { fetchSource, SourceError, type FetchedSource } from "./embed/load-source.js";
export { LOCALES, localeFor } from "./options.js";
