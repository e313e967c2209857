import type { Spelling } from "./date-spelling.js";
import { endReadings, withoutReadings } from "./date-readings.js";
import { inWords } from "./date-spelling-words.js";
import { stillOrUnsaid } from "../messages/details-words.js";

/**
 * Spans with one end said in words, as news copy, Wikipedia, CVs and profile exports write them:
 * "2003–present", "Feb 2014 – Present", "2003 to date", "since 2003", "2003 onwards" (still going
 * on: EDTF's open end, `2003/..`), "until 2008" (a start not said: EDTF's unknown start,
 * `/2008`), and "present" alone, as an end field holds it (`..`). "2003–", an end left empty, is
 * refused with both of its readings: still going on, or ended at a time not said.
 *
 * The words are English's and those of the languages citeline's interface speaks (German, Spanish,
 * French, Italian, Dutch, Portuguese, Turkish, Arabic, Persian, Hebrew), with Russian's and
 * Ukrainian's, as Wikipedia in each writes an office still held ("2003–heute", "desde 2003",
 * "depuis 2003", "2003–günümüz", "с 2003 года", "2003 — н. в.", "منذ 2003", "از ۲۰۰۳ تاکنون", "מאז 2003").
 *
 * An end or start that a sheet says is not known ("unknown", "?", "TBD", "unbekannt", "inconnu",
 * "неизвестно", "غير معروف"), in a range ("c. 1200 – unknown", "? – 1988") or alone in its own
 * field, is EDTF's unknown end or start (`1200/`, `/1988`): the span drawn with the end it has,
 * where each dropped its event as no date.
 *
 * @module
 */

