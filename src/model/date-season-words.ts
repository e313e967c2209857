/**
 * Seasons named in the languages whose sheets write them ("Sommer 2008", "l'été 2008", "verano de
 * 2008", "лето 2008 года"), read as English's are: the northern hemisphere's meteorological
 * seasons, EDTF's 21–24 as citeline bounds them (./season.ts). Spanish and Portuguese are written
 * south of the equator as much as north of it (Argentina, Brazil, Chile), where summer is December
 * to February, so a season in their words is read as the north's with a warning that names the
 * south's code; Italian's "primavera" and "inverno", spelt as theirs, are said alike.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";
import { northernSeason } from "../messages/details-words.js";

// Each name's season: 21 spring, 22 summer, 23 autumn, 24 winter. English's are read by
// ./date-spelling-words.ts, with citeline's own names for the others.
const NORTH: Record<string, number> = {
  // German, French, Italian, Dutch
  frühling: 21, frühjahr: 21, sommer: 22, herbst: 23,
  printemps: 21, été: 22, automne: 23, hiver: 24,
  estate: 22, autunno: 23,
  lente: 21, voorjaar: 21, zomer: 22, herfst: 23, najaar: 23,
  // Swedish, Danish and Norwegian, Finnish (whose "kesä", summer, is also June shortened, as
  // Intl writes "kesä 2008": read as the month)
  vår: 21, sommar: 22, höst: 23, vinter: 24, forår: 21, efterår: 23, høst: 23,
  kevät: 21, syksy: 23, talvi: 24,
  // Polish, Czech, Russian, Ukrainian, Turkish
  wiosna: 21, lato: 22, jesień: 23, zima: 24, jaro: 21, léto: 22, podzim: 23,
  весна: 21, лето: 22, осень: 23, зима: 24, літо: 22, осінь: 23,
  ilkbahar: 21, yaz: 22, sonbahar: 23, kış: 24,
};
// Spanish and Portuguese (and Italian's names spelt as theirs).
const NORTH_OR_SOUTH: Record<string, number> = {
  primavera: 21, verano: 22, otoño: 23, invierno: 24,
  verão: 22, outono: 23, inverno: 24,
};
// The south's code for each northern one: EDTF's 29–32 (spring, summer, autumn, winter).
const SOUTH: Record<number, number> = { 21: 29, 22: 30, 23: 31, 24: 32 };

// An article before the name, a word for "of" after it, and Russian's and Ukrainian's "year" after
// the year: "l'été 2008", "el verano de 2008", "o verão de 2008", "l'estate del 2008", "zomer van
// 2008", "лето 2008 года", "літо 2008 року".
const SHAPE = /^(?:(?:l['’]|el |la |le |il |lo |o |a |der |die |das |de |het )\s*)?(\p{L}+),?\s+(?:(?:de|del|di|do|da|van|des|of)\s+)?(\d{1,4})(?:\s*(?:года|г\.?|року|р\.?))?$/iu;

/**
 * A season named in another language than English, with its year, as EDTF; undefined for other
 * text.
 *
 * @example
 * ```ts
 * seasonInWords("Sommer 2008"); // { ok: true, edtf: "2008-22" }
 * seasonInWords("verano de 2008"); // { ok: true, edtf: "2008-22", warning: … "for the southern hemisphere's, write EDTF's 2008-30" }
 * ```
 */
export function seasonInWords(text: string): Spelling | undefined {
  const m = SHAPE.exec(text);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  const y = m[2]!.padStart(4, "0");
  // Own keys only: "constructor 2008" names no season.
  if (Object.hasOwn(NORTH, name)) return { ok: true, edtf: `${y}-${NORTH[name]}` };
  if (!Object.hasOwn(NORTH_OR_SOUTH, name)) return undefined;
  const either = NORTH_OR_SOUTH[name]!;
  const warning = { code: "date-reinterpreted" as const, detail: northernSeason(either, Number(y), SOUTH[either]!), readings: [`${y}-${either}`, `${y}-${SOUTH[either]}`] };
  return { ok: true, edtf: `${y}-${either}`, warning };
}
