/**
 * Text that reads left to right whatever the sentence around it: an EDTF date to type (`2008-06-07`)
 * in an Arabic, Persian or Sorani sentence. Beside Arabic letters the bidi algorithm reads its
 * digits as Arabic numbers and the hyphens between them as right-to-left, and Chromium drew
 * `2008-06-07` as `07-06-2008`, beside a `YYYY-MM-DD` that stayed in its order. The workbench's
 * words import it; each right-to-left language's diagnostics keep a copy of their own, so that an
 * app's bundle loads a language in one file rather than two.
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
