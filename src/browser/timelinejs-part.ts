/**
 * The entry of `dist/citeline-timelinejs.js`, the TimelineJS importer the browser builds load
 * on demand (src/browser/preload.ts installs its exports). Built with the browser's HTML reader.
 *
 * @module
 */
export { fromTimelineJs, fromTimelineJsSheet } from "../parse/timelinejs.js";
