/**
 * Text that reads left to right whatever the sentence around it: an EDTF date to type (`2008-06-07`)
 * in an Arabic, Persian or Sorani sentence. Beside Arabic letters the bidi algorithm reads its
 * digits as Arabic numbers and the hyphens between them as right-to-left, and Chromium drew
 * `2008-06-07` as `07-06-2008`, beside a `YYYY-MM-DD` that stayed in its order. The workbench's
 * words import it; each right-to-left language's diagnostics keep a copy of their own, so that an
 * app's bundle loads a language in one file rather than two. And a user's value in a left-to-right
 * sentence, isolated where it turns ({@link own}).
 *
 * @module
 */

/**
 * `text` between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (U+2066, U+2069).
 *
 * @example
 * ```ts
 * `اكتب ${ltr("2008-06-07")}`; // drawn "2008-06-07", not "07-06-2008"
 * ```
 */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…, and Arabic's and
// Hebrew's presentation forms), and the controls that set a direction.
const TURNS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202a-\u202e\u2066-\u2068]/;

/**
 * A user's value as a left-to-right sentence quotes it: isolated (FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE) where it holds right-to-left letters or a direction control, as written
 * elsewhere. Unisolated, "۱۳۸۷/۰۳/۱۸ هـ.ش." in an English sentence was drawn with its date at the
 * left, the order a Persian reader does not read, and a stray RIGHT-TO-LEFT OVERRIDE turned the
 * rest of our sentence around. A value of left-to-right text alone is left as it is, so that the
 * messages a developer reads and greps carry no invisible characters.
 *
 * @example
 * ```ts
 * `"${own("Maliki")}"`;   // "Maliki"
 * `"${own("ایرنا")}"`;    // "\u2068ایرنا\u2069"
 * ```
 */
export function own(value: string | undefined): string {
  if (value === undefined) return "";
  return TURNS.test(value) ? `\u2068${value}\u2069` : value;
}
