/**
 * Which image addresses may load: http(s) ones, and ones relative to the page (the same site).
 * A browser reads an address loosely — it drops tabs and line breaks inside it, turns `\` into
 * `/`, and a `//host` address leaves the site — so the check resolves the address as a browser
 * would, against a stand-in page, and keeps it only if it still lands on http(s) or on that page's
 * own site. It checks the address decoded once more from HTML character references too
 * (`javascript&colon;…`), so that no later page that decodes it again can be tricked either.
 *
 * @module
 */
import { URL_COLON, URL_CONTROL, URL_CREDENTIALS, URL_EMPTY, URL_NOT_AN_ADDRESS, urlOtherSite, urlReadAsHtml, urlScheme, urlSlashes } from "../messages/details.js";

/** Why an address was refused, in words for the diagnostic's detail. */
export type ImageUrlProblem = { problem: "media-url-unsafe"; reason: string };

// A page on a site nobody can own (`.invalid` is reserved): a relative address that resolves
// anywhere else is not the page's own.
const PAGE = "https://page.invalid/folder/page.html";
const PAGE_ORIGIN = "https://page.invalid";
// Checked after control characters are refused, on trimmed text.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// eslint-disable-next-line no-control-regex -- these are what is looked for
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const NAMED: Readonly<Record<string, string>> = { colon: ":", tab: "\t", newline: "\n", sol: "/", bsol: "\\", period: ".", amp: "&", num: "#", quest: "?", excl: "!" };

/**
 * The address to write as an image's `src`, or why it is refused.
 *
 * @example
 * ```ts
 * safeImageSrc("https://example.org/a b.jpg");   // { src: "https://example.org/a%20b.jpg" }
 * safeImageSrc("images/visit.jpg");               // { src: "images/visit.jpg" }
 * safeImageSrc("//evil.example/x.png");           // { problem: "media-url-unsafe", reason: "…another site…" }
 * safeImageSrc("javascript:alert(1)");            // { problem: "media-url-unsafe", reason: "…javascript:…" }
 * ```
 */
export function safeImageSrc(url: string): { src: string } | ImageUrlProblem {
  const trimmed = url.trim();
  // As for a source's link: a bare `www.` address is a site, not a folder of this one.
  const text = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
  if (text === "") return refuse(URL_EMPTY);
  const decoded = decodeReferences(text);
  if (decoded !== text) {
    const again = check(decoded);
    if ("problem" in again) return refuse(urlReadAsHtml(decoded.slice(0, 60), again.reason));
  }
  return check(text);
}

function check(text: string): { src: string } | ImageUrlProblem {
  if (CONTROL.test(text)) return refuse(URL_CONTROL);
  let parsed: URL;
  try {
    parsed = new URL(text, PAGE);
  } catch {
    return refuse(URL_NOT_AN_ADDRESS);
  }
  if (SCHEME.test(text)) {
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return refuse(urlScheme(parsed.protocol));
    if (!/^https?:\/\//i.test(text)) return refuse(urlSlashes(parsed.protocol));
    if (parsed.username !== "" || parsed.password !== "") return refuse(URL_CREDENTIALS);
    return { src: parsed.href };
  }
  // A relative address whose first part has a colon reads as a scheme somewhere (RFC 3986, 4.2).
  if (/^[^/?#]*(:|%3a)/i.test(text)) return refuse(URL_COLON);
  // Relative: it must stay on the page's own site (`//host`, `\\host` and `/\host` leave it).
  if (parsed.origin !== PAGE_ORIGIN) return refuse(urlOtherSite(parsed.host));
  return { src: text };
}

function refuse(reason: string): ImageUrlProblem {
  return { problem: "media-url-unsafe", reason };
}

// Numeric character references and the few named ones that spell an address's punctuation.
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
