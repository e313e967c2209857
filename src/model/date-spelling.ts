/**
 * Everyday spellings of dates rewritten to EDTF ("7/6/2008", "1980–1988", "c. 1900", "2008-06-07
 * 14:30"), with the reader of month names (./date-names.ts). A page whose dates are EDTF or epoch
 * ms needs none of it: the browser builds swap in src/browser/date-spelling.ts, which passes EDTF
 * through and loads this on demand (the `"words"` part).
 *
 * @module
 */
import type { DateReason, LoadingOption } from "../diagnostics.js";
import type { DiagnosticCode } from "../diagnostics.js";
import type { DateFormat } from "../types.js";
import { asciiDigits, calendarAmbiguity } from "./date-calendar-ambiguity.js";
import { dateTime } from "./date-clock.js";
import { eraSpelling } from "./date-era.js";
import { unitSpelling } from "./date-units.js";
import { vietnameseSpelling } from "./date-vietnamese.js";
import { thaiSpelling } from "./date-thai.js";
import { nameSpelling } from "./date-names.js";
import { partSpelling } from "./date-part.js";
import { rangeSpelling } from "./date-spelling-range.js";
import { choiceSpelling } from "./date-spelling-choice.js";
import { openSpelling } from "./date-spelling-open.js";
import { sideSpelling } from "./date-spelling-side.js";
import { prepositionSpelling } from "./date-preposition.js";
import { numeric } from "./date-numeric.js";
import { two } from "./date-spelled.js";
import { partOfYear, wordSpelling } from "./date-spelling-words.js";
import { withoutReadings } from "./date-readings.js";
import { twoDigitYear } from "./date-refusals.js";
import { readsWithCentury, withFullYear } from "./date-two-digit-years.js";
import { DAY_OR_YEAR_SHORT, QUALIFIED_SPAN, toTheMs, TWO_DIGIT_YEAR_SHORT } from "../messages/details-words.js";

/**
 * A date spelling rewritten to EDTF, or the reason it cannot be; a refusal as ambiguous names each
 * reading in EDTF too (`readings`, in the order `detail` says them), which every language can write.
 */
export type Spelling =
  | { ok: true; edtf: string; warning?: { code: DiagnosticCode; detail: string; readings?: string[] } }
  | { ok: false; code: DiagnosticCode; detail?: string; readings?: string[]; reason?: DateReason; option?: LoadingOption };

/** How a whole input spells its dates. */
interface SpellingOptions {
  /** Day–month order of all-numeric dates (`7/6/2008`); without it both orders are refused. */
  dateFormat?: DateFormat;
  /** The first year a two-digit year (`5/31/17`) can be; without it such dates are refused. */
  twoDigitYearsFrom?: number;
}

// The most characters read as a date in words, and the characters of EDTF's dates and sets.
const WORDS_AT_MOST = 200;
const EDTF_ONLY = /^[\s\dXSEYpTZ:.+,[\]{}/~?%-]+$/;

// The qualifiers citeline prints after a date in words ("June 2008 (approximate)"), as EDTF marks.
const QUALIFIER_MARKS: Record<string, string> = { approximate: "~", uncertain: "?", "approximate, uncertain": "%" };

// The order of day and month a data's own dates show goes with the readers (in a browser, in
// citeline-words.js): only they refuse a date as readable either way.
export { orderSeen } from "./date-order.js";

/**
 * Rewrite what people commonly type into EDTF, at the precision the text states, refusing what
 * could be read two ways. Text that is already EDTF passes through untouched.
 *
 * @example
 * ```ts
 * normalizeSpelling("754 BCE");          // { ok: true, edtf: "-0753" }
 * normalizeSpelling("Summer 2008");      // { ok: true, edtf: "2008-22" }
 * normalizeSpelling("2008-06-07 14:30"); // { ok: true, edtf: "2008-06-07T14:30" }
 * normalizeSpelling("2008-06-07 00:00:00").edtf; // "2008-06-07", with a warning: a sheet's date alone
 * normalizeSpelling("03/04/2008");       // { ok: false, code: "date-ambiguous", detail: "3 April 2008 or 4 March 2008", readings: ["2008-04-03", "2008-03-04"] }
 * normalizeSpelling("03/04/2008", { dateFormat: "DMY" }); // { ok: true, edtf: "2008-04-03" }
 * ```
 */
