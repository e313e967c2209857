/**
 * The readings an ambiguous date is refused with (`Spelling.readings`, `Diagnostic.readings`):
 * each a date in EDTF that the text could mean, kept only where writing it instead of the whole
 * text loses nothing the text said.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";

/**
 * A refusal without its readings: for a reader that refuses a part of the text (the day of a
 * date-time, an end of a range) where a reading of the part is no reading of the whole.
 *
 * @example
 * ```ts
 * withoutReadings({ ok: false, code: "date-ambiguous", detail: "…", readings: ["190X", "19XX"] }); // { ok: false, code: "date-ambiguous", detail: "…" }
 * ```
 */
export function withoutReadings(refused: Spelling & { ok: false }): Spelling & { ok: false } {
  const rest: Spelling & { ok: false } = { ok: false, code: refused.code };
  if (refused.detail !== undefined) rest.detail = refused.detail;
  if (refused.reason !== undefined) rest.reason = refused.reason;
  return rest;
}


/**
 * A refusal of a range's end, its readings each written as the whole range (`whole`), or without
 * them where a reading is itself a range: an interval has two ends, not three.
 *
 * @example
 * ```ts
 * endReadings(refusal, (r) => `${r}/2009`); // readings ["2008-04-03/2009", "2008-03-04/2009"]
 * ```
 */
export function endReadings(refused: Spelling & { ok: false }, whole: (reading: string) => string): Spelling & { ok: false } {
  return refused.readings?.every((r) => !r.includes("/")) ? { ...refused, readings: refused.readings.map(whole) } : withoutReadings(refused);
}
