/**
 * `citeline/core`: everything that runs without a DOM — in Node, a worker or a build step.
 * Loading (JSON, CSV, TimelineJS) with its diagnostics, dates in words, citations, the layout,
 * the server-side writers `renderToString`, `renderSvg` and `renderPage`, and `draftTimeline`, a
 * first draft of a timeline from a news article's text. Importing it touches no browser global. The stages' own parts (the CSV reader, the model builder, the
 * layout's helpers) are not exported: load with `loadTimeline`, lay out with `layoutTimeline`.
 *
 * @example
 * ```ts
 * import { loadTimeline, describeSpan } from "citeline/core";
 * const { timeline, diagnostics } = loadTimeline(csvText);
 * for (const e of timeline.events) console.log(describeSpan(e.start, e.end), e.title);
 * ```
 *
 * @module citeline/core
 */
export * from "./common.js";
// Drafting reads dates with chrono-node: Node and build steps only, never the browser bundles
// (src/index.ts re-exports ./common.js, not this file).
export { draftTimeline, type DraftOptions, type DraftResult } from "./draft/draft.js";
