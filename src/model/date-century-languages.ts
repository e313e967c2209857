/**
 * A century as the interface's other languages write one: "19. Jahrhundert", "XIXe siècle",
 * "siglo XIX", "XIX secolo", "século XIX", "19de eeuw", "19. yüzyıl", "XIX век", "XIX століття",
 * "القرن 19", "قرن ۱۹", "המאה ה-19", with the number in digits (an ordinal's mark after it or not) or in
 * Roman numerals, the century's word before or after it, and before the common era in that
 * language's words ("5. Jahrhundert v. Chr.", "Ve siècle av. J.-C."). English's own ("the 19th
 * century") is read beside it (./date-spelling-words.ts).
 *
 * @module
 */

// The century's word and its shortenings, in German, French, Spanish, Italian, Portuguese, Dutch,
// Turkish, Russian, Ukrainian, Arabic, Persian, Sorani and Hebrew.
const WORD = String.raw`(?<word>jahrhundert|jh(?:dt?)?\.?|si[eè]cle|s\.|sig(?:lo|\.)|sec(?:olo|\.)|séc(?:ulo|\.)|eeuw|yüzyıl|yy\.|asır|в(?:ек|\.)|ст(?:олітт[яі]|оріччя|\.)|(?:ال)?قرن|سەدەی|המאה ה-?)`;
// The number: digits with an ordinal's mark ("19.", "19e", "19ème", "1er", "19º", "19de", "19ste")
// or Roman numerals written the usual way ("XIX", "XIXe", "Ier"; not "IIII"), to the 39th.
const NUMBER = String.raw`(?:(?<digits>\d{1,2})(?<mark>\.|e|[eè]me|er|re|º|°|ª|de|ste)?|(?<tens>X{0,3})(?<ones>IX|IV|V?I{0,3})(?:e|[eè]me|er|re)?)`;
// Before the common era: "v. Chr.", "av. J.-C.", "a. C.", "a.C.", "M.Ö.", "MÖ", "до н. э.",
// "до н. е.", "ق.م", "پ.م", "לפנה״ס".
const BEFORE = String.raw`(?:v\. ?chr\.?|av\. ?j\.?-?c\.?|a\. ?c\.?|m\.? ?ö\.?|до н\. ?[эе]\.?|[قپ]\.? ?م\.?|לפנה["״]ס)`;
const AFTER_NUMBER = new RegExp(`^${NUMBER} ${WORD}(?: (?<bce>${BEFORE}))?$`, "iu");
const BEFORE_NUMBER = new RegExp(`^${WORD} ?${NUMBER}(?: (?<bce>${BEFORE}))?$`, "iu");
// "s." and "sec." shorten "seconds" too: "19 sec." is a time; only "XIX sec." or "19e s." a century.
const SECONDS_TOO = /^s(?:ec)?\.$/i;

/**
 * The century `text` names in one of these languages, as its number and whether it is before the
 * common era; undefined for other text.
 *
 * @example
 * ```ts
 * centuryInLanguages("siglo XIX");          // { n: 19, before: false }
 * centuryInLanguages("5. Jahrhundert v. Chr."); // { n: 5, before: true }
 * ```
 */
export function centuryInLanguages(text: string): { n: number; before: boolean } | undefined {
  const g = (AFTER_NUMBER.exec(text) ?? BEFORE_NUMBER.exec(text))?.groups;
  if (!g) return undefined;
  if (g.digits !== undefined && g.mark === undefined && SECONDS_TOO.test(g.word!)) return undefined;
  const ones = (g.ones ?? "").toUpperCase();
  const n = g.digits !== undefined ? Number(g.digits) : 10 * (g.tens ?? "").length + (ones === "IX" ? 9 : ones === "IV" ? 4 : (ones.startsWith("V") ? 5 : 0) + ones.replace("V", "").length);
  // Centuries from the 1st to the 30th: beyond, no one writes a century so.
  return n >= 1 && n <= 30 ? { n, before: g.bce !== undefined } : undefined;
}
