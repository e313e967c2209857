/**
 * EDTF season codes and the months they cover. The `edtf` package reads the codes but treats
 * 21–24 as calendar quarters, which would put "summer 2008" in April–June; a timeline that says
 * "this summer" needs June–August. So citeline bounds seasons itself. Their names are words, in
 * each language's `dates` messages (`seasons`).
 */
import { datesEn } from "../messages/dates.js";

/** `YYYY-SS` with an optional qualifier: a season, read here rather than by the edtf package. */
export const SEASON_PATTERN = /^(-?\d{4})-(2[1-9]|3\d|4[01])([?~%])?$/;

// [first month (0-based), number of months] per code. 21–24 are read as northern-hemisphere
// meteorological seasons, the reading of a newsroom that writes "summer"; 25–28 say so explicitly,
// 29–32 are the southern ones. A winter starts in December of its year.
const SEASONS: Record<number, [number, number]> = {
  21: [2, 3], 22: [5, 3], 23: [8, 3], 24: [11, 3],
  25: [2, 3], 26: [5, 3], 27: [8, 3], 28: [11, 3],
  29: [8, 3], 30: [11, 3], 31: [2, 3], 32: [5, 3],
  33: [0, 3], 34: [3, 3], 35: [6, 3], 36: [9, 3],
  37: [0, 4], 38: [4, 4], 39: [8, 4],
  40: [0, 6], 41: [6, 6],
};

/** The English name of each season code: what everyday spellings of dates ("summer 2008") are read by. */
export const SEASON_NAMES: Readonly<Record<number, string>> = datesEn.seasons;

/**
 * UTC bounds (inclusive) of season `code` of `year`, or undefined for a code that is not a season.
 *
 * @example
 * ```ts
 * seasonBounds(2008, 22); // [Date.UTC(2008, 5, 1), Date.UTC(2008, 8, 1) - 1]: June–August 2008
 * ```
 */
export function seasonBounds(year: number, code: number): [number, number] | undefined {
  const season = SEASONS[code];
  if (!season) return undefined;
  const [month, length] = season;
  return [utc(year, month), utc(year, month + length) - 1];
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return d.getTime();
}
