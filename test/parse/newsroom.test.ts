// @vitest-environment node
// Sheets newsrooms published for their own pages, loaded as a journalist would hand them over
// (test/fixtures/newsroom/ORIGIN.md): read as they mean, and nothing dropped without a word.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";

const read = (name: string): string => readFileSync(new URL(`../fixtures/newsroom/${name}`, import.meta.url), "utf8");

describe("ABC's \"Defining Courage\" timeline (position, title, date, photo, lat, long, zoom, desc)", () => {
  const { timeline, diagnostics } = loadTimeline(read("abc-defining-courage.csv"));

  it("reads every dated row, each date at the precision the desk typed", () => {
    expect(timeline.events.map((e) => [e.index, e.start.edtf, e.end?.edtf ?? null])).toEqual([
      [1, "1941-12-07", null],
      [2, "1942-06-12", null],
      [3, "1943-02-01", null],
      [4, "1944-01", null],
      [5, "1944-07-26", null],
      [6, "1944-08", null],
      [7, "1944-10", null],
      [8, "1944-10-30", null],
      [9, "1945-04", null],
      [10, "1945-04", null],
      [11, "1945-04", null],
      [12, "1945-04", null],
      // "April-May 1945 ", with its trailing space: refused before, as no date at all.
      [13, "1945-04", "1945-05"],
      [14, "1946-07-15", null],
    ]);
  });

  it("takes `desc` for the description, and names the columns it does not read and the undated opening card", () => {
    expect(timeline.events.every((e) => e.description?.includes("The story's text is left out here"))).toBe(true);
    expect(diagnostics.filter((d) => d.code === "csv-unknown-column").map((d) => d.field)).toEqual(["position", "lat", "long", "zoom"]);
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.index])).toEqual([["missing-start", 0]]);
  });
});
