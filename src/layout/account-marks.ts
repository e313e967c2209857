/**
 * A disputed event's marks: one per account where its date is, each with its citation numbers
 * above it. Accounts too close to tell apart at this zoom (4 and 22 September 1980, seen over
 * eight years) share one mark with all their numbers, rather than two marks and two sets of
 * numbers drawn over each other; the date line still names every account.
 *
 * @module
 */
import type { LayoutWords } from "../messages/layout.js";
import type { TimelineEvent } from "../types.js";
import { coarse, precisionLayout } from "./doubt.js";
import type { Measure } from "./measure.js";
import type { TimeScale } from "./scale.js";
import type { AccountMark } from "./types.js";

/** An account's mark is at least this wide, px (as a point's mark). */
export const ACCOUNT_MIN = 10;
// The citation numbers' size above a mark, px (as the stylesheet sets them), the room kept between
// two marks' numbers, and how far two boxes may overlap (rounding) and still be two.
const CITES_SIZE = 9;
const ROOM = 3;
const OVERLAP = 0.5;

/** What the marks are made with: the layout's scale, words and measure, and the sources' numbers. */
export interface AccountContext {
  x: TimeScale;
  measure: Measure;
  words: Pick<LayoutWords, "cites">;
  citations: Record<string, number>;
}

/**
 * The marks of a disputed event, left to right: one per account, or one for several where their
 * marks or numbers would touch.
 *
 * @example
 * ```ts
 * accountMarks(event, { x, measure, words, citations }); // [{ band: [412, 418], cites: "1", accounts: [0] }, …]
 * ```
 */
export function accountMarks(event: TimelineEvent, c: AccountContext): AccountMark[] {
  const marks = event.accounts!.map((a, i): AccountMark => {
    const citations = a.sources.map((id) => c.citations[id] ?? 0);
    return { band: [c.x(a.start.earliest), c.x((a.end ?? a.start).latest)], date: precisionLayout(a.start), citations, cites: citations.length ? c.words.cites(citations) : "", accounts: [i] };
  });
  // Left to right (a stable sort keeps the given order among equals), then each mark that would
  // touch the one before joins it.
  marks.sort((a, b) => centre(a) - centre(b));
  const out: AccountMark[] = [];
  for (const mark of marks) {
    const last = out[out.length - 1];
    if (last && touch(last, mark, c.measure)) out[out.length - 1] = merge(last, mark, c.words);
    else out.push(mark);
  }
  return out;
}

const centre = (m: AccountMark) => (m.band[0] + m.band[1]) / 2;
const half = (m: AccountMark) => Math.max(m.band[1] - m.band[0], ACCOUNT_MIN) / 2;

// Two marks touch when their boxes would overlap (two days side by side, each a box, stay two),
// or the numbers centred above them would come closer than ROOM.
function touch(a: AccountMark, b: AccountMark, measure: Measure): boolean {
  const apart = centre(b) - centre(a);
  const numbers = (measure(a.cites, CITES_SIZE) + measure(b.cites, CITES_SIZE)) / 2;
  return apart < half(a) + half(b) - OVERLAP || (a.cites !== "" && b.cites !== "" && apart < numbers + ROOM);
}

// One mark over both: their whole stretch, every number once, and the vaguer date (a hatched
// mark says "somewhere in here" for all it holds).
function merge(a: AccountMark, b: AccountMark, words: Pick<LayoutWords, "cites">): AccountMark {
  const citations = [...new Set([...a.citations, ...b.citations])].sort((x, y) => x - y);
  const vague = (m: AccountMark) => coarse(m.date) || m.date.qualifier !== "exact";
  return {
    band: [Math.min(a.band[0], b.band[0]), Math.max(a.band[1], b.band[1])],
    date: vague(a) || !vague(b) ? a.date : b.date,
    citations,
    cites: citations.length ? words.cites(citations) : "",
    accounts: [...a.accounts, ...b.accounts].sort((x, y) => x - y),
  };
}
