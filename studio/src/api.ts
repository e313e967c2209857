/**
 * The library, as the workbench reaches it: the global `Citeline` of the script-tag bundle the page
 * loads from beside it (`../citeline.umd.min.js`). The workbench is built on this public API alone;
 * none of the library is bundled into the workbench's own script.
 *
 * @module
 */
import type * as Library from "../../src/index.js";

/** The public API of the script-tag bundle. */
export type Citeline = typeof Library & { preload(...parts: string[]): Promise<void> };

/** The global `Citeline`, which the page's first script defines. */
export function citeline(): Citeline {
  const api = (globalThis as { Citeline?: Citeline }).Citeline;
  if (!api) throw new Error("citeline workbench: ../citeline.umd.min.js did not load");
  return api;
}
