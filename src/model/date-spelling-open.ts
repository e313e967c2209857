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
 * The words are English's and those of the languages citeline's interface speaks with the Latin
 * script (German, Spanish, French, Italian, Dutch, Portuguese), as Wikipedia in each writes an
 * office still held ("2003–heute", "desde 2003", "depuis 2003").
 *
 * @module
 */

// The present, as the end of a span still going on.
const NOW = String.raw`(?:the |la |o |het )?(?:present|present day|now|today|ongoing|current|heute|gegenwart|aujourd['’]hui|présent|presente|actualidad|hoy|oggi|heden|nu|hoje|atualidade)`;
const PRESENT = new RegExp(`^(?:(?:to|till|until) )?${NOW}$`, "i");
// "2003–present", "2003 - Present", "2003 to date", "from 2003 to the present", "2003 bis heute",
// "von 2003 bis heute", "dal 2003 a oggi", "desde 2003 hasta hoy".
const TO_PRESENT = new RegExp(String.raw`^(?:(?:from|von|de|desde|dal|da|van|vanaf) )?(.+?)\s*(?:[–—-]|\s(?:to|through|thru|till|until|bis|à|a|al|hasta|tot|até)\s)\s*(?:${NOW}|date)$`, "i");
// "since 2003", "ever since June 2008", "from 2003 onwards", "2003 onward", "seit 2003".
const SINCE = /^(?:(?:ever )?since|seit|depuis|desde|dal|dall['’]|sinds|vanaf) (.+)$/i;
const ONWARDS = /^(?:from )?(.+?),? (?:on(?:wards?)?|and after)$/i;
// "until 2008", "till June 2008", "up to 2008": the span's end; when it began is not said.
const UNTIL = /^(?:until|till|up to|up until) (.+)$/i;
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
 * ```
 */
export function openSpelling(text: string, read: (text: string) => Spelling): Spelling | undefined {
  if (PRESENT.test(text)) return { ok: true, edtf: ".." };
  const ongoing = TO_PRESENT.exec(text) ?? SINCE.exec(text) ?? ONWARDS.exec(text);
  if (ongoing) return withEnd(read(ongoing[1] ?? ""), (d) => `${d}/..`);
  const until = UNTIL.exec(text);
  if (until) return withEnd(read(until[1] ?? ""), (d) => `/${d}`);
  const empty = EMPTY_END.exec(text);
  // Text of EDTF's characters alone ("X-", "2004?-") is the EDTF reader's to read or refuse as
  // written, but for a plain year, month or day before a hyphen ("2003-").
  if (!empty || (/^[\dXYSEp?~%./-]+$/.test(text) && !/^\d{4}(?:-\d{2}){0,2}-$/.test(text))) return undefined;
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
  if (end.edtf.includes("/") || end.edtf === "..") return { ok: false, code: "date-invalid" };
  return { ok: true, edtf: span(end.edtf), ...(end.warning ? { warning: end.warning } : {}) };
}
