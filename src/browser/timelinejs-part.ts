/**
 * The entry of `dist/citeline-timelinejs.js`, the TimelineJS importer the browser builds load
 * on demand (src/browser/preload.ts installs its exports). Built with the browser's HTML reader,
 * which it exports too.
 *
 * @module
 */
export { fromTimelineJs, fromTimelineJsSheet } from "../parse/timelinejs.js";
// Installed for the bundle's own HTML reading too (src/browser/html-on-demand.ts): in the ESM
// build for browsers the importer's modules read HTML through that stand-in.
export { readHtml } from "./html-read.js";
// The script-tag bundle lends the reader its diagnostics and their English sentences
// (./diagnostic-lent.ts); in the ESM build for browsers the reader shares them with the app's chunk.
export { lendDiagnostic } from "./diagnostic-lent.js";
