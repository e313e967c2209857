/**
 * Days of the Solar Hijri calendar (Iran's and Afghanistan's civil calendar) as Gregorian days,
 * found with the platform's own Persian calendar (`Intl`, ICU): the same tables the reader's
 * system uses to write them, so a day read back is the day written.
 *
 * @module
 */

const DAY = 86_400_000;
let persian: Intl.DateTimeFormat | undefined;

// The Solar Hijri year, month and day of a Gregorian day (ms at its midnight UTC).
function partsOf(ms: number): [number, number, number] {
  persian ??= new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
  const parts = persian.formatToParts(ms);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [value("year"), value("month"), value("day")];
}

/**
 * The Gregorian day (ms at its midnight UTC) of day `d` of month `m` of Solar Hijri year `y`, or
 * undefined when that day does not exist (31 Mehr; 30 Esfand outside a leap year).
 *
 * @example
 * ```ts
 * new Date(persianDay(1387, 3, 18)!).toISOString().slice(0, 10); // "2008-06-07"
 * ```
 */
export function persianDay(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  // 1 Farvardin falls on 20 or 21 March; the first six months have 31 days, the next five 30.
  const guess = Date.UTC(y + 621, 2, 20) + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * DAY;
  for (const shift of [0, 1, -1, 2, -2]) {
    const ms = guess + shift * DAY;
    const [py, pm, pd] = partsOf(ms);
    if (py === y && pm === m && pd === d) return ms;
  }
  return undefined;
}

/**
 * The first and last Gregorian days (ms at midnight UTC) of month `m` of Solar Hijri year `y`.
 *
 * @example
 * ```ts
 * persianMonth(1387, 3).map((ms) => new Date(ms).toISOString().slice(0, 10)); // ["2008-05-21", "2008-06-20"]
 * ```
 */
export function persianMonth(y: number, m: number): [number, number] {
  const first = persianDay(y, m, 1)!;
  const next = m === 12 ? persianDay(y + 1, 1, 1)! : persianDay(y, m + 1, 1)!;
  return [first, next - DAY];
}

/**
 * A Solar Hijri month's name in English ("Khordad"), for what the readers say.
 *
 * @example
 * ```ts
 * persianMonthName(3); // "Khordad"
 * ```
 */
export function persianMonthName(m: number): string {
  return new Intl.DateTimeFormat("en-u-ca-persian", { month: "long", timeZone: "UTC" }).format(persianDay(1387, m, 15));
}
