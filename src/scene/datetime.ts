/**
 * A date's element in the lists and cards: HTML's `<time>` where HTML can say the date, and the
 * EDTF, which can say more, beside it.
 *
 * @module
 */
import { h, type SceneElement, type SceneNode } from "./node.js";

// A year of four digits or more, a month of it, a day, and a time of day with seconds and a zone
// or not (HTML's zone has its minutes: EDTF's "+03" is no `datetime`): the forms a `datetime`
// attribute holds that EDTF writes the same way. Checked by number
// below: no year 0, no month past 12 (EDTF's 21–24 are seasons), no day past its month.
const SHAPE = /^(\d{4,})(?:-(\d\d)(?:-(\d\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:?\d\d)?)?)?)?$/;

/**
 * The date an EDTF text names, as HTML's `datetime` attribute writes it, or `undefined` where HTML
 * has no way to say it: a span, a season, a doubtful or approximate date, unknown digits, a year
 * before the common era, a set.
 *
 * @example
 * ```ts
 * htmlDatetime("2008-06-07"); // "2008-06-07"
 * htmlDatetime("2008-06-07/2008-06-09"); // undefined
 * htmlDatetime("2008-21"); // undefined (summer 2008)
 * ```
 */
export function htmlDatetime(edtf: string): string | undefined {
  const m = SHAPE.exec(edtf);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  // The month's last day, in that year (setUTCFullYear, since Date.UTC reads 0–99 as 1900–1999).
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return year === 0 || month < 1 || month > 12 || day < 1 || day > last.getUTCDate() ? undefined : edtf;
}

/**
 * A date's element: `<time datetime>` where HTML can say the date, otherwise a `<span>` (a `<time>`
 * with no `datetime` must hold a date HTML reads in its words). Both carry the EDTF in
 * `data-edtf`, for a reader of the page's markup that wants what HTML cannot say.
 *
 * @example
 * ```ts
 * dateElement("2008-06-07/2008-06-09", "7–9 June 2008", { class: "cl-entry-when" });
 * // <span class="cl-entry-when" data-edtf="2008-06-07/2008-06-09">7–9 June 2008</span>
 * ```
 */
export function dateElement(edtf: string, children: readonly SceneNode[] | string, attrs: Readonly<Record<string, string>> = {}): SceneElement {
  const datetime = htmlDatetime(edtf);
  return h(datetime === undefined ? "span" : "time", { ...attrs, datetime, "data-edtf": edtf }, children);
}
