import { slug as slugOf } from "../slug.js";

/**
 * Deterministic identifiers: the same input gives the same ids on every load, so links, deep
 * links and tests can rely on them.
 */

const MAX_SLUG = 64;
const HYPHEN = 45;
// The character codes of the ASCII slug being built, and arrays of each length to hand them to
// String.fromCharCode in (an array grown and cut for each slug would be reallocated each time).
const codes = new Array<number>(MAX_SLUG).fill(0);
const exact: number[][] = Array.from({ length: MAX_SLUG + 1 }, (_, n) => new Array<number>(n).fill(0));

/**
 * Lower-case words joined by hyphens, letters of any script kept, accents dropped: the rule of
 * `src/slug.ts`, with ASCII text (most titles) done in one pass instead of five Unicode regular
 * expressions, since a load makes one for every event without an id. A property test holds the two equal.
 *
 * @example
 * ```ts
 * slug("Maliki meets Ahmadinejad, Tehran"); // "maliki-meets-ahmadinejad-tehran"
 * ```
 */
export function slug(text: string): string {
  scan.n = 0;
  scan.gap = false;
  return ascii(text, text.length) ? finish() : slugOf(text);
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
  if (!ascii(edtf, day)) return slugOf(`${edtf.slice(0, day)} ${title}`);
  scan.gap = true;
  return ascii(title, title.length) ? finish() : slugOf(`${edtf.slice(0, day)} ${title}`);
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

/** Returns `base`, or `base-2`, `base-3`, … — the first one not yet in `taken`, which it then joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base === "" ? "item" : base;
  // Most ids are free: one look-up (adding) says so, with no need for the counters.
  const size = taken.size;
  if (taken.add(root).size > size) return root;
  let id = root;
  // Where the last search for this root stopped: 50,000 sources with one slug would otherwise
  // try 2, 3, … from the start each time, quadratic in the sheet's length.
  let counters = next.get(taken);
  if (!counters) next.set(taken, (counters = new Map<string, number>()));
  for (let n = counters.get(root) ?? 2; taken.has(id); n++) {
    id = `${root}-${n}`;
    counters.set(root, n + 1);
  }
  taken.add(id);
  return id;
}

const next = new WeakMap<Set<string>, Map<string, number>>();
