import { diagnostic } from "../diagnostics.js";
import type { Parsed } from "./parsed.js";

/**
 * Read JSON text. A syntax error becomes a `json-syntax` diagnostic, never an exception.
 * A bare array is taken as the events of a timeline.
 *
 * @example
 * ```ts
 * parseJson('[{"title": "Visit", "start": "2008-06-07"}]').data; // { events: [ … ] }
 * ```
 */
export function parseJson(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { data: { events: [] }, diagnostics: [diagnostic("json-syntax", { section: "timeline" }, { detail })] };
  }
  return fromObject(data);
}

/** Take already-parsed data: a bare array is a list of events. */
export function fromObject(data: unknown): Parsed {
  return { data: Array.isArray(data) ? { events: data } : data, diagnostics: [] };
}
