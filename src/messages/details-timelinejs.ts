/**
 * The words the TimelineJS importer (src/parse/timelinejs*.ts) adds to a diagnostic's sentence,
 * beside ./details.ts: the importer is loaded on demand (citeline-timelinejs.js), and its words
 * with it. English only, as `detail` is.
 *
 * @module
 */

// A TimelineJS slide whose title was made (src/parse/timelinejs-slides.ts): from its …

/** … text. */
export const FROM_TEXT = "text";
/** … display date. */
export const FROM_DISPLAY_DATE = "display date";
/** … date. */
export const FROM_DATE = "date";
