/**
 * Text that reads left to right whatever the sentence around it: an EDTF date to type (`2008-06-07`)
 * in an Arabic, Persian or Sorani sentence. Beside Arabic letters the bidi algorithm reads its
 * digits as Arabic numbers and the hyphens between them as right-to-left, and Chromium drew
 * `2008-06-07` as `07-06-2008`, beside a `YYYY-MM-DD` that stayed in its order. The workbench's
 * words and the right-to-left languages' diagnostics import it (English's diagnostics import this
 * module too, so an app's bundle has it in its first file, and a language stays one file more).
 * And a user's value in a sentence: isolated where it turns in a left-to-right one ({@link own}),
 * always in a right-to-left one ({@link isolated}), its own isolates never ending ours. And the
 * dates a sentence names beside the one a value was read as ({@link otherReadings}): every
 * language's sentence names them, so they are here, in the file every language already loads.
 *
 * @module
 */

/**
 * The readings of a diagnostic other than the one it was read as (`Diagnostic.readings` beside
 * `readAs`: "2021-22", read as summer 2021, may be the years 2021 to 2022).
 *
 * @example
 * ```ts
 * otherReadings({ readAs: "2021-22", readings: ["2021-22", "2021/2022"] }); // ["2021/2022"]
 * ```
 */
export const otherReadings = (d: { readAs?: string | undefined; readings?: readonly string[] | undefined }): string[] => (d.readings ?? []).filter((r) => r !== d.readAs);

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
  return TURNS.test(value) || STRAY.test(value) ? isolated(value) : value;
}

// Isolates opened and closed (LRI, RLI, FSI; PDI): a value's own must not end ours.
const STRAY = /[\u2066-\u2069]/;

/**
 * A user's value isolated in its own direction (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE),
 * whatever it holds: the isolates it opens are closed inside it, and a POP DIRECTIONAL ISOLATE it
 * has no isolate of its own for is left out. Kept, that one ended ours early, and what followed it
 * in the value (a RIGHT-TO-LEFT OVERRIDE among them) took over the rest of the sentence.
 *
 * @example
 * ```ts
 * isolated("ایرنا");           // "\u2068ایرنا\u2069"
 * isolated("x\u2069\u202Ey"); // "\u2068x\u202Ey\u2069": the override ends with the isolate
 * ```
 */
export function isolated(value: string | undefined): string {
  const text = value ?? "";
  return `\u2068${STRAY.test(text) ? balanced(text) : text}\u2069`;
}

function balanced(text: string): string {
  let open = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "\u2069") {
      if (open === 0) continue;
      open--;
    } else if (ch >= "\u2066" && ch <= "\u2068") open++;
    out += ch;
  }
  return out + "\u2069".repeat(open);
}
