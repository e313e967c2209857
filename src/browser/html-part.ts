/**
 * The entry of `dist/citeline-html.js`, the HTML reader the browser builds load on demand for a
 * spreadsheet whose Media columns hold HTML (src/browser/preload.ts installs its export in
 * ./html-on-demand.ts). The TimelineJS reader carries its own.
 *
 * @module
 */
export { readHtml } from "./html-read.js";
