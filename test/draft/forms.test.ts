// @vitest-environment node
// The parts of drafting, on sentences written for each case: the forms of dates and what each
// becomes, sentences, datelines, titles, languages.
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../src/diagnostics.js";
import { datelineOf } from "../../src/draft/dateline.js";
import { draftTimeline } from "../../src/draft/draft.js";
import { readerFor } from "../../src/draft/expressions.js";
import { sentencesOf } from "../../src/draft/sentences.js";
import { MAX_TITLE, titleOf } from "../../src/draft/title.js";
import type { DateInput } from "../../src/types.js";

// 9 June 2008 was a Monday.
const PUBLISHED = "2008-06-09";
// A draft writes every date as EDTF text.
const edtf = (d: DateInput | undefined) => (typeof d === "string" ? d : JSON.stringify(d));
const dates = (text: string, published: string | undefined = PUBLISHED) =>
  draftTimeline(text, published ? { published } : {}).timeline.events.map((e) => (e.end === undefined ? edtf(e.start) : `${edtf(e.start)}/${edtf(e.end)}`));

describe("a date expression becomes the EDTF its words support", () => {
  it.each([
    // Days, named or counted from the article's date
    ["Maliki arrived in Tehran on Sunday.", ["2008-06-08"]],
    ["The talks ended yesterday.", ["2008-06-08"]],
    ["The delegation left two days ago.", ["2008-06-07"]],
    ["The minister spoke on June 3.", ["2008-06-03"]],
    ["The vote is set for June 20.", ["2008-06-20?"]],
    ["The council will meet on Thursday.", ["2008-06-12?"]],
    // Months, years, seasons, decades: no finer than the words
    ["Troops entered the city in April 2003.", ["2003-04"]],
    ["The pact was first proposed in 2007.", ["2007"]],
    ["The border was redrawn in the 1970s.", ["197X"]],
    ["The pact was signed in the summer of 2006.", ["2006-22"]],
    ["Protests grew last summer.", ["2007-22"]],
    ["Maliki wants it passed this summer.", ["2008-22?"]],
    ["A second bridge will reopen next month.", ["2008-07?"]],
    ["The embassy reopened last month.", ["2008-05"]],
    ["A lawsuit was filed eight years ago.", ["2000"]],
    // Spans
    ["Officials spoke against it in the past week.", ["2008-06-02~/2008-06-09"]],
    ["Prices rose over the past three months.", ["2008-03~/2008-06-09"]],
    ["Repairs began last week.", ["2008-06-02/2008-06-08"]],
    ["The war lasted from 1980 to 1988.", ["1980/1988"]],
    ["The offensive ran from March 20 to April 9, 2003.", ["2003-03-20/2003-04-09"]],
    ["Between 1984 and 1988, tankers were attacked.", ["1984/1988"]],
    // A time of day, on the day the story is telling
    ["The convoy left on Saturday. It crossed the border at 3:15 p.m.", ["2008-06-07", "2008-06-07T15:15"]],
    // Counted from the story's last date, not the article's
    ["Maliki arrived on Saturday. Two days later he left.", ["2008-06-07", "2008-06-09"]],
    ["The bill passed on May 2. A week earlier it had stalled.", ["2008-05-02", "2008-04-25"]],
    ["The bill passed on May 2. Two months later it was repealed.", ["2008-05-02", "2008-07?"]],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("reads the day of a stay from the day the text names, and the stay from it", () => {
    const { timeline } = draftTimeline("Leaders met on Saturday, on the third day of a four-day summit.", { published: PUBLISHED });
    expect(timeline.events.map((e) => [e.title, e.start, e.end])).toEqual([
      ["Leaders met on Saturday, on the third day of a four-day summit", "2008-06-07", undefined],
      ["Four-day summit", "2008-06-05", "2008-06-08"],
    ]);
    // A summit still to come is a plan: each of its dates uncertain.
    const planned = draftTimeline("Leaders will meet on Thursday, the first day of a two-day summit.", { published: PUBLISHED }).timeline.events;
    expect(planned.map((e) => [e.start, e.end])).toEqual([["2008-06-12?", undefined], ["2008-06-12?", "2008-06-13?"]]);
  });

  it("gives no event, and no diagnostic, for a sentence with no date", () => {
    expect(draftTimeline("The minister spoke to reporters. He said little.", { published: PUBLISHED })).toEqual({ timeline: { events: [] }, diagnostics: [] });
  });

  it("skips a time counted from an event the words name next: no date is read from it", () => {
    const { timeline, diagnostics } = draftTimeline("The bridge reopened on Monday, two days after engineers finished.", { published: PUBLISHED });
    expect(timeline.events.map((e) => e.start)).toEqual(["2008-06-09"]);
    expect(diagnostics).toEqual([]);
  });

  it("reports a day of a stay with no day before it to count from", () => {
    const { timeline, diagnostics } = draftTimeline("He met the president on the second day of a three-day visit.", { published: PUBLISHED });
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.index, d.value])).toEqual([["draft-unanchored-date", 0, "He met the president on the second day of a three-day visit."]]);
  });
});

