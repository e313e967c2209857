/**
 * The browser builds' stand-in for the TimelineJS importer (swapped in for
 * src/parse/timelinejs.ts): the importer itself is a part loaded on demand (`citeline-timelinejs.js`
 * beside the script-tag bundle), loaded by src/browser/preload.ts and installed here. Until then, TimelineJS data reads as no
 * events and one `timelinejs-not-loaded` error saying how to load it.
 *
 * @module
 */
import { diagnostic } from "../diagnostics.js";
import type { Parsed } from "../parse/parsed.js";
import type * as Importer from "../parse/timelinejs.js";

/** What `citeline-timelinejs.js` exports. */
export type TimelineJsReaders = Pick<typeof Importer, "fromTimelineJs" | "fromTimelineJsSheet">;

let readers: TimelineJsReaders | undefined;

/** Install the loaded importer. */
export function installTimelineJs(loaded: TimelineJsReaders): void {
  readers = loaded;
}

/** Whether the importer has loaded. */
export function timelineJsLoaded(): boolean {
  return readers !== undefined;
}

const notLoaded = (): Parsed => ({ data: { events: [] }, diagnostics: [diagnostic("timelinejs-not-loaded", { section: "timeline" })] });

/** TimelineJS JSON, once the importer has loaded. */
export const fromTimelineJs: typeof Importer.fromTimelineJs = (json) => (readers ? readers.fromTimelineJs(json) : notLoaded());

/** A TimelineJS Google-Sheets template read as CSV, once the importer has loaded. */
export const fromTimelineJsSheet: typeof Importer.fromTimelineJsSheet = (...args) => (readers ? readers.fromTimelineJsSheet(...args) : notLoaded());
