// @vitest-environment node
// Drafting the three articles of test/fixtures/draft/ (see its README): event by event, the
// citation (which sentence), the EDTF dates and the title; then what could not be dated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftTimeline, type DraftOptions } from "../../src/draft/draft.js";
import { loadTimeline } from "../../src/load.js";
import type { DateInput, SourceInput } from "../../src/types.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/draft");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

type Row = [citation: string, start: string, end: string | null, title: string];

function rows(text: string, options: DraftOptions): Row[] {
  const edtf = (d: DateInput) => (typeof d === "string" ? d : JSON.stringify(d));
  return draftTimeline(text, options).timeline.events.map((e) => [(e.sources![0] as SourceInput).id!, edtf(e.start!), e.end === undefined ? null : edtf(e.end), e.title]);
}

function problems(text: string, options: DraftOptions): [string, number | undefined, string | undefined][] {
  return draftTimeline(text, options).diagnostics.map((d) => [d.code, d.index, d.value]);
}

describe("the seed article (commentary quoting The New York Times), published 9 June 2008", () => {
  const text = read("tehran-visit-2008.txt");
  const options = { published: "2008-06-09", publisher: "Commentary" };

  it("drafts each dated claim, at the precision its words give", () => {
    expect(rows(text, options)).toEqual([
      ["article-2", "2008-22?", null, "…and Maliki wants to get it passed this summer"],
      ["article-3", "2008-06-08", null, "Iraq’s prime minister, Nuri Kamal al-Maliki, sought to soothe Iranian…"],
      ["article-4", "2008-06-08", null, "…met with President Mahmoud Ahmadinejad on the second day of a three-day visit"],
      ["article-4", "2008-06-07", "2008-06-09", "Three-day visit"],
      ["article-7", "2008-06-02~", "2008-06-09", "Iranian authorities have spoken against the agreement in the past week…"],
      ["article-10", "2008-06~", null, "At the same time, the US announced the detention of a militia leader that…"],
      ["article-13", "/2008-06-09?", null, "The Iraqis tried launching a war against Iran at the combined cost of a million…"],
      ["article-17", "2008-06-09", null, "…even if we used every last American man and woman in Iraq today"],
    ]);
  });

  it("finds the six claims the issue names", () => {
    const { timeline } = draftTimeline(text, options);
    const at = (start: string, end?: string) => timeline.events.filter((e) => e.start === start && e.end === end);
    // The three-day visit, and the meeting on its second day: Sunday, 8 June 2008.
    expect(at("2008-06-07", "2008-06-09").map((e) => e.title)).toEqual(["Three-day visit"]);
    expect(at("2008-06-08").some((e) => /Ahmadinejad on the second day/.test(e.title))).toBe(true);
    // The past week's statements: a span up to the article's date, its start approximate.
    expect(at("2008-06-02~", "2008-06-09")[0]!.title).toMatch(/^Iranian authorities have spoken against the agreement/);
    // The detention announcement, "at the same time" as the article: its month, approximate.
    expect(at("2008-06~")[0]!.title).toMatch(/the US announced the detention of a militia leader/);
    // "this summer" for the pact: a plan, so an uncertain season.
    expect(at("2008-22?")[0]!.title).toMatch(/passed this summer$/);
    // The war's eight years: a length, not a date. Its start is unknown and it ends by the article, uncertain.
    const war = at("/2008-06-09?")[0]!;
    expect(war).toMatchObject({ displayDate: "eight years", draft: true });
  });

  it("quotes each event's sentence and cites the article, every event a draft", () => {
    const { timeline } = draftTimeline(text, { ...options, title: "Maliki in Tehran", url: "https://example.org/maliki" });
    expect(timeline.title).toBe("Maliki in Tehran");
    for (const e of timeline.events) {
      expect(e.draft).toBe(true);
      const source = e.sources![0] as SourceInput;
      expect(source).toMatchObject({ publisher: "Commentary", title: "Maliki in Tehran", url: "https://example.org/maliki", published: "2008-06-09" });
      expect(text).toContain(source.quote!);
    }
    expect((timeline.events[3]!.sources![0] as SourceInput).quote).toMatch(/^“We will not allow Iraq .* on the second day of a three-day visit\.$/);
  });

  it("says which dates came from the text around them, and that eight years is no date", () => {
    expect(problems(text, options).map(([code, index]) => [code, index])).toEqual([
      ["draft-date-from-context", 4],
      ["draft-date-from-context", 10],
      ["draft-undated-span", 13],
    ]);
  });

  it("without the publication date, dates only what the text dates, and names each sentence it could not", () => {
    const { timeline, diagnostics } = draftTimeline(text);
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.index, d.message.match(/^"([^"]+)"/)?.[1]])).toEqual([
      ["draft-unresolved-date", 2, "this summer"],
      ["draft-unresolved-date", 3, "on Sunday"],
      ["draft-unanchored-date", 4, "on the second day of a three-day visit"],
      ["draft-unresolved-date", 7, "in the past week"],
      ["draft-unresolved-date", 10, "At the same time"],
      ["draft-undated-span", 13, "eight years"],
      ["draft-unresolved-date", 17, "today"],
    ]);
    const sunday = diagnostics[1]!;
    expect(sunday).toMatchObject({ severity: "warning", section: "text" });
    expect(sunday.value).toMatch(/^Iraq’s prime minister, Nuri Kamal al-Maliki, sought/);
    expect(sunday.message).toContain("Give the publication date");
  });
});

