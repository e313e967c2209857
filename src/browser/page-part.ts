/**
 * The entry of `dist/citeline-page.js`, the document around a page `renderPage` writes (its head,
 * rules and Content-Security-Policy hash), which the browser builds load on demand
 * (src/browser/preload.ts installs its export).
 *
 * @module
 */
export { pageDocument } from "../write/page-document.js";
