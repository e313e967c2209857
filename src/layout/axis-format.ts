/**
 * The axis's labels in the Gregorian calendar, written from a language's patterns (its
 * `axisFormat`: "HH:mm", "MMM", "d. MMMM", "d 'de' MMMM") with the locale's own month names, in
 * UTC wherever the page is.
 *
 * Why not date-fns's `format`: it reads every pattern letter there is, and the axis writes five;
 * it was 3 KB of the script-tag page. (Its first compile also fell in the first zoom step to
 * months, but the zoom's frames read the same without it: docs/performance.md, "The session of 4
 * December, from 20:09".) The month names are still date-fns's, from the locale, as `format` took
 * them (`localize.month`, formatting context); a test holds every language's patterns to
 * `format`'s output.
 *
 * @module
 */
import type { Locale } from "date-fns";

// The letters the languages' patterns use, and text between single quotes ('' is a quote).
const TOKENS = /'((?:[^']|'')*)'|MMMM|MMM|HH|mm|d/g;

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The label of `date` (its UTC fields) in `pattern`, month names from `locale`: pattern letters
 * `d` (day), `MMM` and `MMMM` (abbreviated and wide month), `HH` and `mm` (hours and minutes, two
 * digits), and 'quoted' text; any other character stands as written.
 *
 * @example
 * ```ts
 * axisLabel("d 'de' MMMM", new Date(Date.UTC(2008, 5, 8)), es); // "8 de junio"
 * axisLabel("HH:mm", new Date(Date.UTC(2008, 5, 8, 9, 5)), enGB); // "09:05"
 * ```
 */
export function axisLabel(pattern: string, date: Date, locale: Locale): string {
  return pattern.replace(TOKENS, (token: string, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === "" ? "'" : quoted.replaceAll("''", "'");
    if (token === "d") return String(date.getUTCDate());
    if (token === "HH") return two(date.getUTCHours());
    if (token === "mm") return two(date.getUTCMinutes());
    return locale.localize.month(date.getUTCMonth() as Parameters<Locale["localize"]["month"]>[0], { width: token === "MMM" ? "abbreviated" : "wide", context: "formatting" });
  });
}