export function normalizeSpelling(raw: string, options: SpellingOptions = {}): Spelling {
  // The longest date people write in words, its weekday, time, qualifier and range's other end
  // included, is under a hundred characters. The readers read a part at a time and hand on the
  // rest, one call deeper each time: thousands of "c. " or " -" threw RangeError (the call stack).
  // Longer text of EDTF's characters alone (a set of many dates) is the EDTF reader's, as written.
  if (raw.length > WORDS_AT_MOST) return EDTF_ONLY.test(raw) && raw.trim() !== "" ? { ok: true, edtf: raw.trim() } : { ok: false, code: "date-invalid" };
  // The marks that keep a date's digits in order beside Arabic letters (`Intl` writes "٧‏/٦‏/٢٠٠٨")
  // are not part of it.
  const written = nativeDigits(raw.replace(/[\u200e\u200f\u061c]/g, "").trim().replace(/\s+/g, " "));
  if (written === "") return { ok: false, code: "date-invalid" };
  // Arabic and Persian digits read as any digits, once no year of numbers alone may be Hijri.
  const ascii = asciiDigits(written);
  const text = withFullYear(ascii ?? written, options.twoDigitYearsFrom);
  const read = spelled(text, ascii !== undefined, options);
  // A two-digit year the option would have read is refused naming the option, whatever reader
  // refused it. "Apr-00", no day 0, went on to the EDTF reader as written (its edtf the text), and
  // was refused there with no reason at all.
  if (options.twoDigitYearsFrom !== undefined || (read.ok && read.edtf !== text) || !readsWithCentury(text) || !centuryReads(text, ascii !== undefined, options)) return read;
  if (read.ok) return { ...twoDigitYear(TWO_DIGIT_YEAR_SHORT), option: "twoDigitYearsFrom" };
  if (read.reason === undefined || read.reason === "two-digit-year") return { ...read, detail: TWO_DIGIT_YEAR_SHORT, reason: "two-digit-year", option: "twoDigitYearsFrom" };
  return read.reason === "day-without-year" ? { ...read, detail: DAY_OR_YEAR_SHORT, option: "twoDigitYearsFrom" } : read;
}

// Whether `twoDigitYearsFrom` would read `text` in one hundred years or the next (29 February of
// '00 is a day in 2000 only), or at least narrow it to a choice of day and month: "31/2/17" has no
// day in any, and its refusal does not name the option.
function centuryReads(text: string, digitsOfArabic: boolean, options: SpellingOptions): boolean {
  return [1900, 2000].some((from) => {
    const full = withFullYear(text, from);
    const read = spelled(full, digitsOfArabic, { ...options, twoDigitYearsFrom: from });
    // Given back as written, it is left to the EDTF reader: a year ("1908") it reads, but not text
    // that begins otherwise ("31-Feb-1915").
    return (read.ok && (read.edtf !== full || /^-?\d{4}/.test(full))) || (!read.ok && read.code === "date-ambiguous");
  });
}

// The readers in turn, the first that knows the text's form deciding.
function spelled(text: string, digitsOfArabic: boolean, options: SpellingOptions): Spelling {
  // A part that reads as a time not known alone ("unknown": "" stands for it) is no part of a date.
  // A year in Persian or Arabic digits is ambiguous in a part as alone ("از ۱۳۸۲ تاکنون"): the
  // text's digits were made ASCII before its parts were cut.
  const part = (one: string): Spelling => {
    const read = calendarAmbiguity(one, digitsOfArabic) ?? normalizeSpelling(one, options);
    return read.ok && read.edtf === "" ? { ok: false, code: "date-invalid" } : read;
  };
  return (
    calendarAmbiguity(text, digitsOfArabic) ??
    eraSpelling(text) ??
    unitSpelling(text) ??
    vietnameseSpelling(text) ??
    thaiSpelling(text) ??
    partOfYear(text) ??
    openSpelling(text, part) ??
    sideSpelling(text, part) ??
    prepositionSpelling(text, part) ??
    choiceSpelling(text, part) ??
    rangeSpelling(text, part, options.dateFormat) ??
    qualified(text, options) ??
    circa(text, options) ??
    partSpelling(text, part) ??
    subMillisecond(text, options) ??
    machineOrder(text, options) ??
    dateTime(text, part) ??
    numeric(text, options.dateFormat) ??
    wordSpelling(text, nameSpelling) ??
    nameSpelling(text) ?? { ok: true, edtf: padIso(text) }
  );
}

