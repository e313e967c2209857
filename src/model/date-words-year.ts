/**
 * Years and stretches of years in words: what a date with unknown digits (`156X`, `19XX`) or
 * significant digits (`1950S2`) says about its year.
 *
 * @module
 */

/**
 * A year in words from its astronomical number: 2008 → "2008", 0 → "1 BCE", -753 → "754 BCE".
 *
 * @example
 * ```ts
 * yearWords(-753); // "754 BCE"
 * ```
 */
export function yearWords(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/**
 * A run of years in words: a decade as "1980s" ("1900–1909" where "1900s" would also name the
 * century), a century or millennium as its first and last year ("1900–1999"), so that `190X`,
 * `19XX` and `1XXX` never read the same.
 *
 * @example
 * ```ts
 * yearsWords(1980, 1989); // "1980s"
 * yearsWords(1900, 1999); // "1900–1999"
 * ```
 */
export function yearsWords(first: number, last: number): string {
  if (first > 0 && last - first === 9 && first % 10 === 0 && first % 100 !== 0) return `${first}s`;
  if (first > 0) return `${first}–${last}`;
  return `${yearWords(first)} – ${yearWords(last)}`;
}

/** The year part of EDTF text with unknown digits (`156X-12-25` → 1560–1569), or undefined. */
export function unspecifiedYears(edtf: string): [number, number] | undefined {
  const m = /^(-?)([\dX]{4})(?:-|$)/.exec(edtf);
  if (!m || !m[2]?.includes("X")) return undefined;
  const sign = m[1] === "-" ? -1 : 1;
  const low = Number(m[2].replace(/X/g, "0"));
  const high = Number(m[2].replace(/X/g, "9"));
  return sign > 0 ? [low, high] : [-high, -low];
}

/**
 * What a date with unknown digits says, or undefined when it has none: "25 December, some year of
 * the 1560s", "December, some year of 1000–1999", "some month of 1984".
 *
 * @example
 * ```ts
 * unspecifiedWords("156X-12-25", (m) => MONTHS[m], (d, m) => `${d} ${MONTHS[m]}`); // "25 December, some year of the 1560s"
 * ```
 */
export function unspecifiedWords(edtf: string, month: (m: number) => string, dayMonth: (d: number, m: number) => string): string | undefined {
  const m = /^(-?[\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?$/.exec(edtf.replace(/[?~%]/g, ""));
  if (!m || !edtf.includes("X")) return undefined;
  const years = unspecifiedYears(edtf);
  const yearText = years ? `some year of ${years[1] - years[0] === 9 && years[0] > 0 && years[0] % 100 !== 0 ? "the " : ""}${yearsWords(years[0], years[1])}` : yearWords(Number(m[1]));
  const mm = m[2];
  const dd = m[3];
  const knownMonth = mm !== undefined && !mm.includes("X") ? Number(mm) - 1 : undefined;
  const knownDay = dd !== undefined && !dd.includes("X") ? Number(dd) : undefined;
  if (knownMonth !== undefined && knownDay !== undefined) return `${dayMonth(knownDay, knownMonth)}, ${yearText}`;
  if (knownMonth !== undefined) return years ? `${month(knownMonth)}, ${yearText}` : `${month(knownMonth)} ${yearText}`;
  if (knownDay !== undefined) return `day ${knownDay} of some month, ${yearText}`;
  if (years) return yearsWords(years[0], years[1]);
  if (mm !== undefined && mm !== "XX") {
    // "1984-1X": one of October to December.
    const first = Math.max(1, Number(mm.replace("X", "0")));
    const last = Math.min(12, Number(mm.replace("X", "9")));
    return `${month(first - 1)}–${month(last - 1)} ${yearText}`;
  }
  if (mm !== undefined) return `some month of ${yearText}`;
  return years ? yearsWords(years[0], years[1]) : yearText;
}