describe("a wire story with a dateline (BAGHDAD, June 9 —)", () => {
  const text = read("baghdad-dateline.txt");

  it("counts its relative dates from the dateline's day, the year from the publication date", () => {
    expect(rows(text, { published: "2008-06-09" })).toEqual([
      ["article-0", "2008-06-09", null, "The al-Nour footbridge over the Tigris reopened on Monday…"],
      ["article-1", "2003-03-20", null, "The bridge had been closed since March 20, 2003"],
      ["article-2", "2008-06-02", "2008-06-08", "Repairs began last week, the officials said"],
      ["article-3", "2008-06-09T06:30", null, "Traffic police said the first pedestrians crossed at 6:30 a.m."],
      ["article-5", "2008-06-08", null, "The mayor told reporters yesterday that a second crossing would reopen next…"],
      ["article-5", "2008-07?", null, "The mayor told reporters yesterday that a second crossing would reopen next…"],
      ["article-6", "2008-23?", null, "A third is planned for this autumn"],
      ["article-7", "/2008-06-09?", null, '"We have waited five years for this," said a shopkeeper on the east bank'],
      ["article-8", "2008-06-12?", null, "The city council will meet on Thursday to discuss the cost of the remaining work"],
    ]);
  });

  it("takes the dateline's day over the publication date (a story filed the day before)", () => {
    const starts = rows(text, { published: "2008-06-10" }).map(([, start]) => start);
    // "June 9" with 2008 from the publication date: Monday is still 9 June, yesterday the 8th.
    expect(starts.slice(0, 5)).toEqual(["2008-06-09", "2003-03-20", "2008-06-02", "2008-06-09T06:30", "2008-06-08"]);
  });

  it("without a publication date, the dateline has no year: its relative dates are reported, its absolute one drafted", () => {
    expect(rows(text, {}).map(([, start]) => start)).toEqual(["2003-03-20"]);
    expect(problems(text, {}).map(([code, index]) => [code, index])).toEqual([
      ["draft-unresolved-date", 0],
      ["draft-unresolved-date", 0],
      ["draft-unresolved-date", 2],
      ["draft-unresolved-date", 3],
      ["draft-unresolved-date", 5],
      ["draft-unresolved-date", 5],
      ["draft-unresolved-date", 6],
      ["draft-undated-span", 7],
      ["draft-unresolved-date", 8],
    ]);
  });
});

describe("a chronology with explicit dates", () => {
  const text = read("iran-iraq-war-chronology.txt");

  it("needs no publication date, and leaves the heading and the dateless sentence out", () => {
    expect(rows(text, {})).toEqual([
      ["article-1", "1980-09-22", null, "Iraqi forces crossed into Iran on September 22, 1980, beginning a war that…"],
      ["article-2", "1982-05", null, "In May 1982, Iranian troops recaptured the port city of Khorramshahr"],
      ["article-3", "1984", "1988", "Between 1984 and 1988, both countries attacked oil tankers in the Gulf…"],
      ["article-4", "1987-07-20", null, "The United Nations Security Council adopted Resolution 598, calling for a…"],
      ["article-5", "1988-03-16", null, "On March 16, 1988, Iraqi aircraft attacked the Kurdish town of Halabja with…"],
      ["article-6", "1988-07-18", null, "Iran accepted the resolution on July 18, 1988, and the ceasefire took effect on…"],
      ["article-6", "1988-08-20", null, "Iran accepted the resolution on July 18, 1988, and the ceasefire took effect on…"],
    ]);
    // "nearly eight years" is a length in a sentence that has its date: reported, no event of its own.
    expect(problems(text, {})).toEqual([["draft-undated-span", 1, expect.stringMatching(/^Iraqi forces crossed into Iran/)]]);
  });

  it("is the same drafted against any publication date: nothing in it is relative", () => {
    expect(rows(text, { published: "2020-01-01" })).toEqual(rows(text, {}));
  });
});

describe("every draft loads", () => {
  it.each([
    ["tehran-visit-2008.txt", "2008-06-09"],
    ["baghdad-dateline.txt", "2008-06-09"],
    ["iran-iraq-war-chronology.txt", undefined],
  ])("%s loads with no diagnostic, its events all drafts", (name, published) => {
    const { timeline } = draftTimeline(read(name), published ? { published, publisher: "Test" } : { publisher: "Test" });
    const loaded = loadTimeline(timeline);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.timeline.events.length).toBe(timeline.events.length);
    expect(loaded.timeline.events.every((e) => e.draft === true)).toBe(true);
  });
});