// The present, as the end of a span still going on: in English, German, French, Spanish,
// Italian, Dutch, Portuguese, Turkish, Russian, Ukrainian, Arabic, Persian and Hebrew; and an
// office still held, as a sheet of office-holders ends one ("Still in office", FiveThirtyEight's
// cabinet turnover; "im Amt", "en fonction", "en el cargo", "in carica", "no cargo").
const NOW = String.raw`(?:the |la |o |het )?(?:present|present day|now|today|ongoing|current|(?:still )?in office|incumbent|still serving|(?:noch )?im amt|amtierend|en fonction|en poste|en (?:el )?cargo|en funciones|in carica|no cargo|em funções|heute|gegenwart|aujourd['’]hui|présent|presente|actualidad|hoy|oggi|heden|nu|hoje|atualidade|günümüz|bugün|halen|н\. ?в\.|настоящее время|наст\. ?время|наши дни|теперішній час|т\. ?ч\.|الآن|الحاضر|اليوم|اکنون|کنون|امروز|היום|הווה)`;
// Words that say "until now" whole, after the start with no dash: "2003 to date", "از ۲۰۰۳ تاکنون".
const UNTIL_NOW = String.raw`(?:to date|till date|bis heute|bis dato|à ce jour|hasta (?:hoy|la fecha|la actualidad)|fino (?:a|ad) oggi|até (?:hoje|o presente)|tot (?:op )?heden|tot nu toe|до сих пор|до наших дней|по сей день|донині|حتى (?:الآن|اليوم)|تا ?کنون|تا به امروز|עד (?:היום|עתה)|günümüze kadar|bugüne kadar)`;
// The word before a start, "from" ("from 2003 to the present", "von 2003 bis heute", "с 2003 по н.
// в."), or Hebrew's prefix ("מ-2003 עד היום").
const FROM = String.raw`(?:(?:from|von|ab|de|desde|dal|da|van|vanaf|с|з|من|از) |מ-)`;
const PRESENT = new RegExp(`^(?:(?:to|till|until|по|до|حتى|تا|עד) )?${NOW}$`, "i");
// "2003–present", "2003 - Present", "from 2003 to the present", "2003 bis heute", "dal 2003 a
// oggi", "desde 2003 hasta hoy", "с 2003 по н. в.", "2003 — настоящее время", "2003–الآن".
const TO_PRESENT = new RegExp(String.raw`^${FROM}?(.+?)\s*(?:[–—-]|\s(?:to|through|thru|till|until|bis|à|a|al|hasta|tot|até|по|до|إلى|حتى|تا|עד)\s)\s*${NOW}$`, "i");
const TO_DATE = new RegExp(String.raw`^${FROM}?(.+?)\s+${UNTIL_NOW}$`, "i");
// "since 2003", "ever since June 2008", "seit 2003", "с 2003 года", "منذ 2003", "מאז 2003".
const SINCE = /^(?:(?:ever )?since|seit|ab|depuis|desde|dal|dall['’]|sinds|vanaf|с|з|منذ(?: عام)?|مُنذ|از سال|מאז) (.+)$/i;
// "2003 onwards", "from 2003 onward", "2003 and after"; Turkish's "since" is a suffix ("2003'ten beri").
const ONWARDS = /^(?:from )?(.+?),? (?:on(?:wards?)?|and after)$/i;
const TURKISH_SINCE = /^(.+?)['’][dt][ae]n (?:beri|bu yana|günümüze(?: kadar)?|bugüne(?: kadar)?)$/i;
// "until 2008", "till June 2008", "up to 2008": the span's end; when it began is not said.
const UNTIL = /^(?:until|till|up to|up until) (.+)$/i;
// A time not known, as a sheet writes an end or start its writer does not know: in English, the
// interface's languages, Russian and Ukrainian. "TBD" and "TBA" (to be determined, announced): not
// known yet, which EDTF's unknown end says too.
const UNKNOWN = String.raw`(?:unknown|not known|unk\.|\?{1,3}|tb[ad]|to be (?:determined|announced)|unbekannt|nicht bekannt|inconnue?|desconocid[oa]|sconosciut[oa]|ignot[oa]|onbekend|desconhecid[oa]|bilinmiyor|bilinmeyen|неизвестно|невідомо|غير معروف|مجهول|نامعلوم|نامشخص|לא ידוע)`;
const LONE_UNKNOWN = new RegExp(`^${UNKNOWN}$`, "i");
const BETWEEN = String.raw`(?:\s*[–—-]\s*|\s(?:to|bis|à|a|al|hasta|tot|até|по|до|إلى|حتى|تا|עד)\s)`;
const TO_UNKNOWN = new RegExp(`^${FROM}?(.+?)${BETWEEN}${UNKNOWN}$`, "i");
const UNKNOWN_TO = new RegExp(`^${UNKNOWN}${BETWEEN}(.+)$`, "i");
// Text of EDTF's characters alone ("2004-?") is the EDTF reader's, as written.
const EDTF_CHARACTERS = /^[\dXYSEp?~%./-]+$/;
// "2003–", "June 2008 –": a range whose end was left empty.
const EMPTY_END = /^(.+?)\s*[–—-]$/;

/**
 * Read a span with an end in words, its other end read by `read`; undefined when the text is none.
 *
 * @example
 * ```ts
 * openSpelling("2003–present", normalizeSpelling); // { ok: true, edtf: "2003/.." }
 * openSpelling("until 2008", normalizeSpelling);   // { ok: true, edtf: "/2008" }
 * openSpelling("2003–", normalizeSpelling);        // refused as ambiguous: readings ["2003/..", "2003/"]
 * openSpelling("1200 – unknown", normalizeSpelling); // { ok: true, edtf: "1200/" }
 * openSpelling("unknown", normalizeSpelling);      // { ok: true, edtf: "" }: a time not known, alone
 * ```
 */
export function openSpelling(text: string, read: (text: string) => Spelling): Spelling | undefined {
  if (PRESENT.test(text)) return { ok: true, edtf: ".." };
  // Alone, it has no EDTF of its own: "" stands for it (./date.ts reads it as the unknown bound).
  if (LONE_UNKNOWN.test(text)) return { ok: true, edtf: "" };
  if (!EDTF_CHARACTERS.test(text)) {
    const toUnknown = TO_UNKNOWN.exec(text);
    if (toUnknown) return withEnd(read(toUnknown[1] ?? ""), (d) => `${d}/`);
    const unknownTo = UNKNOWN_TO.exec(text);
    if (unknownTo) return withEnd(read(unknownTo[1] ?? ""), (d) => `/${d}`);
  }
  const ongoing = TO_PRESENT.exec(text) ?? TO_DATE.exec(text) ?? SINCE.exec(text) ?? ONWARDS.exec(text) ?? TURKISH_SINCE.exec(text);
  if (ongoing) return withEnd(read(ongoing[1] ?? ""), (d) => `${d}/..`);
  const until = UNTIL.exec(text);
  if (until) return withEnd(read(until[1] ?? ""), (d) => `/${d}`);
  const empty = EMPTY_END.exec(text);
  // Text of EDTF's characters alone ("X-", "2004?-") is the EDTF reader's to read or refuse as
  // written, but for a plain year, month or day before a hyphen ("2003-").
  if (!empty || (EDTF_CHARACTERS.test(text) && !/^\d{4}(?:-\d{2}){0,2}-$/.test(text))) return undefined;
  const from = read(empty[1] ?? "");
  // An ambiguous start's readings, each with either end, would be four guesses: the start is said.
  if (!from.ok) return withoutReadings(from);
  if (from.edtf.includes("/") || from.edtf === "..") return { ok: false, code: "date-invalid" };
  const readings = [`${from.edtf}/..`, `${from.edtf}/`];
  return { ok: false, code: "date-ambiguous", detail: stillOrUnsaid(inWords(from.edtf), readings[0]!, readings[1]!), readings };
}

// The span made of the one end read: refused as that end is (an ambiguous end's readings each
// made the span: "03/04/2008 – present"), and an end that is itself a span ("1980–1988 to
// present") is no end.
function withEnd(end: Spelling, span: (edtf: string) => string): Spelling {
  if (!end.ok) return endReadings(end, span);
  if (end.edtf.includes("/") || end.edtf === ".." || end.edtf === "") return { ok: false, code: "date-invalid" };
  return { ok: true, edtf: span(end.edtf), ...(end.warning ? { warning: end.warning } : {}) };
}
