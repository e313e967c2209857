// @vitest-environment node
// What the writers are given: a loaded timeline. Raw data — the likeliest mistake from JavaScript,
// where no type stops it — is told to be loaded first, in one TypeError naming the writer, where it
// used to fail deep in the layout ("Cannot use 'in' operator…", "items is not iterable").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { layoutTimeline, loadTimeline, renderPage, renderSvg, renderToString, type RenderInput } from "../../src/core.js";

const CSV = readFileSync("examples/seed-tehran-2008/events.csv", "utf8");
const TIMELINEJS = readFileSync("test/fixtures/timelinejs3/compiled-seventh_century.json", "utf8");
const WRITERS = { renderToString, renderSvg, renderPage } as const;

describe.each(Object.entries(WRITERS))("%s", (name, write) => {
  const draw = (input: unknown) => () => write(input as RenderInput);

  it.each([
    ["a CSV's text", CSV, "a string"],
    ["a TimelineJS file, parsed", JSON.parse(TIMELINEJS), "events whose dates are not read yet"],
    ["native events not loaded", { events: [{ title: "Visit", start: "2008-06-07" }], sources: [], groups: [], eras: [] }, "events whose dates are not read yet"],
    ["null", null, "null"],
    ["an array of events", [{ title: "Visit", start: "2008" }], "an array"],
    ["a layout of nothing", { timeline: loadTimeline(CSV).timeline, layout: {} }, "a layout that layoutTimeline did not make"],
  ])("refuses %s, saying to load it first", (_, input, got) => {
    expect(draw(input)).toThrow(TypeError);
    expect(draw(input)).toThrow(`${name} draws a timeline loadTimeline returned, or { timeline, layout }; got ${got}. Load it first: ${name}(loadTimeline(data).timeline).`);
  });

  it("draws what loadTimeline returned, alone or with its layout", () => {
    const { timeline } = loadTimeline(CSV);
    expect(draw(timeline)()).toContain("Maliki");
    expect(draw({ timeline, layout: layoutTimeline(timeline, { width: 640 }) })()).toContain("Maliki");
    // The empty timeline is a loaded one too.
    expect(draw(loadTimeline({ events: [] }).timeline)).not.toThrow();
  });
});
