import type { Spelling } from "./date-spelling.js";
import { otherLanguageSpelling } from "./date-languages.js";
import { inWords } from "./date-spelling-words.js";
import { buddhistYear, orElse } from "../messages/details-words.js";

/**
 * Dates as Thai writes them: Gregorian months, years most often of the Buddhist era (the
 * Gregorian year and 543), as `Intl` and Thailand's papers write them: "7 มิถุนายน 2551", "7 มิ.ย.
 * 2551", "วันเสาร์ที่ 7 มิถุนายน พ.ศ. 2551" (พ.ศ.: the Buddhist era), "7 มิถุนายน ค.ศ. 2008" (ค.ศ.:
 * the Gregorian). A year marked with its era is read in it. A bare year from 2400 on is the
 * Buddhist era's (the Gregorian reading would be four centuries ahead), read with a warning that
 * says so; an earlier bare year is refused as ambiguous, naming both readings. Each was refused
 * before, with no reason.
 *
 * The Buddhist year is the Gregorian and 543 for every date, as `Intl` (ICU) counts it; before
 * 1941 Thailand's year began on 1 April, so a date of January to March written then is a year
 * later than this reads it.
 *
 * @module
 */

const THAI = /\p{Script=Thai}/u;
// The year last, with its era before it: "พ.ศ. 2551", "ค.ศ. 2008".
const YEAR_LAST = /^(.*?)\s*(?:(พ\.ศ\.|ค\.ศ\.)\s*)?(\d{4})$/u;
/** The Buddhist era's years ahead of the Gregorian's. */
export const BUDDHIST_YEARS = 543;
/** From here a bare year is the Buddhist era's: the Gregorian 1857 on. */
export const SURELY_BUDDHIST = 2400;

/**
 * A day or month written in Thai, as EDTF; undefined for other text.
 *
 * @example
 * ```ts
 * thaiSpelling("7 มิถุนายน พ.ศ. 2551"); // { ok: true, edtf: "2008-06-07" }
 * thaiSpelling("7 มิถุนายน 2551");      // { ok: true, edtf: "2008-06-07" }, with a warning: the Buddhist era's year
 * thaiSpelling("7 มิถุนายน 2008");      // refused as ambiguous: 2008-06-07 or 1465-06-07
 * ```
 */
export function thaiSpelling(text: string): Spelling | undefined {
  if (!THAI.test(text)) return undefined;
  const m = YEAR_LAST.exec(text);
  if (!m) return undefined;
  const [rest = "", era, digits = ""] = [m[1], m[2], m[3]];
  const y = Number(digits);
  const read = (year: number) => otherLanguageSpelling(`${rest} ${year}`);
  if (era === "ค.ศ.") return read(y);
  const buddhist = read(y - BUDDHIST_YEARS);
  if (era !== undefined || !buddhist?.ok) return buddhist;
  const said = buddhistYear(inWords(buddhist.edtf), y);
  const gregorian = y < SURELY_BUDDHIST ? read(y) : undefined;
  if (!gregorian?.ok) return { ok: true, edtf: buddhist.edtf, warning: { code: "date-reinterpreted", detail: said } };
  return { ok: false, code: "date-ambiguous", detail: orElse(inWords(gregorian.edtf), said), readings: [gregorian.edtf, buddhist.edtf] };
}
