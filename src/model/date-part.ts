import type { Spelling } from "./date-spelling.js";
import { withoutReadings } from "./date-readings.js";
import { monthWords, two, validDay } from "./date-spelled.js";
import { noThirds, oneOfYears, someDayOf, thirdOf } from "../messages/details-words.js";

/**
 * "Early June 2008", "mid-2020", "the late 1990s": a date known only to a part of a month, year,
 * decade or century, as reporters write one. EDTF has no word for "early", so the part is read as
 * the third it names, at the precision the text states, and the warning says which:
 *
 * - of a month, some day of its first, middle or last ten days (the 1st–10th, 11th–20th, 21st to
 *   its end), an EDTF set of days ("[2008-06-01..2008-06-10]");
 * - of a year, its first, second or last third (EDTF's four-month seasons 37–39: "2020-37");
 * - of a decade, some year of 0–3, 4–6 or 7–9 ("[1990..1993]"); of a century, of its thirds.
 *
 * @module
 */

const PART = /^(?:the )?(early|mid|middle|late)[\s-]+(?:of )?(.+)$/i;
const THIRD: Record<string, 0 | 1 | 2> = { early: 0, mid: 1, middle: 1, late: 2 };

/**
 * Read "early", "mid" or "late" before a month, year, decade or century (as `inner` reads the rest),
 * as the third it names, with a `date-reinterpreted` warning saying which. Undefined when the text
 * starts with no such word; the inner reading's refusal when the rest is no date; a refusal when it
 * is a day, a season or a span, which have no thirds.
 *
 * @example
 * ```ts
 * partSpelling("early June 2008", normalizeSpelling)?.edtf; // "[2008-06-01..2008-06-10]"
 * partSpelling("mid-2020", normalizeSpelling)?.edtf;        // "2020-38"
 * partSpelling("the late 1990s", normalizeSpelling)?.edtf;  // "[1997..1999]"
 * ```
 */
export function partSpelling(text: string, inner: (text: string) => Spelling): Spelling | undefined {
  const m = PART.exec(text);
  if (!m) return undefined;
  const third = THIRD[(m[1] ?? "").toLowerCase()]!;
  const read = inner(m[2] ?? "");
  // An ambiguous date's readings are not its part's: "early 1900s" names no one of 190X and 19XX.
  if (!read.ok) return withoutReadings(read);
  const edtf = read.edtf;
  const said = (to: string, detail: string): Spelling => ({ ok: true, edtf: to, warning: { code: "date-reinterpreted", detail } });
  const month = /^(\d{4})-(\d{2})$/.exec(edtf);
  if (month && Number(month[2]) <= 12) {
    const [y, mo] = [Number(month[1]), Number(month[2])];
    let last = 31;
    while (last > 28 && !validDay(y, mo, last)) last--;
    const [from, to] = [[1, 10], [11, 20], [21, last]][third]!;
    return said(`[${edtf}-${two(from!)}..${edtf}-${two(to!)}]`, someDayOf(from!, to!, monthWords(y, mo)));
  }
  if (/^\d{4}$/.test(edtf)) return said(`${edtf}-${37 + third}`, thirdOf(third, edtf));
  const decade = /^(\d{3})X$/.exec(edtf);
  if (decade) {
    const [from, to] = [[0, 3], [4, 6], [7, 9]][third]!;
    return said(`[${decade[1]}${from}..${decade[1]}${to}]`, oneOfYears(`${decade[1]}${from}`, `${decade[1]}${to}`));
  }
  const century = /^(\d{2})XX$/.exec(edtf);
  if (century) {
    const [from, to] = [[0, 33], [34, 66], [67, 99]][third]!;
    const [a, b] = [`${century[1]}${two(from!)}`, `${century[1]}${two(to!)}`];
    return said(`[${a}..${b}]`, oneOfYears(a, b));
  }
  return { ok: false, code: "date-invalid", detail: noThirds(m[1] ?? "", edtf), reason: "part-needs-span" };
}
