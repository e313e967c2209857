// A missing value's marker in a date cell ("N/A", "NA", "#N/A", "NaN", "null", "None", ".", a dash):
// read as the empty cell it stands for, and said. As an end it dropped the whole event as an
// unreadable date. Real data nobody here wrote: The Pudding's captive cetaceans, whose living
// animals' `statusDate` is R's "NA" (test/fixtures/published/ORIGIN.md).
import { csvParse } from "d3-dsv";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";

const MARKERS = ["NA", "N/A", "n/a", "#N/A", "NaN", "nan", "null", "NULL", "None", ".", "-", "--", "\u2013", "\u2014", " N/A "];

describe("a missing value's marker in a date cell", () => {
  it.each(MARKERS)("%j as an end: the event stays, with no end, and a warning quoting it", (marker) => {
    const { timeline, diagnostics } = loadTimeline(`Title,Start date,End date\nVisit,2008-06-07,"${marker}"\n`);
    expect(timeline.events.map((e) => [e.start.edtf, e.end])).toEqual([["2008-06-07", undefined]]);
    // A sheet's cell is read trimmed, as every cell is.
    expect(diagnostics.map((d) => [d.code, d.severity, d.field, d.value])).toEqual([["wrong-type-ignored", "warning", "End date", marker.trim()]]);
    expect(diagnostics[0]?.message).toBe(`\`End date\` must be a date ("${marker.trim()}" is a missing value, as spreadsheets, R and pandas write one); it was ignored.`);
  });

  it.each(MARKERS)("%j as a start: the start is missing, the value quoted", (marker) => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "Visit", start: marker }] });
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.value])).toEqual([["missing-start", marker]]);
  });

  it("as a source's date: the citation stays, without its date", () => {
    const { timeline, diagnostics } = loadTimeline("Title,Start date,Source,Source date\nVisit,2008-06-07,IRNA,#N/A\n");
    expect(timeline.sources.map((s) => [s.publisher, s.published])).toEqual([["IRNA", undefined]]);
    expect(timeline.events[0]?.sources).toHaveLength(1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.value])).toEqual([["wrong-type-ignored", "warning", "#N/A"]]);
  });

  it("is only a marker standing alone: words that say something of the date are still refused", () => {
    for (const text of ["unknown", "TBD", "?", "NA 2008", "n/a?", "-2008"]) {
      const { diagnostics } = loadTimeline(`Title,Start date,End date\nVisit,2008-06-07,${text}\n`);
      expect(diagnostics.map((d) => d.code).filter((c) => c === "wrong-type-ignored"), text).toEqual([]);
    }
  });
});

describe("The Pudding's captive cetaceans, whose living animals have no status date (\"NA\")", () => {
  const csv = readFileSync(new URL("../fixtures/published/cetaceans-every-seventh.csv", import.meta.url), "latin1");
  // As a reporter would name the columns: the animal, when it came (born, captured, rescued), and its status's date.
  const sheet = csv.replace(/^"","species","id","name",(.*?)"originDate",(.*?)"statusDate",/, '"","species","registry","Title",$1"Start date",$2"End date",');
  const rows = csvParse(csv);

  it("loads every animal with a known origin: the living as points, the rest as spans to their status's date", () => {
    expect(rows).toHaveLength(314);
    const { timeline, diagnostics } = loadTimeline(sheet);
    const known = rows.filter((r) => r.originDate !== "NA");
    expect(timeline.events).toHaveLength(known.length);
    // Each as the row writes it: its origin, and its status's date where there is one.
    const asWritten = known.map((r) => `${r.name?.trim()} ${r.originDate}/${r.statusDate === "NA" ? "" : r.statusDate}`).sort();
    expect(timeline.events.map((e) => `${e.title} ${e.start.edtf}/${e.end?.edtf ?? ""}`).sort()).toEqual(asWritten);
    // Every "NA" said, on its row: an end left empty (a warning), a start missing (the row refused).
    const said = (code: string) => diagnostics.filter((d) => d.code === code && d.value === "NA").map((d) => d.index);
    expect(said("wrong-type-ignored")).toEqual(rows.flatMap((r, i) => (r.statusDate === "NA" ? [i] : [])));
    expect(said("missing-start")).toEqual(rows.flatMap((r, i) => (r.originDate === "NA" ? [i] : [])));
    expect(diagnostics.filter((d) => d.severity === "error").every((d) => d.code === "missing-start")).toBe(true);
  });
});
