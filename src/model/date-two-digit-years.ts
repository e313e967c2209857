/**
 * Two-digit years read in the hundred years a `loadTimeline` caller names (`twoDigitYearsFrom`).
 * A sheet formatted `m/d/yy` exports "5/31/17": the cell held the whole date, the text keeps no
 * century, and without the option such dates are refused. With it, the year is written out before
 * the date is read, so every reader that follows (the order of day and month, a time, a range's
 * other end) reads it as a date of four digits.
 *
 * @module
 */

import { languageNames, nameScriptOf, plainWord } from "./date-language-names.js";
import { MONTHS } from "../messages/details.js";

// Each form whose year may have two digits, as the part before the year (kept), the year's
// digits, and whether a mark before them ("June '08") goes: a numeric date ("5/31/17", "31.05.17",
// "7. 6. 08"), Excel's d-mmm-yy ("28-May-15"), a German day ("8. Juni 08"), Excel's mmm-yy
// ("Jun-08", a month), a date in words with the month first ("June 8, 08"), and a month with its
// year marked ("June '08"); alone, or before a time or a range's other end; and a year of two
// digits alone ("99": without the option, the year 99, as every year written plainly is; "08", with a
// leading zero, is refused without it).
const FORMS: readonly RegExp[] = [
  /^()()()(\d{2})$/,
  /^(\d{1,2}([/.-]) ?\d{1,2}\2 ?)()(\d{2})(?=$|[\s,T])/,
  /^(\d{1,2}([- ])\p{L}+\.?\2)()(\d{2})(?=$|[\s,T])/u,
  /^(\d{1,2}\. \p{L}+\.?() )()(\d{2})(?=$|[\s,T])/u,
  /^(\p{L}+\.?()-)()(\d{2})(?=$|\s)/u,
  /^(\p{L}+\.? \d{1,2}(,?) )()(\d{2})(?=$|[\s,T])/u,
  /^(\p{L}+\.?() )(['’])(\d{2})(?=$|[\s,])/u,
];

// A month's name or its shortening, in English ("Sept") or as `Intl` writes it in a language of
// the word's script ("Juni", "juin").
function isMonth(word: string): boolean {
  const plain = plainWord(word);
  if (plain.length >= 3 && MONTHS.some((month) => month.toLowerCase().startsWith(plain))) return true;
  const script = nameScriptOf(word);
  return script !== undefined && languageNames(script).months.has(plain);
}

/**
 * `text` with its two-digit year written as the year from `from` on that ends in those digits;
 * `text` as it is without `from`, or with no such year.
 *
 * @example
 * ```ts
 * withFullYear("5/31/17", 1930); // "5/31/2017"
 * withFullYear("11/10/78 14:30", 1930); // "11/10/1978 14:30"
 * withFullYear("June 8, 08", 1930); // "June 8, 2008"
 * withFullYear("Jun-08", 1900); // "Jun-1908"
 * withFullYear("99", 1930); // "1999"
 * ```
 */
export function withFullYear(text: string, from: number | undefined): string {
  if (from === undefined) return text;
  for (const form of FORMS) {
    const m = form.exec(text);
    // The word must be a month's: "5 to 17" is the years 5 to 17, not a day of a month "to".
    const word = m && /\p{L}+/u.exec(m[1] ?? "")?.[0];
    if (!m || (word && !isMonth(word))) continue;
    const digits = Number(m[4]);
    let year = from - (from % 100) + digits;
    if (year < from) year += 100;
    return `${m[1]}${year}${text.slice(m[0].length)}`;
  }
  return text;
}

/**
 * Whether `twoDigitYearsFrom` would read `text`'s year: a refusal of it names the option.
 *
 * @example
 * ```ts
 * readsWithCentury("28-May-15"); // true
 * readsWithCentury("2008-06-07"); // false
 * ```
 */
export function readsWithCentury(text: string): boolean {
  // A year of two digits alone is read as written without the option ("99", the year 99), as every
  // plain year is: no refusal names it. With a leading zero ("08") it is no year anyone writes so,
  // but a short one: refused, naming the option.
  return !BARE.test(text) && withFullYear(text, 1900) !== text;
}

const BARE = /^[1-9]\d$/;
