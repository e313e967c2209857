// @vitest-environment node
// What the API is given from JavaScript, where no type stops a mistake. The writers and the layout
// take a loaded timeline: raw data is told to be loaded first, in one TypeError naming the
// function, where it used to fail deep in the layout ("Cannot use 'in' operator…", "items is not
// iterable"). A locale's name that is no string names no locale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { layoutTimeline, loadTimeline, localeFor, preload, renderPage, renderSvg, renderToString, type RenderInput } from "../src/core.js";

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

describe("layoutTimeline", () => {
  const lay = (input: unknown, ...options: unknown[]) => () => layoutTimeline(input as never, (options.length > 0 ? options[0] : { width: 800 }) as never);

  it.each([
    ["a CSV's text", CSV, "a string"],
    ["a TimelineJS file, parsed", JSON.parse(TIMELINEJS), "events whose dates are not read yet"],
    ["undefined", undefined, "undefined"],
  ])("refuses %s, saying to load it first", (_, input, got) => {
    expect(lay(input)).toThrow(new TypeError(`layoutTimeline draws a timeline loadTimeline returned; got ${got}. Load it first: layoutTimeline(loadTimeline(data).timeline, { width: 800 }).`));
  });

  it("asks for the width it lays out at", () => {
    const { timeline } = loadTimeline(CSV);
    for (const [options, got] of [[undefined, "undefined"], [{}, "undefined"], [{ width: Number.NaN }, "NaN"], [{ width: "800" }, "string"]] as const) {
      expect(lay(timeline, options)).toThrow(new TypeError(`layoutTimeline needs the width in pixels to lay out at, as { width: 800 }; got ${got}.`));
    }
    expect(lay(timeline)().items.length).toBeGreaterThan(0);
  });
});

describe("a locale's name that is not a string", () => {
  it.each([null, undefined, 42, {}])("%s names no locale: localeFor gives undefined, preload refuses it by name", async (tag) => {
    expect(localeFor(tag as never)).toBeUndefined();
    await expect(preload(tag as never)).rejects.toThrow(RangeError);
  });
});
