/**
 * One rule for making identifiers from text, shared by the model (event and source ids) and the
 * TimelineJS importer (group ids): a leaf module, so both stages may use it.
 */

const MAX_SLUG = 64;
const HYPHEN = 45;
// The character codes of the ASCII slug being built, and arrays of each length to hand them to
// String.fromCharCode in (an array grown and cut for each slug would be reallocated each time).
const codes = new Array<number>(MAX_SLUG).fill(0);
const exact: number[][] = Array.from({ length: MAX_SLUG + 1 }, (_, n) => new Array<number>(n).fill(0));

/**
 * Lower-case words joined by hyphens, letters of any script kept, accents dropped: the rule of
 * {@link unicodeSlug}, with ASCII text (most titles) read in one pass instead of five Unicode
 * regular expressions, since a load makes one for every event without an id. A property test
 * holds the two equal.
 *
 * @example
 * ```ts
 * slug("Maliki meets Ahmadinejad, Tehran"); // "maliki-meets-ahmadinejad-tehran"
 * ```
 */
export function slug(text: string): string {
  scan.n = 0;
  scan.gap = false;
  return ascii(text, text.length) ? finish() : unicodeSlug(text);
}

/**
 * The slug of an event's day (the date part of its EDTF) and title, `2008-06-07-maliki-visits-tehran`:
 * the slug of the two joined by a space, without joining them.
 *
 * @example
 * ```ts
 * eventSlug("2008-06-07T14:30Z", "Maliki visits Tehran"); // "2008-06-07-maliki-visits-tehran"
 * ```
 */
export function eventSlug(edtf: string, title: string): string {
  const time = edtf.indexOf("T");
  const day = time < 0 ? edtf.length : time;
  scan.n = 0;
  scan.gap = false;
  if (!ascii(edtf, day)) return unicodeSlug(`${edtf.slice(0, day)} ${title}`);
  scan.gap = true;
  return ascii(title, title.length) ? finish() : unicodeSlug(`${edtf.slice(0, day)} ${title}`);
}

// Where a slug stands: characters kept so far, and whether a run of others follows the last.
const scan = { n: 0, gap: false };

// Add the first `end` characters of `text` to the slug; false at the first that is not ASCII,
// which the general rule must read (it may be a letter, or an accent to drop).
function ascii(text: string, end: number): boolean {
  for (let i = 0; i < end && scan.n < MAX_SLUG; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return false;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      // A run of anything else between two kept characters is one hyphen; none at the start.
      if (scan.gap && scan.n > 0) codes[scan.n++] = HYPHEN;
      scan.gap = false;
      if (scan.n < MAX_SLUG) codes[scan.n++] = c;
    } else scan.gap = true;
  }
  return true;
}

function finish(): string {
  let n = scan.n;
  while (n > 0 && codes[n - 1] === HYPHEN) n--;
  const out = exact[n]!;
  for (let i = 0; i < n; i++) out[i] = codes[i]!;
  return String.fromCharCode.apply(null, out);
}

/**
 * The rule for any script: lower-case words joined by hyphens, letters of any script kept,
 * accents dropped. {@link slug} gives the same, reading ASCII text faster.
 *
 * @example
 * ```ts
 * unicodeSlug("Élan vital"); // "elan-vital"
 * ```
 */
export function unicodeSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}
