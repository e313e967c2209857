/**
 * What a read of the data lacked, loaded, and the data read again. In a browser build the readers
 * only some pages need load on demand: a date written other than as EDTF ("June 7, 2008") before
 * the readers of spelled dates have loaded is a `words-not-loaded` error in the first drawing, and
 * `createTimeline` cannot wait for it. So the part is loaded and the data read and drawn again, once;
 * `handle.ready` settles then. Meanwhile server markup, written with every part, is kept as it
 * stands, and a new drawing is marked busy, its chart and lists hidden (`ctl.loading`). So with
 * story mode, for a timeline that opens in it. Elsewhere every part is at hand and nothing is missing.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";
import { missingParts, preload, storyToLoad } from "../preload.js";
import type { Controller } from "./handle.js";
import type { Linked } from "./hash.js";
import { opensInStory } from "./opening.js";

/**
 * Load the parts `ctl`'s last read lacked, then `reload` (unless the data was read again or the
 * timeline destroyed meanwhile): told to read the data again when a reader was lacking, not when
 * story mode alone was, which changes how the read opens, not what it holds. Settles when done,
 * and at once when nothing was missing; a part that fails to load is a console warning, its dates'
 * errors stay.
 *
 * @example
 * ```ts
 * ctl.ready = completeLoad(ctl, (reread) => reloadData(ctl, undefined, reread));
 * ```
 */
export function completeLoad(ctl: Controller, reload: (reread: boolean) => void, linked?: Linked): Promise<void> {
  const missing = partsLacked(ctl, linked);
  ctl.loading = missing.length > 0;
  if (!ctl.loading) return Promise.resolve();
  const read = ctl.loads;
  const current = () => !ctl.destroyed && ctl.loads === read;
  return preload(...missing).then(
    () => {
      if (!current()) return undefined;
      reload(missing.some((part) => part !== "story"));
      ctl.renderer.schedule();
      return ctl.ready;
    },
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      console.warn(missing.length === 1 && missing[0] === "story" ? loadEn.storyLeftOut(why) : loadEn.partLeftOut(why));
      // What was read is drawn, no longer busy (over server markup, taking it over).
      if (!current()) return;
      ctl.loading = false;
      ctl.renderer.schedule();
    },
  );
}

/**
 * The parts `ctl`'s last read lacked, and story mode when the timeline opens in it and it is still
 * to load. A TimelineJS file opens in the story: while its reader loads, so does story mode.
 *
 * @example
 * ```ts
 * partsLacked(ctl); // ["words"], in a browser build, for "June 7, 2008" before the readers loaded
 * ```
 */
export function partsLacked(ctl: Pick<Controller, "diagnostics" | "options" | "format">, linked?: Linked): string[] {
  const missing = missingParts(ctl.diagnostics);
  const story = opensInStory(ctl.options, missing.includes("timelinejs") ? "timelinejs" : ctl.format, linked);
  return story && storyToLoad() ? [...missing, "story"] : missing;
}
