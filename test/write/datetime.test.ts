// @vitest-environment node
// A date's element in the lists: HTML's <time datetime> only where HTML can say the date, a
// <span> where it cannot (a span of dates, a season, a doubtful or sided date, unknown digits),
// and the EDTF in data-edtf on both. A <time> holding what HTML cannot read is invalid markup, and
// a validator or a search engine reading `datetime` would take "2008-21" (summer) for a 21st month.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderToString } from "../../src/core.js";
import { loadTimeline } from "../../src/load.js";
import { htmlDatetime } from "../../src/scene/datetime.js";
import { parseHtml } from "./trees.js";

const read = (path: string) => readFileSync(resolve(import.meta.dirname, "../..", path), "utf8");

describe("what a datetime attribute can hold of a date", () => {
  it.each([
    ["2008-06-07", "2008-06-07"],
    ["2008-06", "2008-06"],
    ["2008", "2008"],
    ["0753", "0753"],
    ["2008-06-07T14:30:00Z", "2008-06-07T14:30:00Z"],
    ["2008-06-07T14:30", "2008-06-07T14:30"],
    ["2008-06-07T14:30:00+03:30", "2008-06-07T14:30:00+03:30"],
    ["2008-02-29", "2008-02-29"],
    ["2000-02-29", "2000-02-29"],
  ])("%s is %s", (edtf, datetime) => {
    expect(htmlDatetime(edtf)).toBe(datetime);
  });

  it.each([
    ["2008-06-07/2008-06-09", "a span"],
    ["1985/..", "an open end"],
    ["2008-21", "a season"],
    ["2008-06~", "an approximate month"],
    ["2008?", "a doubtful year"],
    ["2008-06-07%", "a doubtful, approximate day"],
    ["198X", "unknown digits"],
    ["-0753", "a year before the common era"],
    ["0000", "year zero"],
    ["1900-02-29", "no such day"],
    ["2008-04-31", "no such day"],
    ["2008-13", "no such month"],
    ["[..1760-12-03]", "a date known from one side"],
    ["[1665,1666]", "one of a set"],
    ["Y170000002", "a year of many digits, EDTF's way"],
    ["2008-06-07T14:30:00+03", "a zone with no minutes"],
  ])("%s is nothing: %s", (edtf) => {
    expect(htmlDatetime(edtf)).toBeUndefined();
  });
});

describe("the list's dates, as the server writes them", () => {
  it("are <time datetime> where HTML can say the date and <span> where not, each with its EDTF", () => {
    // The seed holds days and spans; the archive only what HTML cannot say (spans, sets, unknown
    // digits, dates known from one side).
    for (const [path, tags] of [
      ["examples/seed-tehran-2008/events.csv", ["time", "span"]],
      ["test/fixtures/dates/archive.json", ["span"]],
    ] as const) {
      const { timeline } = loadTimeline(read(path));
      const doc = parseHtml(renderToString(timeline, { width: 1200 }));
      const whens = [...doc.querySelectorAll(".cl-entry-when")];
      expect(whens.length, path).toBeGreaterThan(0);
      for (const el of whens) {
        const edtf = el.getAttribute("data-edtf")!;
        const event = timeline.events.find((e) => el.closest("li")!.getAttribute("data-id") === e.id)!;
        expect(edtf).toBe(event.end ? `${event.start.edtf}/${event.end.edtf}` : event.start.edtf);
        if (htmlDatetime(edtf) === undefined) expect([el.localName, el.hasAttribute("datetime")], edtf).toEqual(["span", false]);
        else expect([el.localName, el.getAttribute("datetime")], edtf).toEqual(["time", edtf]);
      }
      expect(new Set(whens.map((el) => el.localName)), path).toEqual(new Set(tags));
    }
  });
});
