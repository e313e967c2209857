/**
 * The words of loading on demand, in English: what the browser builds (the script-tag bundle, and
 * the ESM build for browsers) say when a piece they load on demand (the TimelineJS reader, the EDTF reader, the page writer, story mode, a locale) is named wrongly or cannot be had.
 *
 * @module
 */

const list = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");

/** The on-demand loader's words. */
export const loadEn = {
  /** `preload` was asked for something that is neither a part (the TimelineJS reader, the EDTF reader, the page writer) nor a locale citeline has. */
  unknownPart: (parts: readonly string[], known: readonly string[]) =>
    `citeline cannot preload ${list(parts)}: name "timelinejs", "edtf", "words", "html", "page", "story" or a locale (${known.join(", ")}).`,
  /** `renderPage` was called in a browser build before its part loaded. */
  pageNotLoaded: 'citeline in a browser writes pages with a part it loads on demand (for the script tag, citeline-page.js beside citeline.umd.min.js): call `await Citeline.preload("page")` before renderPage.',
  /** A story's slide was written in a browser build before story mode loaded. */
  storyNotLoaded: 'citeline in a browser loads story mode on demand (citeline-story.js beside the bundle): call `await Citeline.preload("story")` first.',
  /** Story mode did not load: the timeline stays in the chart. */
  storyLeftOut: (why: string) => `${why.replace(/\.$/, "")}. The timeline stays in the chart.`,
  /** The bundle's own address is unknown, so the files beside it cannot be found. */
  noScriptAddress: (file: string) =>
    `citeline could not tell where its script was loaded from, so it cannot load ${file} from beside it: load citeline.umd.min.js with <script src>.`,
  /** A file beside the bundle did not load, or is not citeline's. */
  partNotLoaded: (url: string, why: string) => `citeline could not load ${url}: ${why}`,
  /** A part a drawn timeline's data needed did not load: what needed it stays out. */
  partLeftOut: (why: string) => `${why.replace(/\.$/, "")}. What in the data needs it is left out, each item said in the timeline's diagnostics.`,
  /** What a file beside the bundle held instead of what citeline expected. */
  notCitelines: "it is not a file of this version of citeline",
  /** A locale did not load: the timeline is drawn in English instead. */
  localeFallback: (tag: string, why: string) => `the locale "${tag}" could not be loaded, so the timeline is in English. ${why}`,
} as const;
