// @vitest-environment node
// The story's order as the data gives it (`story: [ids]`): checked against the events that loaded,
// reported and skipped where it names none or repeats one, and saved back as loaded. And which
// format the input was read as, since a TimelineJS file opens in story mode.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";

const SEED = JSON.parse(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")) as { events: { id: string }[] };
const events = [
  { id: "war", title: "War", start: "1980/1988" },
  { id: "visit", title: "Visit", start: "2008-06-07" },
  { id: "pact", title: "Pact", start: "2008-11" },
];

describe("story: [ids]", () => {
  it("keeps the data's order, not time order", () => {
    const { timeline, diagnostics } = loadTimeline({ events, story: ["visit", "war", "pact"] });
    expect(diagnostics).toEqual([]);
    expect(timeline.story).toEqual(["visit", "war", "pact"]);
    expect(timeline.events.map((e) => e.id)).toEqual(["war", "visit", "pact"]);
  });

  it("may tell some of the events only", () => {
    expect(loadTimeline({ events, story: ["pact", "visit"] }).timeline.story).toEqual(["pact", "visit"]);
  });

  it("reports an id that names no event, a repeat and a value that is no id, each with its place, and skips them", () => {
    const { timeline, diagnostics } = loadTimeline({ events, story: ["visit", "nope", "visit", 42, "war"] });
    expect(timeline.story).toEqual(["visit", "war"]);
    expect(timeline.events).toHaveLength(3);
    expect(diagnostics.map((d) => [d.code, d.severity, d.section, d.field, d.value])).toEqual([
      ["unknown-story-event", "warning", "timeline", "story[1]", "nope"],
      ["duplicate-story-event", "warning", "timeline", "story[2]", "visit"],
      ["unknown-story-event", "warning", "timeline", "story[3]", "42"],
    ]);
    expect(diagnostics[0]!.message).toBe('Story entry "nope" names no event of the timeline; it was skipped.');
  });

  it("an event dropped for an error of its own is not told, and both are said", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [...events, { id: "bad", title: "Bad", start: "next Tuesday" }], story: ["bad", "war"] });
    expect(timeline.story).toEqual(["war"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["unknown-story-event", "date-invalid"]);
  });

  it("a story that is not a list is reported and left out; an empty one is no story", () => {
    const notList = loadTimeline({ events, story: "visit" });
    expect(notList.timeline.story).toBeUndefined();
    expect(notList.diagnostics.map((d) => [d.code, d.field])).toEqual([["list-not-array", "story"]]);
    const empty = loadTimeline({ events, story: [] });
    expect(empty.timeline.story).toBeUndefined();
    expect(empty.diagnostics).toEqual([]);
    expect(loadTimeline({ events, story: ["nope"] }).timeline.story).toBeUndefined();
  });

  it("round-trips: saved and loaded again, the same story with no diagnostics", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("war", "visit", "pact", "nope", "iran"), { maxLength: 8 }), (story) => {
        const first = loadTimeline({ events, story }).timeline;
        const again = loadTimeline(JSON.stringify(first));
        expect(again.diagnostics).toEqual([]);
        expect(again.timeline).toEqual(first);
        // What loads is each named event once, in the order first named.
        const told = [...new Set(story.filter((id) => id !== "nope" && id !== "iran"))];
        expect(first.story).toEqual(told.length > 0 ? told : undefined);
      }),
      { numRuns: 200 },
    );
  });

  it("the seed has no story of its own: its story is every event in time order", () => {
    expect(loadTimeline(SEED).timeline.story).toBeUndefined();
  });
});

describe("the format the input was read as", () => {
  it("is json, csv or timelinejs, whatever format was asked for", () => {
    expect(loadTimeline({ events }).format).toBe("json");
    expect(loadTimeline(JSON.stringify({ events })).format).toBe("json");
    expect(loadTimeline("Title,Date\nVisit,2008-06-07\n").format).toBe("csv");
    const tjs = { title: { text: { headline: "Maliki in Tehran" } }, events: [{ start_date: { year: 2008, month: 6, day: 7 }, text: { headline: "Visit" } }] };
    expect(loadTimeline(tjs).format).toBe("timelinejs");
    expect(loadTimeline(JSON.stringify(tjs), { format: "timelinejs" }).format).toBe("timelinejs");
  });

  it("is timelinejs for TimelineJS's Google Sheets template read as CSV", () => {
    const sheet = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n2008,6,7,,,,,,,Visit begins,,,,,,,,\n";
    const { format, timeline } = loadTimeline(sheet);
    expect(timeline.events.map((e) => e.title)).toEqual(["Visit begins"]);
    expect(format).toBe("timelinejs");
  });
});
