// @vitest-environment node
// For any text (news phrases, dates in every form drafting reads, markup and random characters,
// in any order): every event quotes a sentence of the text, every date is one the model reads, the
// draft loads with no diagnostic and is the normal form once loaded, and every problem names a
// sentence of the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shorten } from "../../src/diagnostics.js";
import { draftTimeline } from "../../src/draft/draft.js";
import { sentencesOf } from "../../src/draft/sentences.js";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import type { SourceInput } from "../../src/types.js";

const DATES = [
  "on Sunday", "June 3, 2008", "9 June", "this summer", "last winter", "in the past week", "over the past three months", "last week",
  "next month", "yesterday", "two days ago", "the second day of a three-day visit", "eight years", "at the same time", "two days later",
  "a week earlier", "the next day", "two days after", "at 6:30 a.m.", "in 2004", "the 1980s", "from 1980 to 1988", "between 1984 and 1988",
  "in May 1982", "on March 20, 2003", "today", "now", "on Thursday", "in eight years", "eight years ago", "the summer of 2006",
];
const WORDS = ["Officials", "met", "said", "Mr.", "Gen.", "the", "minister", "will", "wants to", "and", "which reported that he", "<b>", "javascript:alert(1)", "“", "”", "U.S.", "BAGHDAD,", "—"];
const GLUE = [" ", " ", " ", ". ", ", ", "\n", "\n\n", "? ", "; "];

const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DATES) }, { weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) }), { maxLength: 40 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(...GLUE), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, glue]) => parts.map((p, i) => p + glue[i]).join(""));

const published = fc.option(
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
  { nil: undefined },
);
const locale = fc.constantFrom("en", "en-GB", "fr", "de");

describe("any article", () => {
  it("drafts events that quote its sentences, with dates that load, as a timeline that loads clean", () => {
    fc.assert(
      fc.property(text, published, locale, (article, date, tag) => {
        const { timeline, diagnostics } = draftTimeline(article, { published: date, locale: tag, publisher: "Test" });
        const sentences = sentencesOf(article.replace(/\r\n?/g, "\n"), tag).map((s) => s.text);
        for (const e of timeline.events) {
          const quote = (e.sources![0] as SourceInput).quote!;
          expect(sentences).toContain(quote);
          expect(e.draft).toBe(true);
          expect(e.title.length).toBeGreaterThan(0);
          expect(e.title.length).toBeLessThanOrEqual(80);
          for (const d of [e.start, e.end]) if (d !== undefined) expect(readDate(d).ok, JSON.stringify(d)).toBe(true);
        }
        for (const d of diagnostics) {
          if (d.section !== "text") continue;
          expect(d.value).toBe(shorten(sentences[d.index!]));
        }
        const loaded = loadTimeline(timeline);
        expect(loaded.diagnostics).toEqual([]);
        expect(loaded.timeline.events).toHaveLength(timeline.events.length);
        // Saved and loaded again, it is the same timeline: the draft marks and all.
        const again = loadTimeline(JSON.stringify(loaded.timeline));
        expect(again.diagnostics).toEqual([]);
        expect(again.timeline).toEqual(loaded.timeline);
      }),
      { seed: 20080609, numRuns: 250 },
    );
  });

  it("makes no event from a text without a date expression", () => {
    const plain = fc.array(fc.constantFrom("Officials", "met", "said", "the", "minister", "Mr.", "Iran", "Iraq"), { maxLength: 30 }).map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(plain, published, (article, date) => {
        expect(draftTimeline(article, { published: date })).toEqual({ timeline: { events: [] }, diagnostics: [] });
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
