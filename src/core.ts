/**
 * `citeline/core`: everything that runs without a DOM — in Node, a worker or a build step.
 * Loaders, the event model and dates in words. Importing it touches no browser global.
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
export { buildTimeline, type BuildOptions, type LoadResult } from "./model/model.js";
export { parseInput, looksLikeTimelineJs } from "./parse/detect.js";
export { parseCsv, readSheet, type Sheet } from "./parse/csv.js";
export type { Separator } from "./parse/separator.js";
export { parseJson } from "./parse/json.js";
export { fromTimelineJs, fromTimelineJsSheet } from "./parse/timelinejs.js";
export type { Parsed, Origin } from "./parse/parsed.js";
export { readDate, type DateResult, type ReadDateOptions } from "./model/date.js";
export { describeDate, describeSpan, yearWords, type DateWordsOptions } from "./model/date-words.js";
export { safeHref } from "./model/source.js";
export { citationText, type CitationText } from "./model/citation.js";
export { precisionWords } from "./model/date-words.js";
export { layoutTimeline, extentOf, clampDomain, clusterWindow, SIZES, type LayoutOptions } from "./layout/layout.js";
export { estimateWidth, fitText, type Measure } from "./layout/measure.js";
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
export {
  renderToString,
  renderPage,
  renderSvg,
  PRINT_CSS,
  type RenderInput,
  type RenderStringOptions,
  type RenderPageOptions,
} from "./write/page.js";
