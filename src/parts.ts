/**
 * The parts of citeline that `preload` names besides locales: the script-tag bundle keeps each in
 * a file beside itself (`citeline-timelinejs.js`, `citeline-edtf.js`, `citeline-words.js`, `citeline-html.js`,
 * `citeline-page.js`, `citeline-story.js`), the
 * ESM build for browsers in a chunk an app's bundler splits off, and each loads it on demand.
 *
 * @module
 */

/** The names `preload` takes besides locale tags. */
export const PARTS: readonly string[] = ["timelinejs", "edtf", "words", "html", "page", "story"];
