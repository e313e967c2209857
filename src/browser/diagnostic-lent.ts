/**
 * The TimelineJS reader's stand-in for src/diagnostics.ts, in its file beside the script-tag
 * bundle (`citeline-timelinejs.js`; rollup.config.js swaps it in there alone). The bundle that
 * loads the reader lends it its own builder of diagnostics, with the English sentences, so the
 * file does not carry a second copy of them (src/browser/preload.ts lends it before installing).
 *
 * @module
 */
import type * as Diagnostics from "../diagnostics.js";

export type { Diagnostic, DiagnosticCode } from "../diagnostics.js";

let lent: typeof Diagnostics.diagnostic | undefined;

/** Lend the part the loading bundle's builder of diagnostics. */
export function lendDiagnostic(builder: typeof Diagnostics.diagnostic): void {
  lent = builder;
}

/** See src/diagnostics.ts: built by the builder lent, which the bundle lends before it reads. */
export const diagnostic: typeof Diagnostics.diagnostic = (...args) => {
  if (!lent) throw new Error("citeline-timelinejs.js was used before the bundle lent it its diagnostics");
  return lent(...args);
};
