/**
 * The browser builds' stand-in for src/write/page-document.ts: the document around a written
 * page, with the SHA-256 its Content-Security-Policy needs, is wanted by few pages in a browser
 * (the workbench's download), so it is `citeline-page.js` beside the bundle, loaded by
 * `preload("page")` (src/browser/preload.ts) and installed here. Until then `renderPage` throws,
 * saying how to load it.
 *
 * @module
 */
import { loadEn } from "../messages/load.js";
import type * as Document from "../write/page-document.js";

export type { PageParts } from "../write/page-document.js";

let write: typeof Document.pageDocument | undefined;

/** Install the loaded writer. */
export function installPage(writer: typeof Document.pageDocument): void {
  write = writer;
}

/** See src/write/page-document.ts: the same document, once `citeline-page.js` has loaded. */
export const pageDocument: typeof Document.pageDocument = (parts) => {
  if (!write) throw new Error(loadEn.pageNotLoaded);
  return write(parts);
};
