/**
 * Everything both entries export: `citeline/core` (src/core.ts, which adds drafting from an
 * article) and `citeline` (src/index.ts, which adds the browser's timeline and embeds). Node-safe:
 * importing it touches no browser global. A new export for both goes here.
 *
 * @module
 */
export type * from "./types.js";
export { loadTimeline } from "./load.js";
export { decodeText, type Bytes, type TextEncoding } from "./parse/decode.js";
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
export { accessibleName } from "./layout/event-name.js";
export type * from "./layout/types.js";
export {
  CitelineError,
  DIAGNOSTIC_CODES,
  formatDiagnostic,
  type DateReason,
  type LoadingOption,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
  type Section,
} from "./diagnostics.js";
export { renderToString, renderPage, renderSvg, PRINT_CSS, type RenderInput } from "./write/page.js";
export { LOCALES, localeFor, type RenderStringOptions, type RenderPageOptions } from "./options.js";
