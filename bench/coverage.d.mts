/** A block coverage range of V8's (the DevTools protocol's `Profiler.CoverageRange`). */
export interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}
/** What of a bundle a page ran: bytes that ran, those gzipped together, and the bundle's bytes. */
export interface Ran {
  ran: number;
  gzip: number;
  all: number;
}
/** The text of `code` in blocks that ran, by V8's nested ranges (inner ranges win). */
export function ranBytes(code: string, functions: readonly { ranges: readonly CoverageRange[] }[]): string;
/** What of the script-tag bundle four fresh pages run (see bench/coverage.mjs). */
export function codeRun(browser: unknown, base: string, count?: number): Promise<{ json: Ran; csv: Ran; minute: Ran; snippet: Ran }>;
