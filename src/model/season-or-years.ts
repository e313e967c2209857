/**
 * EDTF's season or other part of a year whose two digits are also the next year's: "2021-22" is
 * summer 2021 to EDTF, and a football season, a school or financial year to a sheet (from 1920 to
 * 1940 and 2020 to 2040, where the two meet). It is read as EDTF says, and said.
 *
 * @module
 */
import { SEASON_NAMES } from "./season.js";
import { seasonNotYears } from "../messages/details.js";
import type { DiagnosticCode } from "../diagnostics.js";

const PAIR = /^\s*(\d{4})-(2[1-9]|3\d|4[01])\s*$/;

/**
 * The warning for a date written as a year, a hyphen and a part of it that is also the next year's
 * last two digits; undefined for any other text.
 *
 * @example
 * ```ts
 * seasonOrYears("2021-22"); // { code: "date-reinterpreted", detail: "summer 2021, EDTF's season 22; for the years 2021 to 2022, write 2021/2022", readings: ["2021-22", "2021/2022"] }
 * seasonOrYears("2008-22"); // undefined: the year 2022 is not 2008's next
 * ```
 */
export function seasonOrYears(text: string): { code: DiagnosticCode; detail: string; readings: string[] } | undefined {
  const m = PAIR.exec(text);
  if (!m) return undefined;
  const [y, n] = [Number(m[1]), Number(m[2])];
  if ((y + 1) % 100 !== n) return undefined;
  return { code: "date-reinterpreted", detail: seasonNotYears(`${SEASON_NAMES[n] ?? ""} ${y}`, n, y, y + 1), readings: [`${m[1]}-${m[2]}`, `${m[1]}/${y + 1}`] };
}
