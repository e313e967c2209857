// @vitest-environment node
// Sheets published for pages of their own, loaded as a journalist would hand them over
// (test/fixtures/published/ORIGIN.md): read as they mean, and nothing dropped without a word.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";

const read = (name: string): string => readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), "utf8");

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
    expect(timeline.events.every((e) => e.description?.includes("of the story's text is left out here"))).toBe(true);
    expect(diagnostics.filter((d) => d.code === "csv-unknown-column").map((d) => d.field)).toEqual(["position", "lat", "long", "zoom"]);
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.index])).toEqual([["missing-start", 0]]);
  });

  it("reads `desc`, written in HTML for the story's page, as the page shows it: paragraphs, no tags, and says so once", () => {
    // Each cell is <p> after <p>, with runs of blank lines and spaces between ("</p> \n\n \n\n<p>").
    const pearlHarbor = timeline.events.find((e) => e.index === 1)!;
    expect(pearlHarbor.description).toBe(
      [1, 2, 3, 4, 5, 6].map((n) => `(Paragraph ${n} of the story's text is left out here; see ORIGIN.md.)`).join("\n\n"),
    );
    // Row 12's first paragraph opens with a space, as the desk typed it; the page shows none.
    expect(timeline.events.find((e) => e.index === 12)!.description?.startsWith("(Paragraph 1 ")).toBe(true);
    expect(timeline.events.some((e) => /[<>]/.test(e.description ?? ""))).toBe(false);
    const said = diagnostics.filter((d) => d.code === "csv-html-text");
    expect(said.map((d) => [d.severity, d.field, d.line])).toEqual([["warning", "desc", 1]]);
    expect(said[0]?.message).toBe(
      'Column "desc" holds HTML, so its cells were read as a page shows them: the words kept, the markup left out, and each link cited as a source of its row.',
    );
  });
});

describe("a scraped sheet of North Korea's missile tests (an unnamed index, date, content)", () => {
  const { timeline, diagnostics } = loadTimeline(read("nk-missile-tests.csv"));

  it("draws every row, each title made from its text's first words, and says so once; the unnamed index is named as ignored", () => {
    expect(timeline.events).toHaveLength(12);
    expect(diagnostics.map((d) => [d.code, d.severity, d.field])).toEqual([
      ["csv-unknown-column", "warning", "column 1"],
      ["csv-title-from-text", "warning", "content"],
    ]);
    expect(diagnostics[0]?.message).toBe('Column "column 1" is not one citeline reads; it was ignored. It has no name in the header row.');
    const byIndex = (i: number) => timeline.events.find((e) => e.index === i)!;
    expect(byIndex(0)).toMatchObject({ title: "First Scud-B missile test firing.[8]", description: "First Scud-B missile test firing.[8]" });
    expect(byIndex(4).title).toBe("North Korea fires off its first ballistic missile, the…");
    expect(byIndex(11).start.edtf).toBe("2009-07-04");
  });
});
