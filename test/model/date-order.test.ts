// A sheet's numeric dates read in the order its own dates show (src/model/date-order.ts): a US
// sheet writes "1/15/2018", and its "12/8/2017" is then 8 December, said; refused as ambiguous
// before, as where the data shows no order or both.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { orderSeen } from "../../src/model/date-order.js";

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

describe("the order a data's own dates show", () => {
  it("is the one order its dates can only be read in, with the first that shows it; both, with the first of each, where they show both", () => {
    expect(orderSeen([{ start: "1/15/2018" }, { start: "12/8/2017" }])).toEqual({ format: "MDY", example: "1/15/2018" });
    expect(orderSeen([{ start: "7.6.2008" }], [{ start: "1980", end: "13.6.2008 14:30" }])).toEqual({ format: "DMY", example: "13.6.2008" });
    expect(orderSeen([{ start: "6/1/2008 - 13/3/2008" }])).toEqual({ format: "DMY", example: "13/3/2008" });
    expect(orderSeen([{ start: "13/6/2008" }, { start: "6/13/2008" }, { start: "14/6/2008" }])).toEqual({ format: "both", dayFirst: "13/6/2008", monthFirst: "6/13/2008" });
    // Czech and Slovak write a space after each point.
    expect(orderSeen([{ start: "7. 6. 2008" }, { start: "13. 6. 2008" }])).toEqual({ format: "DMY", example: "13. 6. 2008" });
    // ISO dates and days that are no day show nothing.
    expect(orderSeen([{ start: "2008-06-13" }, { start: "32/6/2008" }, { start: 1212796800000 }])).toBeUndefined();
    // A two-digit year's date shows it, as a sheet formatted m/d/yy writes the order it writes
    // (read with twoDigitYearsFrom, test/model/two-digit-years.test.ts).
    expect(orderSeen([{ start: "6/13/08" }])).toEqual({ format: "MDY", example: "6/13/08" });
  });

  it("reads the dates that could be either in it, each said, and leaves them refused where there is none, or both", () => {
    const us = loadTimeline("Title,Date\nA,1/15/2018\nB,12/8/2017\nC,7/7/2008\n");
    expect(us.timeline.events.map((e) => e.start.edtf).sort()).toEqual(["2008-07-07", "2017-12-08", "2018-01-15"]);
    expect(us.diagnostics.map((d) => [d.index, d.code, d.message])).toEqual([
      [0, "date-reinterpreted", "\"1/15/2018\" was read as 15 January 2018. Write it as EDTF (such as YYYY-MM-DD) to be sure."],
      [1, "date-reinterpreted", "\"12/8/2017\" was read as 8 December 2017: month first, as \"1/15/2018\" in the same data can only be. Write it as EDTF (such as YYYY-MM-DD) to be sure."],
    ]);
    // A sheet's midnight (Excel's "6/7/2008 0:00") is read as its day in that order, both said.
    const midnight = loadTimeline("Title,Date\nA,1/15/2018 0:00\nB,6/7/2008 0:00\n");
    expect(midnight.timeline.events.map((e) => e.start.edtf).sort()).toEqual(["2008-06-07", "2018-01-15"]);
    expect(midnight.diagnostics[1]?.message).toBe("\"6/7/2008 0:00\" was read as 7 June 2008, the whole day: a sheet writes a date alone as its midnight (write 2008-06-07T00:00 for the midnight itself); month first, as \"1/15/2018\" in the same data can only be. Write it as EDTF (such as YYYY-MM-DD) to be sure.");
    const both = loadTimeline("Title,Date\nA,13/6/2008\nB,6/13/2008\nC,7/6/2008\n");
    expect(both.diagnostics.filter((d) => d.severity === "error").map((d) => [d.index, d.code])).toEqual([[2, "date-ambiguous"]]);
    // Refused, saying why no order was taken from the data.
    expect(both.diagnostics[2]?.message).toBe('"7/6/2008" is ambiguous: it could be 7 June 2008 or 6 July 2008; the same data writes dates both ways: day first ("13/6/2008") and month first ("6/13/2008"). Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY" (date-format in markup).');
    expect(both.diagnostics[2]?.readings).toEqual(["2008-06-07", "2008-07-06"]);
    // An ambiguity no order settles says nothing of the data's orders.
    const decade = loadTimeline("Title,Date\nA,13/6/2008\nB,6/13/2008\nC,1900s\nD,2008/09\n").diagnostics.filter((d) => d.code === "date-ambiguous");
    expect(decade.map((d) => d.value)).toEqual(["1900s", "2008/09"]);
    for (const d of decade) expect(d.message, d.value).not.toContain("both ways");
    // A Czech sheet's "7. 6. 2008" beside its "13. 6. 2008".
    const czech = loadTimeline("Title,Date\nA,13. 6. 2008\nB,7. 6. 2008\n");
    expect(czech.timeline.events.map((e) => e.start.edtf).sort()).toEqual(["2008-06-07", "2008-06-13"]);
    expect(czech.diagnostics[1]?.message).toBe('"7. 6. 2008" was read as 7 June 2008: day first, as "13. 6. 2008" in the same data can only be. Write it as EDTF (such as YYYY-MM-DD) to be sure.');
    expect(loadTimeline("Title,Date\nC,7/6/2008\n").diagnostics.map((d) => d.code)).toEqual(["date-ambiguous"]);
    // An order given is the one read, with no warning, whatever the data shows.
    const given = loadTimeline("Title,Date\nA,13/6/2008\nB,7/6/2008\n", { dateFormat: "DMY" });
    expect(given.diagnostics).toEqual([]);
  });

  it("reads any sheet of numeric dates written in one order as their days, once one of them shows it (property)", () => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 12 }), fc.constantFrom("DMY", "MDY"), fc.constantFrom("/", ".", "-", ". "), (days, order, mark) => {
        // One day past the 12th, so that the order shows.
        const all = [new Date(Date.UTC(2008, 5, 13)), ...days];
        const write = (d: Date) => (order === "DMY" ? [d.getUTCDate(), d.getUTCMonth() + 1] : [d.getUTCMonth() + 1, d.getUTCDate()]).join(mark) + mark + d.getUTCFullYear();
        const { timeline, diagnostics } = loadTimeline({ events: all.map((d, i) => ({ id: `e${i}`, title: `Event ${i}`, start: write(d) })) });
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const read = new Map(timeline.events.map((e) => [e.id, e.start.edtf]));
        all.forEach((d, i) => expect(read.get(`e${i}`), write(d)).toBe(iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())));
      }),
      { seed: 20180115, numRuns: 200 },
    );
  });
});

