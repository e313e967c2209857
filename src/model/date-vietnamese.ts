/**
 * Dates as Vietnamese writes them: its months are numbered after the word for month ("7 tháng 6,
 * 2008", "Thứ Bảy, 7 tháng 6, 2008", "7 thg 6, 2008", as `Intl` writes them; "ngày 7 tháng 6 năm
 * 2008", as its papers do), a month alone with its year ("tháng 6 năm 2008"), and a numeric date,
 * day first, after the word for day ("ngày 7/6/2008"). Each was refused, with no reason.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";
import { iso, monthWords, noSuchDay, noSuchMonth, validDay, words, year } from "./date-spelled.js";
import { twoDigitYear, wrongWeekday } from "./date-refusals.js";
import { weekdayNames } from "./date-language-names.js";

// "ngày" (day), "tháng" or "thg" (month), "năm" (year); a weekday first, before a comma.
const DAY = /^(?:((?:thứ|chủ nhật|cn)[^,]*?),? )?(?:ngày )?(\d{1,2}) (?:tháng|thg) (\d{1,2})(?:,? (?:năm )?| năm )(\d+)$/iu;
const NUMBERED = /^(?:((?:thứ|chủ nhật|cn)[^,]*?),? )?ngày (\d{1,2})([/.-])(\d{1,2})\3(\d+)$/iu;
const MONTH = /^(?:tháng|thg) (\d{1,2})(?:,? (?:năm )?| năm |\/)(\d+)$/iu;
const WORDS = /tháng|thg|ngày/iu;

let weekdays: Map<string, number> | undefined;

/**
 * A day or month written as Vietnamese writes one, as EDTF; undefined for other text; a refusal,
 * with its reason, for a year of two digits, a day or month that does not exist, or a weekday
 * that is not the day's.
 *
 * @example
 * ```ts
 * vietnameseSpelling("Thứ Bảy, 7 tháng 6, 2008"); // { ok: true, edtf: "2008-06-07" }
 * vietnameseSpelling("tháng 6 năm 2008");         // { ok: true, edtf: "2008-06" }
 * ```
 */
export function vietnameseSpelling(raw: string): Spelling | undefined {
  if (!WORDS.test(raw)) return undefined;
  // Text copied from some pages spells its accents as separate marks.
  const text = raw.normalize("NFC");
  const month = MONTH.exec(text);
  if (month) return monthOf(Number(month[1]), month[2] ?? "");
  const day = DAY.exec(text);
  const numbered = day ? undefined : NUMBERED.exec(text);
  if (!day && !numbered) return undefined;
  const [weekday, d, m, y] = day ? [day[1], day[2], day[3], day[4]] : [numbered?.[1], numbered?.[2], numbered?.[4], numbered?.[5]];
  const read = dayOf(Number(d), Number(m), y ?? "", weekday);
  // Numbers alone, read day first as Vietnamese writes them: said.
  return numbered && read?.ok ? { ...read, warning: { code: "date-reinterpreted", detail: words(Number(y), Number(m), Number(d)) } } : read;
}

function monthOf(m: number, yearText: string): Spelling | undefined {
  if (yearText.length > 4) return undefined;
  if (yearText.length < 3) return twoDigitYear();
  if (m < 1 || m > 12) return noSuchMonth(String(m));
  return { ok: true, edtf: `${year(Number(yearText))}-${String(m).padStart(2, "0")}` };
}

function dayOf(d: number, m: number, yearText: string, weekday: string | undefined): Spelling | undefined {
  const written = weekday === undefined ? undefined : weekdayOf(weekday);
  // Words before the day that are no weekday: no date of this reader's.
  if (weekday !== undefined && written === undefined) return undefined;
  const month = monthOf(m, yearText);
  if (!month?.ok) return month;
  const y = Number(yearText);
  if (!validDay(y, m, d)) return noSuchDay(monthWords(y, m), d);
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  if (written !== undefined && at.getUTCDay() !== written) return wrongWeekday(y, m, d, at.getUTCDay());
  return { ok: true, edtf: iso(y, m, d) };
}

// Vietnamese's weekdays, long and short ("Thứ Bảy", "Thứ 7", "Chủ Nhật", "CN"), from `Intl`.
function weekdayOf(word: string): number | undefined {
  weekdays ??= weekdayNames(["vi"]);
  return weekdays.get(word.trim().toLowerCase());
}
