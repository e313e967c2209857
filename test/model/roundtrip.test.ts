// @vitest-environment node
import { describe, expect, expectTypeOf, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { loadTimeline } from "../../src/load.js";
import type { Timeline, TimelineInput } from "../../src/types.js";

// Every date form the loader reads, so that each one's canonical EDTF is shown to read back.
const DATES = [
  "2008-06-08", "2008-06", "1980", "476", "-44", "0", "2008-22?", "2008-06~", "1984?", "1984%", "198X", "19XX", "2XXX",
  "156X-12-25", "1XXX-12", "1984-XX", "1950S2", "2004?-06-11", "?2004-06-~11", "2008-06-08T14", "2008-06-08T14:30",
  "2008-06-08T14:30Z", "1985-04-12T23:20:30-04", "2008-06-08T14:30:05.250+03:30", "1980/1988", "1985-04-12/..",
  "../1985", "1985-04-12/", "/1985", "[1667,1668]", "{1667,1668}", "[1667..1672,1680]", "[..1760-12-03]", "[1760-12~..]", "-0753", "8 June 2008",
  "June 2008", "754 BCE", "1980–1988", "Y-12000",
];

const date = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }) },
);

const source = fc.record(
  {
    publisher: fc.constantFrom("The New York Times", "IRNA", "Reuters"),
    title: fc.constantFrom("Maliki in Tehran", "Pact talks", undefined),
    url: fc.constantFrom("https://www.nytimes.com/2008/06/09/world/middleeast/09iraq.html", "https://irna.ir/x", undefined),
    quote: fc.constantFrom("He said so.", undefined),
    published: fc.constantFrom("2008-06-09", "2008-06-09T10:00Z", undefined),
    via: fc.constantFrom("nyt", undefined),
  },
  { requiredKeys: ["publisher"] },
);

const event = fc.record(
  {
    title: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ""),
    start: date,
    end: fc.constantFrom(undefined, "2010", ".."),
    group: fc.constantFrom("iraq", "iran", undefined),
    tags: fc.constantFrom(["visit"], undefined),
    importance: fc.constantFrom(10, 90, undefined),
    description: fc.constantFrom("Talks.", undefined),
    displayDate: fc.constantFrom("Spring", undefined),
    // Drafted and not yet checked (true), checked (false), or never drafted.
    draft: fc.constantFrom(true, false, undefined),
    sources: fc.array(fc.oneof(fc.constant("nyt"), source), { maxLength: 3 }),
    // A picture: its credit joins the sources (or is one of them), its alt may be missing.
    media: fc.constantFrom(
      undefined,
      { url: "images/visit.jpg", alt: "Maliki arrives", credit: "IRNA", caption: "Tehran" },
      { url: "https://www.nytimes.com/images/pact.png", credit: "The New York Times" },
      { url: "/img/a b.jpg", alt: "", credit: "Photo: Jane Doe/AP" },
      { url: "javascript:alert(1)", alt: "x", credit: "Reuters" },
    ),
    // Disputed: accounts with their own dates and sources (with or without the event's own date).
    accounts: fc.option(fc.array(fc.record({ start: date, end: fc.constantFrom(undefined, "2010"), description: fc.constantFrom("IRNA's account.", undefined), sources: fc.array(fc.oneof(fc.constant("nyt"), source), { maxLength: 2 }) }, { requiredKeys: ["start"] }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  },
  { requiredKeys: ["title", "start"] },
);

const input = fc.record({
  title: fc.constantFrom("Maliki in Tehran", undefined),
  sources: fc.constant([{ id: "nyt", publisher: "The New York Times", url: "https://www.nytimes.com/" }]),
  groups: fc.constant([{ id: "iran", label: "Iran" }]),
  events: fc.array(event, { maxLength: 8 }),
  eras: fc.array(fc.record({ title: fc.constantFrom("War", "Pact"), start: date, sources: fc.constant(["nyt"]) }), { maxLength: 2 }),
});

// The order a loaded event's fields are in (the loader builds events several ways for speed).
const EVENT_KEY_ORDER = ["id", "index", "title", "start", "tags", "importance", "sources", "end", "description", "displayDate", "group", "media", "draft", "accounts"];

describe("a loaded timeline is the normal form of its input", () => {
  it("load ∘ serialise ∘ load = load, as JSON text and as an object, with no diagnostics the second time", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const first = loadTimeline(raw).timeline;
        const again = loadTimeline(JSON.stringify(first));
        expect(again.diagnostics).toEqual([]);
        expect(again.timeline).toEqual(first);
        // Saved twice, the same text: every event's fields in one order, however it was made.
        expect(JSON.stringify(again.timeline)).toBe(JSON.stringify(first));
        for (const e of first.events) expect(Object.keys(e)).toEqual(EVENT_KEY_ORDER.filter((k) => k in e));
        const asObject = loadTimeline(structuredClone(first));
        expect(asObject.diagnostics).toEqual([]);
        expect(asObject.timeline).toEqual(first);
      }),
      { seed: 20081231, numRuns: 300 },
    );
  });

  it("keeps every date form's precision and words through a save", () => {
    const { timeline, diagnostics } = loadTimeline({ events: DATES.map((start, i) => ({ title: `e${i}`, start })) });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const again = loadTimeline(JSON.parse(JSON.stringify(timeline)) as unknown);
    expect(again.timeline.events.map((e) => [e.start.edtf, e.start.precision, e.end?.edtf])).toEqual(timeline.events.map((e) => [e.start.edtf, e.start.precision, e.end?.edtf]));
  });

  it("writes a time at the precision it is known, not with seconds and milliseconds", () => {
    const { timeline } = loadTimeline({ events: [{ title: "Talks", start: "2008-06-08T14:30" }, { title: "Call", start: "2008-06-08T14" }] });
    expect(timeline.events.map((e) => e.start.edtf)).toEqual(["2008-06-08T14", "2008-06-08T14:30"]);
  });

  it("round-trips the seed story and the CSV example", () => {
    for (const path of ["examples/seed-tehran-2008/events.json", "examples/seed-tehran-2008/events.csv"]) {
      const { timeline } = loadTimeline(readFileSync(path, "utf8"));
      const again = loadTimeline(JSON.stringify(timeline));
      expect(again.diagnostics, path).toEqual([]);
      expect(again.timeline, path).toEqual(timeline);
      expect(JSON.stringify(again.timeline), path).toBe(JSON.stringify(timeline));
    }
  });

  it("reports a date object whose bounds disagree with its text, and reads the text", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "Visit", start: { edtf: "2008-06", earliest: 0, latest: 1 } }] });
    expect(timeline.events[0]?.start.precision).toBe("month");
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([["date-object-mismatch", "start"]]);
  });

  it("refuses a date object without its EDTF text", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "Visit", start: { earliest: 0 } }] });
    expect(timeline.events).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ code: "date-invalid", index: 0, field: "start" });
  });

  it("has a Timeline type that is a TimelineInput", () => {
    expectTypeOf<Timeline>().toExtend<TimelineInput>();
  });
});
