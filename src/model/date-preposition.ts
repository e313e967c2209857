/**
 * A date after the word prose puts before it: "in June 2008", "on 7 June 2008", "during the summer
 * of 2008", "im Sommer 2008", "am 7. Juni 2008", "en été 2008", "au printemps 2008", "el 7 de junio
 * de 2008", "en el verano de 2008", "il 7 giugno 2008", "nel 2008", "em junho de 2008", "op 7 juni
 * 2008". A sheet whose dates were copied from copy keeps the word; each was refused as no date. The
 * word says nothing of the time, so the date is read as if written alone, and refused as it would
 * be ("on 7/6/2008" as ambiguous, naming both readings).
 *
 * Words left out on purpose: German's "um" and "gegen" say "about" ("um 1900": circa), and words
 * of one letter, or that are words in other languages too ("a", "no", "na"), would read what is
 * no date.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";

// "nell'estate" joins its word; every other word is followed by a space. The words of two come
// before their first ("en el" before "en"), so that what follows is the date, never a word more.
const BEFORE_A_DATE = /^(?:(?:in der|in|on|during|im|am|en el|en|au|el|il|nello|nel|em|op|tijdens) |nell['’])(.+)$/i;

/**
 * Read the date after a preposition by `read`; undefined when the text has none before it, or
 * what follows it is not read as a date.
 *
 * @example
 * ```ts
 * prepositionSpelling("in June 2008", normalizeSpelling); // { ok: true, edtf: "2008-06" }
 * prepositionSpelling("im Sommer 2008", normalizeSpelling); // { ok: true, edtf: "2008-22" }
 * ```
 */
export function prepositionSpelling(text: string, read: (text: string) => Spelling): Spelling | undefined {
  const m = BEFORE_A_DATE.exec(text);
  // One word before a date, not two: "in in 2008" is a slip, and no date read without a word.
  if (!m || BEFORE_A_DATE.test(m[1]!)) return undefined;
  const date = read(m[1]!);
  // What follows that is no date is not this reader's: the text goes on to the others, and is
  // refused as no date by the last of them. An ambiguous date is refused, naming its readings.
  if (!date.ok && date.code === "date-invalid" && date.reason === undefined && date.detail === undefined) return undefined;
  // What is read as written (a word that is no date, passed on as EDTF's text) is no date read.
  return date.ok && date.edtf === m[1] ? (/\p{L}/u.test(m[1]) ? undefined : date) : date;
}
