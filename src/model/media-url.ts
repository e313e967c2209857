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
  if (text === "") return refuse("it is empty");
  const decoded = decodeReferences(text);
  if (decoded !== text) {
    const again = check(decoded);
    if ("problem" in again) return refuse(`read as HTML it says "${decoded.slice(0, 60)}", and ${again.reason}`);
  }
  return check(text);
}

function check(text: string): { src: string } | ImageUrlProblem {
  if (CONTROL.test(text)) return refuse("it holds control characters (tabs, line breaks or invisible codes), which browsers drop to read another address");
  let parsed: URL;
  try {
    parsed = new URL(text, PAGE);
  } catch {
    return refuse("it is not an address");
  }
  if (SCHEME.test(text)) {
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return refuse(`its scheme ${parsed.protocol} is not http or https`);
    if (!/^https?:\/\//i.test(text)) return refuse(`it should be written ${parsed.protocol}//host/…`);
    if (parsed.username !== "" || parsed.password !== "") return refuse("it holds a user name or password");
    return { src: parsed.href };
  }
  // A relative address whose first part has a colon reads as a scheme somewhere (RFC 3986, 4.2).
  if (/^[^/?#]*(:|%3a)/i.test(text)) return refuse("its first part has a colon, so it reads as a scheme");
  // Relative: it must stay on the page's own site (`//host`, `\\host` and `/\host` leave it).
  if (parsed.origin !== PAGE_ORIGIN) return refuse(`it leads to another site (${parsed.host}) without saying http or https`);
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