describe("a published sheet in a US newsroom's order: FiveThirtyEight's congressional resignations", () => {
  // test/fixtures/published/ORIGIN.md: 615 resignations from 1901 to 2018, each dated M/D/YYYY
  // and cited to the outlet that reported it; the header named as a reporter would rename it.
  const text = readFileSync("test/fixtures/published/congressional-resignations.csv", "utf8");
  const renamed = text.replace(/^Member,Party,District,Congress,Resignation Date,/, "Title,Party,District,Congress,Date,");

  it("loads every row, each on the day the sheet gives, citing its source", () => {
    expect(renamed).not.toBe(text);
    const rows = text.trim().split(/\r?\n/).slice(1);
    const { timeline, diagnostics } = loadTimeline(renamed);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(timeline.events).toHaveLength(rows.length);
    const written = [...renamed.matchAll(/^(?:[^,\n]*|"[^"]*"),[^,\n]*,[^,\n]*,[^,\n]*,(\d{1,2})\/(\d{1,2})\/(\d{4}),/gm)].map((m) => iso(Number(m[3]), Number(m[1]), Number(m[2])));
    expect(written).toHaveLength(rows.length);
    expect(timeline.events.map((e) => e.start.edtf).sort()).toEqual(written.sort());
    expect(timeline.events.every((e) => e.sources.length === 1)).toBe(true);
    // Each date read month first is said, naming the date that shows the order; one written the
    // same either way ("1/1/1901") is not.
    const ambiguous = written.filter((d) => Number(d.slice(5, 7)) !== Number(d.slice(8)) && Number(d.slice(8)) <= 12).length;
    const said = diagnostics.filter((d) => d.code === "date-reinterpreted" && d.message.includes("month first, as \"1/15/2018\""));
    expect(said).toHaveLength(ambiguous);
    expect(ambiguous).toBe(224);
  });
});

describe("another published sheet: FiveThirtyEight's cabinet turnover, as it was in January 2019", () => {
  // test/fixtures/published/ORIGIN.md: each cabinet member from Carter to Trump with Start Date and
  // End Date (M/D/YYYY); an end of "Still in office" for those who were, and "Bush admin" where a
  // tenure ran on into the next administration's row.
  const text = readFileSync("test/fixtures/published/cabinet-turnover-2019.csv", "utf8");
  const renamed = text.replace(/^President,Position,Appointee,/, "Group,Position,Title,");

  it("loads every tenure with its dates, those still in office as still going on; a cell naming an administration is refused with its row and column", () => {
    const rows = text.trim().split(/\r?\n/).slice(1).map((row) => row.match(/(?:"[^"]*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, "")));
    const { timeline, diagnostics } = loadTimeline(renamed);
    const refused = diagnostics.filter((d) => d.severity === "error");
    expect(refused.every((d) => d.code === "date-invalid" && / admin$/.test(String(d.value)))).toBe(true);
    const admin = rows.filter((r) => / admin$/.test(r[3]!) || / admin$/.test(r[4]!));
    expect(refused.map((d) => d.index).sort((a, b) => a! - b!)).toEqual(admin.map((r) => rows.indexOf(r)));
    expect(timeline.events).toHaveLength(rows.length - admin.length);
    const still = timeline.events.filter((e) => e.end?.bound === "open");
    expect(still).toHaveLength(rows.filter((r) => r[4] === "Still in office").length);
    expect(still.length).toBe(18);
    // Every start as the sheet writes it, month first.
    const byTitle = new Map(timeline.events.map((e) => [`${e.group}|${e.title}|${e.start.edtf}`, e]));
    for (const r of rows.filter((row) => !admin.includes(row))) {
      const [m, d, y] = r[3]!.split("/").map(Number);
      expect(byTitle.has(`${r[0]}|${r[2]}|${iso(y!, m!, d!)}`), r.join(",")).toBe(true);
    }
  });
});