describe("sentences", () => {
  it("are the segmenter's, with English's abbreviations and lower-case continuations joined back", () => {
    const text = "“We will not,” Mr. Maliki said on Sunday. Gen. Petraeus met him on Jan. 5. It was U.S. policy.\n\nA new paragraph.";
    expect(sentencesOf(text, "en").map((s) => [s.text, s.paragraph])).toEqual([
      ["“We will not,” Mr. Maliki said on Sunday.", 0],
      ["Gen. Petraeus met him on Jan. 5.", 0],
      ["It was U.S. policy.", 0],
      ["A new paragraph.", 1],
    ]);
  });

  it("keep their place in the text", () => {
    const text = "  First one.  Second one.\nThird.";
    for (const s of sentencesOf(text, "en")) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("datelines", () => {
  const en = readerFor("en")!;
  it.each([
    ["BAGHDAD, June 9 — Two bombs exploded.", "BAGHDAD, June 9 —", "2008-06-09"],
    ["TEHRAN, Iran, Monday, June 9, 2008 (Reuters) — Talks began.", "TEHRAN, Iran, Monday, June 9, 2008 (Reuters) —", "2008-06-09"],
    ["WASHINGTON, Jan. 5 -- Congress met.", "WASHINGTON, Jan. 5 --", "2008-01-05"],
  ])("%s", (text, written, day) => {
    const found = datelineOf(text, en, { year: 2008, month: 6, day: 9 });
    expect(found?.text).toBe(written);
    const d = found!.day!;
    expect(`${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`).toBe(day);
  });

  it.each(["On June 9 — a Monday — talks began.", "Baghdad, June 9 — lower case is not a dateline.", "The report, June 9, said so."])("not in %s", (text) => {
    expect(datelineOf(text, en, { year: 2008, month: 6, day: 9 })).toBeUndefined();
  });
});

describe("titles", () => {
  const long = "Iraq’s prime minister, Nuri Kamal al-Maliki, sought to soothe Iranian opposition to a long-term American military presence in Iraq by offering assurances in Tehran on Sunday.";

  it("are the sentence when it is short, without its full stop", () => {
    expect(titleOf("Maliki met Ahmadinejad on Sunday.", [23, 32], "en")).toBe("Maliki met Ahmadinejad on Sunday");
    expect(titleOf("They crossed at 6:30 a.m.", [13, 24], "en")).toBe("They crossed at 6:30 a.m.");
  });

  it("start where the sentence does when the date is in its first clause (an aside is no clause)", () => {
    expect(titleOf(long, [long.indexOf("on Sunday"), long.indexOf("on Sunday") + 9], "en")).toBe("Iraq’s prime minister, Nuri Kamal al-Maliki, sought to soothe Iranian…");
  });

  it("start at the clause the date is in when it is a later one", () => {
    const s = "Officials have long opposed the agreement with the Americans in all its forms, and the prime minister wants to get it passed this summer.";
    expect(titleOf(s, [s.indexOf("this summer"), s.indexOf("this summer") + 11], "en")).toBe("…and the prime minister wants to get it passed this summer");
  });

  it("are never longer than a label can show, and cut between words", () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const title = titleOf(`${words}.`, [500, 505], "en");
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    // No clause: the sentence from its start, cut after a whole word.
    expect(title).toMatch(/^word0( word\d+)*…$/);
  });
});

describe("languages", () => {
  it("reads French dates with chrono's French", () => {
    const { timeline } = draftTimeline("Le ministre est arrivé à Téhéran le 7 juin 2008. Il est reparti hier.", { locale: "fr", published: PUBLISHED });
    expect(timeline.events.map((e) => e.start)).toEqual(["2008-06-07", "2008-06-08"]);
  });

  it("reads a language chrono does not know as English, and says so", () => {
    const { timeline, diagnostics } = draftTimeline("Talks began on June 3, 2008.", { locale: "fa" });
    expect(timeline.events.map((e) => e.start)).toEqual(["2008-06-03"]);
    expect(diagnostics.map((d) => [d.code, d.section, d.value])).toEqual([["draft-language", "timeline", "fa"]]);
  });

  it("names the publisher in the article's language when none is given", () => {
    const { timeline } = draftTimeline("Le 7 juin 2008, il est arrivé.", { locale: "fr" });
    expect(timeline.events[0]!.sources).toEqual([{ id: "article-0", publisher: "Éditeur non indiqué", quote: "Le 7 juin 2008, il est arrivé." }]);
  });
});

describe("options and odd input", () => {
  it("refuses a publication date it cannot read, and drafts what is absolute", () => {
    const { timeline, diagnostics } = draftTimeline("It began on June 3, 2008, and ended on Sunday.", { published: "next Tuesday" });
    expect(timeline.events.map((e) => e.start)).toEqual(["2008-06-03"]);
    expect(diagnostics.map((d) => [d.code, d.section, d.field])).toEqual([["date-invalid", "timeline", "published"], ["draft-unresolved-date", "text", undefined]]);
  });

  it("keeps only an http(s) address for the article", () => {
    const { timeline, diagnostics } = draftTimeline("It began on June 3, 2008.", { url: "javascript:alert(1)" });
    expect((timeline.events[0]!.sources![0] as { url?: string }).url).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([["url-unsafe", "url"]]);
  });

  it("drafts nothing from an empty text, or from something that is not text", () => {
    expect(draftTimeline("")).toEqual({ timeline: { events: [] }, diagnostics: [] });
    expect(draftTimeline(42 as unknown as string)).toEqual({ timeline: { events: [] }, diagnostics: [] });
  });
});

describe("the drafting codes", () => {
  // One text per code (test/model/codes.test.ts covers the loader's): each says its code, as a
  // warning addressed to its sentence, in a whole sentence.
  const CASES: [string, string, { published?: string; locale?: string }][] = [
    ["draft-unresolved-date", "They met on Sunday.", {}],
    ["draft-unanchored-date", "He left two days later.", { published: PUBLISHED }],
    ["draft-undated-span", "The war lasted eight years.", { published: PUBLISHED }],
    ["draft-date-from-context", "They met on Saturday. At the same time, talks went on.", { published: PUBLISHED }],
    ["draft-language", "It began on June 3, 2008.", { locale: "tr" }],
  ];

  it("are each said by a case here, and no other code starts so", () => {
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith("draft-")).sort()).toEqual(CASES.map(([code]) => code).sort());
  });

  it.each(CASES)("%s", (code, text, options) => {
    const found = draftTimeline(text, options).diagnostics.find((d) => d.code === code);
    expect(found).toBeDefined();
    expect(found!.severity).toBe(DIAGNOSTIC_CODES[code as DiagnosticCode]);
    expect(found!.message).not.toMatch(/undefined|\[object/);
    if (code === "draft-language") expect(found).toMatchObject({ section: "timeline", field: "locale", value: "tr" });
    else expect(found).toMatchObject({ section: "text", index: text.startsWith("They met on Saturday") ? 1 : 0 });
  });
});
