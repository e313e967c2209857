/**
 * Which way a language's text runs, for server rendering, where there is no page to ask: by the
 * script the language is likely written in (Intl.Locale's `maximize`, CLDR's likely subtags).
 *
 * @module
 */

// The scripts written right to left that a language's likely script can be. By script rather than
// Intl's `textInfo`, which is missing in older engines (and calls Thaana, Dhivehi's script, ltr).
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Yezi", "Mend"]);

/**
 * "rtl" for a language written right to left (Arabic, Persian, Hebrew, Sorani, Urdu, Yiddish…),
 * else "ltr"; "ltr" for anything that is not a language tag.
 *
 * @example
 * ```ts
 * directionOf("fa-IR"); // "rtl"
 * directionOf("de");    // "ltr"
 * ```
 */
export function directionOf(tag: string | undefined): "ltr" | "rtl" {
  if (!tag) return "ltr";
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}
