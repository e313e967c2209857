/**
 * Character references (`&amp;`, `&#8217;`, `&rsquo;`, `&copy2008`) decoded as the HTML standard
 * reads them, for the names of HTML 4.01 (./html-entity-names.ts) and every number. Any other name
 * stays as written: asking the browser (a DOMParser document) would be a Trusted Types sink, which a
 * page that enforces them refuses and reports, and shipping the standard's 2,231 names costs
 * 15 KB gzip for characters news text does not use.
 *
 * @module
 */
import { LEGACY, NAMED } from "./html-entity-names.js";

// Numbers the standard reads as Windows-1252 (the web's old default): &#150; is an en dash.
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const REFERENCE = /&(?:#(\d+);?|#[xX]([0-9a-fA-F]+);?|([a-zA-Z][a-zA-Z0-9]*;?))/g;

/** Text as a parser gives it: every reference decoded. */
export function decodeText(text: string): string {
  return text.includes("&") ? text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => reference(whole, decimal, hex, name, false)) : text;
}

/**
 * An attribute's value as a parser gives it: a name written without its semicolon and followed by
 * `=` or a letter or digit stays as written (`?a=1&copy=2` is a query, not a copyright sign).
 */
export function decodeAttribute(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined, at: number) =>
    name !== undefined && !name.endsWith(";") && value[at + whole.length] === "=" ? whole : reference(whole, decimal, hex, name, true),
  );
}

function reference(whole: string, decimal: string | undefined, hex: string | undefined, name: string | undefined, inAttribute: boolean): string {
  if (decimal !== undefined || hex !== undefined) return codePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16));
  const named = name!.endsWith(";") ? NAMED.get(name!.slice(0, -1)) : undefined;
  if (named !== undefined) return named;
  // Otherwise only a legacy name is read, as the longest one the text starts with (`&notit;` is
  // "¬it;"); in an attribute, not when more follows it (`&copy2008` in a URL is a query).
  const legacy = LEGACY.find((n) => name!.startsWith(n));
  if (!legacy || (inAttribute && legacy.length < name!.length)) return whole;
  return NAMED.get(legacy)! + name!.slice(legacy.length);
}

function codePoint(n: number): string {
  if (n >= 0x80 && n <= 0x9f) return WINDOWS_1252[n - 0x80]!;
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(n);
}
