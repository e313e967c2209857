// @vitest-environment node
// "Early June 2008", "mid-2020", "the late 1990s": a part of a month, year, decade or century, read
// as the third it names, at the precision written, and said.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";
import { readDate } from "../../src/model/date.js";

const reinterpreted = (edtf: string, detail: string) => ({ ok: true, edtf, warning: { code: "date-reinterpreted", detail } });

describe("a part of a month, year, decade or century", () => {
  it("is read as the third it names, and said", () => {
    expect(normalizeSpelling("early June 2008")).toEqual(reinterpreted("[2008-06-01..2008-06-10]", "some day of 1–10 June 2008"));
    expect(normalizeSpelling("mid-June 2008")).toEqual(reinterpreted("[2008-06-11..2008-06-20]", "some day of 11–20 June 2008"));
    expect(normalizeSpelling("late February 2008")).toEqual(reinterpreted("[2008-02-21..2008-02-29]", "some day of 21–29 February 2008"));
    expect(normalizeSpelling("late February 2009")).toEqual(reinterpreted("[2009-02-21..2009-02-28]", "some day of 21–28 February 2009"));
    expect(normalizeSpelling("Early 2020")).toEqual(reinterpreted("2020-37", "the first third of 2020"));
    expect(normalizeSpelling("the middle of 2020")).toEqual(reinterpreted("2020-38", "the middle third of 2020"));
    expect(normalizeSpelling("the late 1990s")).toEqual(reinterpreted("[1997..1999]", "one of the years 1997–1999"));
    expect(normalizeSpelling("mid-1990s")).toEqual(reinterpreted("[1994..1996]", "one of the years 1994–1996"));
    expect(normalizeSpelling("early 20th century")).toEqual(reinterpreted("[1900..1933]", "one of the years 1900–1933"));
  });

  it("loads with its warning, and a range of two parts says both", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "Talks", start: "late 2008 to early 2009" }] });
    expect([timeline.events[0]?.start.edtf, timeline.events[0]?.end?.edtf]).toEqual(["2008-39", "2009-37"]);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["date-reinterpreted", '"late 2008 to early 2009" was read as the last third of 2008 to the first third of 2009. Write it as EDTF (such as YYYY-MM-DD) to be sure.'],
    ]);
  });

  it("is refused before a day or a season, which have no thirds", () => {
    expect(normalizeSpelling("early 8 June 2008")).toMatchObject({ ok: false, code: "date-invalid" });
    expect(normalizeSpelling("late summer 2008")).toMatchObject({ ok: false, code: "date-invalid" });
    expect(normalizeSpelling("late")).toEqual({ ok: true, edtf: "late" });
  });

  it("splits its whole into three parts in order, each inside it, none overlapping", () => {
    const whole = fc.oneof(
      fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => new Date(Date.UTC(2000, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" }) + ` ${y}`),
      fc.integer({ min: 1000, max: 2999 }).map(String),
      // "1900s" is a decade or a century: refused as ambiguous, so no decade ending in 00.
      fc.integer({ min: 100, max: 299 }).filter((d) => d % 10 !== 0).map((d) => `${d}0s`),
    );
    fc.assert(
      fc.property(whole, (text) => {
        const of = (t: string) => {
          const spelled = normalizeSpelling(t);
          if (!spelled.ok) throw new Error(`${t}: ${spelled.code}`);
          const read = readDate(spelled.edtf);
          if (!read.ok) throw new Error(`${t}: ${read.code}`);
          return read.date;
        };
        const all = of(text);
        const parts = ["early", "mid", "late"].map((p) => of(`${p} ${text}`));
        for (const part of parts) expect(part.earliest >= all.earliest && part.latest <= all.latest, text).toBe(true);
        expect(parts[0]!.earliest, text).toBe(all.earliest);
        expect(parts[2]!.latest, text).toBe(all.latest);
        expect(parts[0]!.latest < parts[1]!.earliest && parts[1]!.latest < parts[2]!.earliest, text).toBe(true);
      }),
      { seed: 20080608, numRuns: 300 },
    );
  });
});