// The zeros of the digits of India's, Bangladesh's, Thailand's, Myanmar's, Cambodia's and Laos's scripts, as
// `Intl` writes dates in Marathi, Nepali, Bengali or Burmese ("७ जून, २००८", "৭ জুন, ২০০৮"): read
// as ASCII digits. Arabic and Persian digits are read apart (./date-calendar-ambiguity.ts): a
// year in them may be of another calendar.
const DIGIT_ZEROS = [0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0x17e0];
const NATIVE_DIGITS = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, "0")}-\\u${(z + 9).toString(16).padStart(4, "0")}`).join("")}]`, "gu");

function nativeDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, (c) => {
    const code = c.charCodeAt(0);
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

// "June 2008 (approximate)" is how citeline writes a qualified date; it reads back as written.
function qualified(text: string, options: SpellingOptions): Spelling | undefined {
  const m = /^(.+?),? ?\((approximate|uncertain|approximate, uncertain)\)$/i.exec(text);
  if (!m) return undefined;
  return qualify(normalizeSpelling(m[1] ?? "", options), QUALIFIER_MARKS[(m[2] ?? "").toLowerCase()] ?? "~");
}

function circa(text: string, options: SpellingOptions): Spelling | undefined {
  // "c." and "ca." with or without the point; a bare "c" only right before the year ("c1900").
  // "ca" and "circa" before a space or the year, "about" and "around" before a space: "cats" and
  // "abouts" are no dates ("cats" was refused as an approximate span).
  const m = /^(?:c\.|c(?=\d)|ca\.|(?:ca|circa)(?=[ \d])|(?:about|around)(?= )) ?(.+)$/i.exec(text);
  if (!m) return undefined;
  return qualify(normalizeSpelling(m[1] ?? "", options), "~");
}

// EDTF marks a year, month, day or season as approximate; the `edtf` package refuses a mark on a
// decade (197X~) or a time, and one mark on an interval would not say which end. Dropping the
// "circa" would claim more certainty than the text does, so those are refused.
// The qualifiers EDTF puts on a year, a month or a day.
const QUALIFIABLE = /^-?\d{4}(?:-\d{2}){0,2}$/;

function qualify(inner: Spelling, mark: string): Spelling {
  // An ambiguous date's readings, each qualified as the text is ("c. 03/04/2008": 2008-04-03~).
  if (!inner.ok) return inner.readings?.every((r) => QUALIFIABLE.test(r)) ? { ...inner, readings: inner.readings.map((r) => r + mark) } : withoutReadings(inner);
  if (!QUALIFIABLE.test(inner.edtf)) {
    return { ok: false, code: "date-unsupported", detail: QUALIFIED_SPAN, reason: "qualified-span" };
  }
  return { ...inner, edtf: inner.edtf + mark };
}

// Twitter's `created_at` ("Wed Oct 10 20:19:24 +0000 2018") and JavaScript's Date#toString ("Sun
// Jun 08 2008 14:30:00 GMT+0000 (Coordinated Universal Time)", what `String(date)` writes into a
// sheet) and toDateString: RFC 1123's date in another order, read as that, its weekday checked.
function machineOrder(text: string, options: SpellingOptions): Spelling | undefined {
  const m = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d{2})(?: (\d{4}))?(?: (\d{2}:\d{2}:\d{2}) (?:GMT)?([+-]\d{4})(?: (\d{4}))?(?: \([^)]*\))?)?$/.exec(text);
  const year = m?.[4] ?? m?.[7];
  if (!m || !year || (m[4] && m[7])) return undefined;
  return normalizeSpelling(`${m[1]}, ${m[3]} ${m[2]} ${year}${m[5] ? ` ${m[5]} ${m[6]}` : ""}`, options);
}

// Python's `isoformat` and pandas write microseconds, which EDTF and citeline (to the millisecond,
// as a Date keeps time) cannot hold: read to the millisecond, said.
function subMillisecond(text: string, options: SpellingOptions): Spelling | undefined {
  const m = /^(\S+[T ]\d{2}:\d{2}:\d{2}\.\d{3})\d+(\D.*)?$/.exec(text);
  if (!m) return undefined;
  const read = normalizeSpelling(`${m[1]}${m[2] ?? ""}`, options);
  if (!read.ok || read.warning) return read;
  return { ok: true, edtf: read.edtf, warning: { code: "date-reinterpreted", detail: toTheMs(read.edtf) } };
}

// EDTF wants two-digit months and days; "2008-6-8" is unambiguous, so pad it.
function padIso(text: string): string {
  const m = /^(-?\d{4})-(\d{1,2})(?:-(\d{1,2}))?([?~%]?)$/.exec(text);
  if (!m) return text;
  return `${m[1]}-${two(Number(m[2]))}${m[3] === undefined ? "" : `-${two(Number(m[3]))}`}${m[4]}`;
}
