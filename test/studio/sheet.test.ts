// The workbench's sheet (studio/src/sheet.ts): split exactly as citeline's loader splits, so that a
// diagnostic's line and column find their cell, and written back as CSV without losing a cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { cellOf, readData, renumber, separatorOf, sheetToCsv, type Sheet } from "../../studio/src/sheet.js";

const sheet = (text: string) => readData(text) as Sheet;

describe("readData", () => {
  it("reads a sheet with a byte-order mark and semicolons as its cells, and JSON as text", () => {
    const s = sheet("\uFEFFTitle;Start date\r\nVisit;2008-06-07\r\nTalks;7/6/2008\r\n");
    expect(s).toEqual({ kind: "sheet", header: ["Title", "Start date"], rows: [["Visit", "2008-06-07"], ["Talks", "7/6/2008"]], lines: [2, 3] });
    expect(readData('  {"events": []}')).toEqual({ kind: "text", text: '  {"events": []}' });
    expect(readData("\uFEFF[]").kind).toBe("text");
  });

  it("reads tab-separated cells (pasted from a spreadsheet) as the comma-separated file", () => {
    const csv = 'Title,Start date,Description\nVisit,2008-06-07,"Two lines,\nand a comma"\n';
    const tsv = 'Title\tStart date\tDescription\nVisit\t2008-06-07\t"Two lines,\nand a comma"\n';
    expect(sheet(tsv).rows).toEqual(sheet(csv).rows);
    expect(separatorOf(tsv)).toBe("\t");
    expect(separatorOf("Title;Date;Notes\nA, B;2008;x\n")).toBe(";");
  });

  it("numbers rows by the file line they start on, as the loader's diagnostics do", () => {
    const text = 'Title,Start date\n"Two\nlines",2008-06-07\n,2008-06-08\nTalks,7/6/2008\n';
    const s = sheet(text);
    expect(s.lines).toEqual([2, 4, 5]);
    for (const d of loadTimeline(text).diagnostics.filter((x) => x.line !== undefined && x.line > 1)) {
      const { row, column } = cellOf(s, d);
      expect(row, d.code).toBe(d.index);
      expect(s.header[column!], d.code).toBe(d.field);
    }
  });
});

describe("sheetToCsv", () => {
  it("gives back every cell: written as CSV and read again, a sheet is itself", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", ";", "\t", '"', "\n", "é", "<", "7", "/") });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }), (width, rows) => {
        const header = Array.from({ length: width }, (_, i) => `Column ${i}`);
        const body = rows.map((r) => r.slice(0, width)).filter((r) => r.some((c) => c !== ""));
        const original: Sheet = renumber({ kind: "sheet", header, rows: body, lines: [] });
        const again = sheet(sheetToCsv(original));
        expect(again.header).toEqual(header);
        expect(again.rows).toEqual(body);
        expect(again.lines).toEqual(original.lines);
      }),
      { seed: 41, numRuns: 300 },
    );
  });

  it("pads short rows to the header's width", () => {
    expect(sheetToCsv({ kind: "sheet", header: ["Title", "Start date", "Source"], rows: [["Visit"]], lines: [2] })).toBe("Title,Start date,Source\nVisit,,");
  });
});

describe("cellOf", () => {
  const s = sheet("Title,Start date\nVisit,2008-06-07\n");
  it("finds the header (line 1), a row by its line, a column by its name as written", () => {
    expect(cellOf(s, { line: 1, field: "Start date" })).toEqual({ row: -1, column: 1 });
    expect(cellOf(s, { line: 2, field: "start DATE" })).toEqual({ row: 0, column: 1 });
    expect(cellOf(s, { line: 9, field: "Title" })).toEqual({ row: undefined, column: 0 });
    expect(cellOf(s, {})).toEqual({ row: undefined, column: undefined });
  });
});
