// @vitest-environment node
// What the API is given from JavaScript, where no type stops a mistake. The writers and the layout
// take a loaded timeline: raw data is told to be loaded first, in one TypeError naming the
// function, where it used to fail deep in the layout ("Cannot use 'in' operator…", "items is not
// iterable"). The helpers that say part of a loaded timeline in words (a date, a span, a
// citation, an event's name, a diagnostic) say what they take, where they failed reading a
// property of what they were given. A locale's name that is no string names no locale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accessibleName, citationText, describeDate, describeSpan, formatDiagnostic, layoutTimeline, loadTimeline, localeFor, preload, renderPage, renderSvg, renderToString, type RenderInput } from "../src/core.js";

const CSV = readFileSync("examples/seed-tehran-2008/events.csv", "utf8");
const TIMELINEJS = readFileSync("test/fixtures/timelinejs3/compiled-seventh_century.json", "utf8");
const WRITERS = { renderToString, renderSvg, renderPage } as const;

describe.each(Object.entries(WRITERS))("%s", (name, write) => {
  const draw = (input: unknown) => () => write(input as RenderInput);

  it.each([
    ["a CSV's text", CSV, 'the text "ID,Title,Start date,End date,Description"'],
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
    ["a CSV's text", CSV, 'the text "ID,Title,Start date,End date,Description"'],
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

describe("the helpers that say a loaded timeline's parts in words", () => {
  const { timeline, diagnostics } = loadTimeline(`${CSV}talks,Talks,03/04/2008\n`);
  const event = timeline.events.find((e) => e.id === "visit")!;
  const call = (f: unknown, ...args: unknown[]) => () => (f as (...a: unknown[]) => unknown)(...args);

  it.each([
    ["describeDate", call(describeDate, "2008-06-07"), 'describeDate takes a date loadTimeline read; got the text "2008-06-07". For example: describeDate(timeline.events[0].start).'],
    ["describeDate", call(describeDate, null), "describeDate takes a date loadTimeline read; got null. For example: describeDate(timeline.events[0].start)."],
    ["describeDate", call(describeDate, { earliest: 0, latest: 1 }), "describeDate takes a date loadTimeline read; got an object of another shape. For example: describeDate(timeline.events[0].start)."],
    ["describeSpan", call(describeSpan, "2008-06-07", "2008-06-09"), 'describeSpan takes dates loadTimeline read; got the text "2008-06-07". For example: describeSpan(event.start, event.end).'],
    ["describeSpan", call(describeSpan, event.start, "2008-06-09"), 'describeSpan takes dates loadTimeline read; got the text "2008-06-09". For example: describeSpan(event.start, event.end).'],
    ["describeSpan", call(describeSpan, event.start, null), "describeSpan takes dates loadTimeline read; got null. For example: describeSpan(event.start, event.end)."],
    ["citationText", call(citationText, CSV, "nyt"), "citationText takes a timeline loadTimeline returned; got the text \"ID,Title,Start date,End date,Description\". For example: citationText(timeline, timeline.sources[0].id)."],
    ["citationText", call(citationText, [], "nyt"), "citationText takes a timeline loadTimeline returned; got an array. For example: citationText(timeline, timeline.sources[0].id)."],
    ["accessibleName", call(accessibleName, { title: "Visit", start: "2008-06-07" }, {}, 1), "accessibleName takes an event of a timeline loadTimeline returned, and how to say its dates; got an object of another shape. For example: accessibleName(timeline.events[0], {}, 2)."],
    ["accessibleName", call(accessibleName, event, undefined, 1), "accessibleName takes an event of a timeline loadTimeline returned, and how to say its dates; got undefined. For example: accessibleName(timeline.events[0], {}, 2)."],
    ["formatDiagnostic", call(formatDiagnostic, "date-ambiguous"), 'formatDiagnostic takes a diagnostic loadTimeline returned; got the text "date-ambiguous". For example: loadTimeline(data).diagnostics.map(formatDiagnostic).'],
    ["formatDiagnostic", call(formatDiagnostic, undefined), "formatDiagnostic takes a diagnostic loadTimeline returned; got undefined. For example: loadTimeline(data).diagnostics.map(formatDiagnostic)."],
  ])("%s refuses what no load made, saying what it takes (%#)", (_, run, message) => {
    expect(run).toThrow(new TypeError(message));
  });

  it("say what a load made, as before", () => {
    expect(describeDate(event.start)).toBe("7 June 2008");
    expect(describeSpan(event.start, event.end)).toBe("7–9 June 2008");
    expect(describeSpan(event.start, undefined)).toBe("7 June 2008");
    expect(citationText(timeline, timeline.sources[0]!.id)?.publisher).toBe(timeline.sources[0]!.publisher);
    expect(citationText(timeline, "no such source")).toBeUndefined();
    expect(accessibleName(event, {}, 1)).toContain("7–9 June 2008, 1 source");
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.map(formatDiagnostic)[0]).toMatch(/^events\[\d+\] line \d+, /);
  });
});

describe("a locale's name that is not a string", () => {
  it.each([null, undefined, 42, {}])("%s names no locale: localeFor gives undefined, preload refuses it by name", async (tag) => {
    expect(localeFor(tag as never)).toBeUndefined();
    await expect(preload(tag as never)).rejects.toThrow(RangeError);
  });
});
