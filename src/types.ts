/**
 * The public data types of citeline: what you write (`*Input`) and what the loader gives back
 * (`Timeline`, `TimelineEvent`, `Source`, `FuzzyDate`). These modules are the reference for the
 * data format; `schema/timeline.schema.json` describes the same input shape for editors. The types
 * live in `src/types/`, by what they describe; this module gathers them, so every import of
 * `types.js` keeps working.
 *
 * @module
 */

export type * from "./types/dates.js";
export type * from "./types/input.js";
export type * from "./types/timeline.js";
export type * from "./types/load.js";
