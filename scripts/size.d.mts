/** One file of dist/: its path under dist/, its size as shipped and gzipped, in bytes. */
export interface FileSize {
  file: string;
  gzip: number;
  min: number;
}
/** What a script-tag page loads for native JSON or CSV data. */
export const SCRIPT_TAG_PAGE: string[];
/** Issue 11's target for the script-tag page, gzip bytes. */
export const TARGET: number;
/** Gzip budgets in bytes, by name (the script-tag page) or file pattern under dist/. */
export const BUDGETS: Record<string, number>;
/** Every code and style file in dist/, sorted by name. */
export function sizes(dir?: string): Promise<FileSize[]>;
/** The script-tag page for native JSON or CSV: its files, and their sums. */
export function scriptTagPage(dir?: string): Promise<{ files: FileSize[]; gzip: number; min: number }>;
/** What an app bundling dist/citeline.browser.js loads before it draws, and the chunks it loads on demand. */
export interface AppBundle {
  upFront: number;
  files: { file: string; gzip: number }[];
  parts: { file: string; gzip: number }[];
}
/** dist/citeline.browser.js bundled as an app's bundler would (rollup, minified, split at its import()s), with style.css. */
export function appBundle(dir?: string): Promise<AppBundle>;
/** Each budget against the build; `over` lists the ones exceeded, as sentences. `app`: `appBundle(dir)`, when at hand. */
export function check(dir?: string, app?: AppBundle): Promise<{ rows: { name: string; gzip: number; budget: number }[]; over: string[] }>;
