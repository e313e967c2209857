/**
 * A date known only from one side, as prose and sheets write it: "before 2008", "after June 2008",
 * "prior to 7 June 2008", "vor 2008", "avant juin 2008", "antes de 2008", "dopo il 2008",
 * "2008'den önce", "قبل 2008", "پیش از ۱۸ خرداد ۱۳۸۷", "לפני 2008". EDTF says it as a one-of set open at
 * one end, which is inclusive: "before 2008" is on or before 2007 (`[..2007]`), "after June 2008"
 * on or after July 2008 (`[2008-07..]`), at the precision written. That changes the number a
 * reader sees, so it is read with a `date-reinterpreted` warning that says so.
 *
 * Only a day, a month or a year of the common era or before it: "before summer 2008", "after c.
 * 1900" or "before 1980–1988" have no one unit before or after them, and are refused as no date.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";
import { inWords } from "./date-spelling-words.js";
import { iso, two, year } from "./date-spelled.js";
import { oneSide } from "../messages/details-words.js";

// The word before the date (a space after it), in English and the interface's languages.
// Dutch's and Portuguese's "na" is left out: it is "in the" in Portuguese.
const BEFORE = /^(?:before|prior to|earlier than|vor|avant|antes del?|prima del(?:l['’])?|prima di|voor|vóór|قبل|پیش از|قبل از|לפני) (.+)$/i;
const AFTER = /^(?:after|later than|nach|après|después del?|dopo(?: il| l['’])?|depois de|بعد|پس از|بعد از|אחרי) (.+)$/i;
// Turkish says it after the date, with the ablative ("2008'den önce", "Haziran 2008'den sonra").
const TURKISH = /^(.+?)['’]?(?:d|t)[ae]n (önce|sonra)$/i;
const UNIT = /^(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?$/;

/**
 * Read "before …" or "after …" as the date it bounds, by `read`, and one unit past it; undefined
 * when the text says neither.
 *
 * @example
 * ```ts
 * sideSpelling("before 2008", normalizeSpelling); // { ok: true, edtf: "[..2007]", warning: … }
 * sideSpelling("after June 2008", normalizeSpelling); // { ok: true, edtf: "[2008-07..]", warning: … }
 * ```
 */
export function sideSpelling(text: string, read: (text: string) => Spelling): Spelling | undefined {
  const said = sideOf(text);
  if (!said) return undefined;
  const [side, written] = said;
  const date = read(written.trim());
  // What follows that is no date is not this reader's (the others may read the whole); an
  // ambiguous date is refused naming its readings.
  if (!date.ok) return date.code === "date-invalid" && date.reason === undefined && date.detail === undefined ? undefined : date;
  const unit = UNIT.exec(date.edtf);
  // EDTF's months 21 to 24 are seasons, which have no one unit next to them.
  if (!unit || Number(unit[2] ?? 1) > 12) return { ok: false, code: "date-invalid" };
  const bound = step(unit, side === "before" ? -1 : 1);
  const edtf = side === "before" ? `[..${bound}]` : `[${bound}..]`;
  const detail = oneSide(side, inWords(bound), edtf);
  return { ok: true, edtf, warning: { code: "date-reinterpreted", detail: date.warning ? `${date.warning.detail}; then ${detail}` : detail } };
}

// Which side the text says, and the date it says it of.
function sideOf(text: string): ["before" | "after", string] | undefined {
  const turkish = TURKISH.exec(text);
  if (turkish) return [turkish[2]!.toLowerCase() === "önce" ? "before" : "after", turkish[1]!];
  const before = BEFORE.exec(text);
  if (before) return ["before", before[1]!];
  const after = AFTER.exec(text);
  return after ? ["after", after[1]!] : undefined;
}

// The year, month or day one unit before (-1) or after (1) the one matched, in EDTF.
function step(unit: RegExpExecArray, by: 1 | -1): string {
  const [, y, m, d] = unit;
  const at = new Date(0);
  at.setUTCFullYear(Number(y), m === undefined ? 0 : Number(m) - 1, d === undefined ? 1 : Number(d));
  if (d !== undefined) at.setUTCDate(at.getUTCDate() + by);
  else if (m !== undefined) at.setUTCMonth(at.getUTCMonth() + by);
  else at.setUTCFullYear(at.getUTCFullYear() + by);
  const stepped = at.getUTCFullYear();
  return d !== undefined ? iso(stepped, at.getUTCMonth() + 1, at.getUTCDate()) : m !== undefined ? `${year(stepped)}-${two(at.getUTCMonth() + 1)}` : year(stepped);
}
