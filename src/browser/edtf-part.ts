/**
 * The entry of `dist/citeline-edtf.js`, the reader of EDTF forms citeline does not read itself
 * (the `edtf` package), which the browser builds load on demand (src/browser/preload.ts
 * installs its export).
 *
 * @module
 */
export { readLevel2 } from "../model/date-level2.js";
