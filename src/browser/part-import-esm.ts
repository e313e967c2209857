/**
 * How the ESM build for browsers imports a part it loads on demand (swapped in for
 * ./part-import.ts by rollup.config.js): each part is a literal `import()`, so the app's bundler
 * (Vite, rollup, webpack; esbuild only with `splitting: true`) splits it into a chunk of the app's
 * own, fetched from wherever the app's scripts are served, and only when a page asks for it. The parts are the script tag's:
 * the TimelineJS reader, the EDTF reader, the readers of spelled dates, the HTML reader, the page writer, story mode and the
 * locales other than English.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";

// One literal import per part: a bundler only splits what it can see.
const PARTS: Readonly<Record<string, () => Promise<unknown>>> = {
  "citeline-timelinejs.js": () => import("./timelinejs-part.js"),
  "citeline-edtf.js": () => import("./edtf-part.js"),
  "citeline-words.js": () => import("./words-part.js"),
  "citeline-html.js": () => import("./html-part.js"),
  "citeline-page.js": () => import("./page-part.js"),
  "citeline-story.js": () => import("./story-part.js"),
  "locales/de.js": () => import("./locale-parts/de.js"),
  "locales/fr.js": () => import("./locale-parts/fr.js"),
  "locales/es.js": () => import("./locale-parts/es.js"),
  "locales/it.js": () => import("./locale-parts/it.js"),
  "locales/nl.js": () => import("./locale-parts/nl.js"),
  "locales/pt.js": () => import("./locale-parts/pt.js"),
  "locales/ar.js": () => import("./locale-parts/ar.js"),
  "locales/fa.js": () => import("./locale-parts/fa.js"),
  "locales/he.js": () => import("./locale-parts/he.js"),
  "locales/tr.js": () => import("./locale-parts/tr.js"),
  "locales/ckb.js": () => import("./locale-parts/ckb.js"),
};

/**
 * Import the part the script tag keeps in `file` (`"locales/fr.js"`), as the app's bundler
 * split it off: its module, and its name for messages. Rejects with an `Error` saying which part
 * could not be loaded.
 *
 * @example
 * ```ts
 * const { module } = await importPart("locales/fr.js");
 * ```
 */
export async function importPart(file: string): Promise<{ module: unknown; url: string }> {
  const load = Object.hasOwn(PARTS, file) ? PARTS[file] : undefined;
  if (!load) throw new Error(loadEn.partNotLoaded(file, loadEn.notCitelines));
  try {
    return { module: await load(), url: file };
  } catch (error) {
    throw new Error(loadEn.partNotLoaded(file, error instanceof Error ? error.message : String(error)), { cause: error });
  }
}
