/**
 * A time of day in words, as the date's words need it: its clock, its zone, and digits in the
 * reader's script. Part of src/model/date-words.ts.
 *
 * @module
 */
import type { FuzzyDate } from "../types.js";
import type { Speller } from "./date-words.js";

type Said = Pick<Speller, "english" | "num" | "w">;

/** A time's zone after it (" UTC+03:30"); none for a wall-clock time, written without one. */
export function zone(date: FuzzyDate, s: Said): string {
  if (date.offset === undefined) return "";
  if (date.offset === 0) return ` ${s.w.utc("")}`;
  const abs = Math.abs(date.offset);
  return ` ${s.w.utc(localDigits(`${date.offset < 0 ? "−" : "+"}${two(Math.floor(abs / 60))}:${two(abs % 60)}`, s))}`;
}

/** Digits in the reader's script ("۱۴:۳۰" in Persian). */
export function localDigits(text: string, s: Said): string {
  return s.english ? text : text.replace(/[0-9]/g, (c) => s.num(Number(c)));
}

/** "14:30", or "14:30:05" with seconds, in UTC. */
export function clock(d: Date, seconds: boolean): string {
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ""}`;
}

/** A number in two digits: 7 → "07". */
export function two(n: number): string {
  return String(n).padStart(2, "0");
}
