/**
 * How the script-tag bundle imports a part it loads on demand: by a dynamic `import()` of an
 * address made from the bundle's own (`document.currentScript`, read while the bundle runs). So the
 * files come from wherever the page loaded the bundle from, never from another host, and a
 * Content-Security-Policy that allows the bundle (`script-src 'self'`) allows them. The ESM build
 * for browsers swaps in ./part-import-esm.ts, whose imports an app's bundler splits off.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";

// Read now: `document.currentScript` is the bundle's script only while the bundle runs.
const BASE = ((): string | undefined => {
  if (typeof document === "undefined") return undefined;
  const script = document.currentScript;
  return script && "src" in script && typeof script.src === "string" && script.src !== "" ? script.src : undefined;
})();

/**
 * Import `file` (`"citeline-timelinejs.js"`, `"locales/fr.js"`) from beside the bundle: its
 * module and the address it came from, for messages. Rejects with an `Error` saying which file
 * could not be loaded.
 *
 * @example
 * ```ts
 * const { module } = await importPart("locales/fr.js");
 * ```
 */
export async function importPart(file: string): Promise<{ module: unknown; url: string }> {
  if (BASE === undefined) throw new Error(loadEn.noScriptAddress(file));
  const url = new URL(file, BASE).href;
  try {
    return { module: (await import(/* @vite-ignore */ url)) as unknown, url };
  } catch (error) {
    throw new Error(loadEn.partNotLoaded(url, error instanceof Error ? error.message : String(error)), { cause: error });
  }
}
