/**
 * `citeline/core`: everything that runs without a DOM — in Node, a worker or a build step.
 * Loading (JSON, CSV, TimelineJS) with its diagnostics, dates in words, citations, the layout,
 * and the server-side writers `renderToString`, `renderSvg` and `renderPage`. Importing it
 * touches no browser global. The stages' own parts (the CSV reader, the model builder, the
 * layout's helpers) are not exported: load with `loadTimeline`, lay out with `layoutTimeline`.
 *
 * @example
 * ```ts
 * import { loadTimeline, describeSpan } from "citeline/core";
 * const { timeline, diagnostics } = loadTimeline(csvText);
 * for (const e of timeline.events) console.log(describeSpan(e.start, e.end), e.title);
 * ```
 *
 * @module
 */
export type * from "./types.js";
export { loadTimeline } from "./load.js";
export { loadTimelineAsync, preload } from "./preload.js";
export type { LoadResult } from "./model/model.js";
export { describeDate, describeSpan, type DateWordsOptions } from "./model/date-words.js";
export { safeHref } from "./model/source.js";
export { citationText, type CitationOptions, type CitationText } from "./model/citation.js";
export type { MessagesOverride } from "./messages/index.js";
export { layoutTimeline, type LayoutOptions } from "./layout/layout.js";
export type { BreaksOption } from "./layout/segments.js";
export type { Pieces } from "./layout/pieces.js";
export type { Measure } from "./layout/measure.js";
export { accessibleName } from "./layout/items.js";
export type * from "./layout/types.js";
export {
  CitelineError,
  DIAGNOSTIC_CODES,
  formatDiagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
  type Section,
} from "./diagnostics.js";
export { renderToString, renderPage, renderSvg, PRINT_CSS, type RenderInput } from "./write/page.js";
export { LOCALES, localeFor, type RenderStringOptions, type RenderPageOptions } from "./options.js";
