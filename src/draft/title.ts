/**
 * An event's title from its sentence: the sentence itself when it is short, else cut at a clause
 * boundary (a comma, semicolon, colon or dash) or, failing that, between words (by the platform's
 * word segmenter), with an ellipsis where words were left out. The cut keeps the date
 * expression the event was made from, so the title says what happened then.
 *
 * @module
 */

/** Longest title, in UTF-16 code units: a headline a timeline's label can show. */
export const MAX_TITLE = 80;

const ELLIPSIS = "…";
// Trailing punctuation a title does not end in (a question or exclamation mark stays, and so does
// the point of an abbreviation such as "a.m." or "U.S.").
const TRAILING = /(?<!\p{L}\.\p{L})[\s.,;:—–-]+$|(?<=\p{L}\.\p{L}\.)[\s,;:—–-]+$/u;
// Where a clause ends: before a comma, semicolon or colon and the space after it, or a dash.
const CLAUSE = /[,;:](?=\s)|\s[—–]\s|\s-\s/gu;

/**
 * The title for an event made from `sentence`. When the words it was dated by (`focus`, their
 * start and end in the sentence) are in the sentence's first clause, the title is the sentence
 * from its start; when they are in a later clause ("…, which reported that he met him on the
 * second day"), it is that clause, since that is what happened then.
 *
 * @example
 * ```ts
 * titleOf("Maliki met Ahmadinejad on Sunday.", [24, 33], "en"); // "Maliki met Ahmadinejad on Sunday"
 * ```
 */
export function titleOf(sentence: string, focus: readonly [number, number], locale: string, max = MAX_TITLE): string {
  const text = sentence.replace(TRAILING, "");
  if (text.length <= max) return text;
  const words = wordEdges(text, locale);
  const [from, to] = [Math.min(focus[0], text.length), Math.min(focus[1], text.length)];
  const clauses = clausesOf(text, words.starts);
  const own = [...clauses].reverse().find((c) => c.start <= from) ?? clauses[0]!;
  if (own.start === 0) {
    const end = [...clauses].reverse().find((c) => c.start > 0 && c.start - 1 <= max - 1 && c.start >= max / 3)?.end0 ?? lastAtMost(words.ends, max - 1, 0);
    return cut(text, 0, end);
  }
  // From the start of the focus's clause (or the word that lets the focus fit), to as far as fits.
  const start = to - own.start <= max - 2 ? own.start : (words.starts.find((s) => to - s <= max - 2) ?? from);
  const end = [...clauses].reverse().find((c) => c.start > 0 && c.end0 >= to && c.end0 - start <= max - 2)?.end0 ?? lastAtMost(words.ends, start + max - 2, to);
  return cut(text, start, end);
}

// A clause: where it starts, and where the clause before it ended (`end0`). A run of four words
// or fewer between commas ("Iraq’s prime minister, Nuri al-Maliki, said") is an aside, not a
// clause: no clause starts or ends beside it.
function clausesOf(text: string, wordStarts: readonly number[]): { start: number; end0: number }[] {
  const marks = [...text.matchAll(CLAUSE)].map((m) => ({ end0: m.index, start: skipSpace(text, m.index + m[0].length) }));
  const edges = [0, ...marks.map((m) => m.end0), text.length];
  const starts = [0, ...marks.map((m) => m.start)];
  const words = (i: number) => wordStarts.filter((w) => w >= starts[i]! && w < edges[i + 1]!).length;
  return [{ start: 0, end0: 0 }, ...marks.filter((_, i) => words(i) > 4 && words(i + 1) > 4)];
}

function cut(text: string, start: number, end: number): string {
  const body = text.slice(start, end).replace(TRAILING, "").trim();
  return `${start > 0 ? ELLIPSIS : ""}${body}${end < text.length ? ELLIPSIS : ""}`;
}

// The last of `edges` at most `limit` and at least `least`; `least` when none is (a word longer than a title).
function lastAtMost(edges: readonly number[], limit: number, least: number): number {
  let best = least;
  for (const e of edges) if (e <= limit && e >= least) best = e;
  return best;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

// Where each word starts and ends, by the word segmenter for the language.
function wordEdges(text: string, locale: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of new Intl.Segmenter(locale, { granularity: "word" }).segment(text)) {
    if (!s.isWordLike) continue;
    starts.push(s.index);
    ends.push(s.index + s.segment.length);
  }
  return { starts, ends };
}
