/**
 * A news dateline at the head of an article ("BAGHDAD, June 9 —", "TEHRAN, Iran, Monday, June 9,
 * 2008 (Reuters) —"): where the story was filed and the day, which the article's relative dates
 * ("on Sunday", "yesterday") count from. The date is chrono's reading; the place and the dash
 * around it are what make it a dateline.
 *
 * @module
 */
import type { Day } from "./edtf.js";
import { expressionsOf, type Dated, type Reader } from "./expressions.js";

/** A dateline found. */
export interface Dateline {
  /** The dateline as written, up to and including its dash. */
  text: string;
  /** Where the text after it starts. */
  end: number;
  /** Its date's words ("June 9"). */
  date: string;
  /** The day it names, when it could be dated (a year it leaves out is the publication's). */
  day?: Day;
}

// Before the date: a place in capitals, then perhaps a region or country (", Iraq,"), at the
// very start of the text. After it: an agency in brackets, perhaps, and a dash.
const PLACE = /^\s*\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}(?:\s*,\s*\p{L}[\p{L}\p{M}'’. -]{0,40})?\s*,\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*)?$/u;
const DASH = /^\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]{1,2}\s*/;

/**
 * The dateline at the head of `text`, if it has one; its day is dated against `published` when
 * its words leave the year out.
 *
 * @example
 * ```ts
 * datelineOf("BAGHDAD, June 9 — Two bombs exploded.", readerFor("en")!, { year: 2008, month: 6, day: 9 });
 * // { text: "BAGHDAD, June 9 —", end: 18, date: "June 9", day: { year: 2008, month: 6, day: 9 } }
 * ```
 */
export function datelineOf(text: string, reader: Reader, published?: Day): Dateline | undefined {
  const head = text.slice(0, 160).split("\n").find((line) => line.trim() !== "") ?? "";
  const offset = text.indexOf(head);
  const first = expressionsOf(head, reader, published).find((e): e is Dated => e.kind === "dated");
  if (!first || first.end || first.start.day === undefined || !PLACE.test(head.slice(0, first.index))) return undefined;
  const after = head.slice(first.index + first.text.length);
  const dash = DASH.exec(after);
  if (!dash) return undefined;
  const end = offset + first.index + first.text.length + dash[0].length;
  const found: Dateline = { text: text.slice(offset, end).trim(), end, date: first.text };
  if (!first.relative || published) found.day = { year: first.start.year, month: first.start.month ?? 1, day: first.start.day };
  return found;
}
