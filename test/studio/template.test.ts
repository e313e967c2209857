// The blank template the workbench offers (studio/src/template.ts): it loads with no problem at
// all, shows each way of writing a date, and its second sheet explains every column it has.
import { describe, expect, it } from "vitest";
import { csvParseRows } from "d3-dsv";
import { loadTimeline } from "../../src/load.js";
import { templateCsv, templateGuideCsv } from "../../studio/src/template.js";

describe("the template", () => {
  it("loads with no diagnostic, every event sourced, one relayed through Via and one with a second source", () => {
    const { timeline, diagnostics } = loadTimeline(templateCsv(), { requireSources: true, strict: true });
    expect(diagnostics).toEqual([]);
    expect(timeline.events.every((e) => e.sources.length > 0)).toBe(true);
    expect(timeline.events.find((e) => e.id === "visit")!.sources).toHaveLength(2);
    expect(timeline.sources.some((s) => s.via !== undefined)).toBe(true);
  });

  it("has a row for each precision and qualifier a date can have", () => {
    const { timeline } = loadTimeline(templateCsv());
    const forms = new Set(timeline.events.map((e) => `${e.start.precision} ${e.start.qualifier}`));
    for (const form of ["day exact", "month exact", "year exact", "season exact", "month approximate", "day uncertain"]) expect(forms).toContain(form);
    expect(timeline.events.some((e) => e.start.earliest < Date.UTC(-752, 0, 1))).toBe(true);
    expect(timeline.events.some((e) => e.end !== undefined)).toBe(true);
  });

  it("explains, in its second sheet, every column of the first", () => {
    const [header = []] = csvParseRows(templateCsv());
    const [guideHeader, ...guide] = csvParseRows(templateGuideCsv());
    expect(guideHeader).toEqual(["Column", "What it holds", "Example"]);
    const explained = guide.flatMap(([names = ""]) => names.split(",").map((n) => n.trim())).filter((n) => n !== "…");
    for (const column of header) expect(explained, column).toContain(column);
    expect(guide.some(([name, words]) => name === "Via" && /relay/.test(words ?? ""))).toBe(true);
  });
});
