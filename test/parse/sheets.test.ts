// @vitest-environment node
// Spreadsheets as the programs export them: the fixtures in test/fixtures/sheets (see ORIGIN.md there).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadTimeline, type Diagnostic } from "../../src/core.js";
import { parseCsv, readSheet } from "../../src/parse/csv.js";
import { parseInput } from "../../src/parse/detect.js";
import { detectSeparator } from "../../src/parse/separator.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/sheets/${name}`, import.meta.url), "utf8");
const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.index, d.line, d.field]);

describe("detectSeparator", () => {
  it.each([
    ["a comma file", "Title,Date\nVisit,2008-06-07\n", ","],
    ["a semicolon file with a BOM and CRLF", "\uFEFFTitle;Date\r\nVisit;2008-06-07\r\n", ";"],
    ["a tab file", "Title\tDate\nVisit\t2008-06-07\n", "\t"],
    ["a header alone", "Title;Date\n", ";"],
    ["one column", "Title\nVisit\n", ","],
    ["commas that are decimal marks in a semicolon file", "Title;Date;Amount\nA;2008;1,5\nB;2009;2,25\n", ";"],
    ["semicolons inside quoted cells of a comma file", 'Title,Date,Tags\n"a;b;c",2008,"x;y"\nB,2009,z\n', ","],
    ["semicolons in every row of a comma file, as many as the header's", "Title,Date;x\nA,2008;y\n", ","],
    ["a semicolon header with a comma in a cell: more columns wins the tie", "Title;Date;Amount (EUR, millions)\nA;2008;1,5\n", ";"],
    ["a tab file whose header has a comma", "Title\tDate, roughly\tSource\nA\t2008\tIRNA\nB\t2009\tAP\n", "\t"],
  ])("%s", (_name, text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });

  it("looks at the start of a large file only, and is not thrown by a row cut off there", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Event ${i};2008-06-07;"a long description, with commas, ${"x".repeat(20)}"`);
    expect(detectSeparator(["Title;Date;Description", ...rows].join("\r\n"))).toBe(";");
  });

  it("readSheet says which separator it used, and takes one when given", () => {
    expect(readSheet("Title;Date\nA;2008\n")).toMatchObject({ columns: ["Title", "Date"], rows: [{ Title: "A", Date: "2008" }], separator: ";" });
    expect(readSheet("Title;Date\nA;2008\n", ",")).toMatchObject({ columns: ["Title;Date"], separator: "," });
  });
});

describe("a semicolon sheet", () => {
  const text = "\uFEFFTitle;Date;Description\r\nVisit;2008-06-07;Oil at 138,54 dollars\r\n";

  it("loads, with a csv-separator warning and not csv-empty", () => {
    const { timeline, diagnostics } = loadTimeline(text);
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.description])).toEqual([["Visit", "2008-06-07", "Oil at 138,54 dollars"]]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "csv-separator", severity: "warning", section: "timeline", line: 1, value: ";" });
    expect(diagnostics[0]?.message).toContain("semicolons");
  });

  it("a comma sheet gets no csv-separator warning", () => {
    expect(loadTimeline("Title,Date\nVisit,2008-06-07\n").diagnostics).toEqual([]);
  });

  it("a TimelineJS template sheet saved with semicolons is still recognised, and says so", () => {
    const { timeline, diagnostics } = loadTimeline("Year;Month;Day;Headline;Text\r\n2008;6;7;Visit;\r\n");
    expect(timeline.events.map((e) => [e.title, e.start.edtf])).toEqual([["Visit", "2008-06-07"]]);
    expect(diagnostics.map((d) => d.code)).toEqual(["csv-separator"]);
  });

  it("a header with no rows below it is still csv-empty", () => {
    expect(loadTimeline("Title;Date\r\n").diagnostics.map((d) => d.code)).toEqual(["csv-separator", "csv-empty"]);
  });
});

describe("auto-detection routes separated text to the spreadsheet reader", () => {
  it.each(["excel-europe.csv", "google-sheets.csv", "google-sheets.tsv", "pasted.tsv"])("%s", (name) => {
    const text = fixture(name);
    expect(parseInput(text, "auto")).toEqual(parseCsv(text.replace(/^\uFEFF/, "")));
    expect(loadTimeline(text)).toEqual(loadTimeline(text, { format: "csv" }));
  });
});

describe("excel-europe.csv: Excel's CSV UTF-8 with German regional settings", () => {
  const text = fixture("excel-europe.csv");

  it("is the file Excel writes: BOM, semicolons, CRLF rows, LF inside cells", () => {
    expect(text.startsWith("\uFEFFTitle;Date;")).toBe(true);
    expect(text.endsWith(";\r\n")).toBe(true);
    expect(text).toContain('"Agenda:\nsecurity pact; border crossings;\noil exports"');
  });

  it("without dateFormat: day-first dates that could be month-first are read day first, as the sheet's own 17.11.2008 shows, each said", () => {
    const { timeline, diagnostics } = loadTimeline(text);
    expect(timeline.events.map((e) => e.index).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(summary(diagnostics)).toEqual([
      ["csv-separator", undefined, 1, undefined],
      ["date-reinterpreted", 0, 2, "Date"],
      ["date-reinterpreted", 0, 2, "End date"],
      ["date-reinterpreted", 1, 3, "Date"],
      // The quoted cell of row 1 spans three lines, so row 2 is on line 6.
      ["date-reinterpreted", 2, 6, "Date"],
      ["date-reinterpreted", 3, 7, "Date"],
      ["date-reinterpreted", 4, 8, "Date"],
      ["date-reinterpreted", 5, 9, "Date"],
      ["date-reinterpreted", 5, 9, "End date"],
    ]);
    expect(diagnostics[1]?.message).toBe('"07.06.2008" was read as 7 June 2008: day first, as "17.11.2008" in the same data can only be. Write it as EDTF (such as YYYY-MM-DD) to be sure.');
    // Read as the order given would read them.
    const given = loadTimeline(text, { dateFormat: "DMY" }).timeline.events;
    expect(timeline.events.map((e) => [e.start.edtf, e.end?.edtf])).toEqual(given.map((e) => [e.start.edtf, e.end?.edtf]));
  });

  it("a row in the other order alone refuses both orders' dates as before: 6/13/2008 beside 17.11.2008", () => {
    const mixed = text.replace("07.06.2008;09.06.2008", "6/13/2008;09.06.2008");
    const { diagnostics } = loadTimeline(mixed);
    expect(diagnostics.filter((d) => d.code === "date-ambiguous").map((d) => [d.index, d.field])).toEqual([[0, "End date"], [1, "Date"], [2, "Date"], [3, "Date"]]);
    expect(diagnostics[diagnostics.findIndex((d) => d.code === "date-ambiguous")]?.message).toContain('load the sheet with dateFormat "DMY" or "MDY" (date-format in markup)');
  });

  it('with dateFormat "DMY": every row loads, and the separator is the only diagnostic', () => {
    const { timeline, diagnostics } = loadTimeline(text, { dateFormat: "DMY" });
    expect(summary(diagnostics)).toEqual([["csv-separator", undefined, 1, undefined]]);
    const byIndex = [...timeline.events].sort((a, b) => a.index - b.index);
    expect(byIndex.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([
      ["Maliki's three-day visit to Tehran", "2008-06-07", "2008-06-09"],
      ["Talks with Mottaki and Davoudi", "2008-06-07", undefined],
      ["Meeting with Ahmadinejad", "2008-06-08T14:30", undefined],
      ["Brent crude record", "2008-07-11", undefined],
      ["Pact signed", "2008-11-17", undefined],
      ["Iran–Iraq War", "1980-09-22", "1988-08-20"],
      ["Security pact debated", "2008-22", undefined],
    ]);
    // Semicolons and line breaks inside quoted cells, and decimal commas outside them, stay in the text.
    expect(byIndex.map((e) => e.description)).toEqual([
      "First visit since the pact talks began; he meets Ahmadinejad and Khamenei.",
      "Agenda:\nsecurity pact; border crossings;\noil exports",
      "Oil at 138,54 dollars a barrel that week",
      "Brent peaks at 147,50 dollars, up 1,5 % in a day",
      'Signed in Baghdad; the "SOFA" ran to 24 pages',
      "Eight years of war",
      undefined,
    ]);
    expect([...new Set(timeline.sources.map((s) => s.publisher))].sort()).toEqual(["Britannica", "Commentary", "IRNA", "Reuters", "The New York Times"]);
  });
});

describe("google-sheets.csv: Google Sheets' CSV download", () => {
  const text = fixture("google-sheets.csv");

  it("is the file Sheets writes: no BOM, commas, CRLF rows, no line end after the last", () => {
    expect(text.startsWith("Title,Date,")).toBe(true);
    // Eight rows: the header and seven events, one of them with a line break (LF) in a cell.
    expect(text.split("\r\n")).toHaveLength(8);
    expect(text.endsWith("\n")).toBe(false);
  });

  it("loads every row but the ambiguous date, with no separator warning", () => {
    const { timeline, diagnostics } = loadTimeline(text);
    expect(summary(diagnostics)).toEqual([["date-ambiguous", 6, 9, "Date"]]);
    const byIndex = [...timeline.events].sort((a, b) => a.index - b.index);
    expect(byIndex.map((e) => [e.title, e.start.edtf, e.start.precision])).toEqual([
      ["Maliki's three-day visit to Tehran", "2008-06-07", "day"],
      ["Meeting with Ahmadinejad", "2008-06-08T14:30:00", "second"],
      ["US announces detention of a militia leader", "2008-06", "month"],
      ["Security pact debated", "2008-22", "season"],
      ["Iran–Iraq War", "1980-09-22", "day"],
      ["Revolution and its aftermath", "197X", "decade"],
    ]);
    expect(byIndex[1]?.description).toBe('Talks "went well", IRNA says.');
    expect(byIndex[3]?.description).toBe("Three drafts:\none in May, one in June, one in July");
  });
});

describe("google-sheets.tsv: Google Sheets' TSV download", () => {
  const text = fixture("google-sheets.tsv");

  it("is tab-separated with CRLF rows and trailing tabs for empty last cells", () => {
    expect(text.split("\r\n")[2]?.endsWith("\tIRNA\t")).toBe(true);
  });

  it("loads every row, with a csv-separator warning naming tabs", () => {
    const { timeline, diagnostics } = loadTimeline(text);
    expect(summary(diagnostics)).toEqual([["csv-separator", undefined, 1, undefined]]);
    expect(diagnostics[0]).toMatchObject({ value: "tab" });
    expect(diagnostics[0]?.message).toContain("tabs");
    expect(timeline.events.map((e) => e.index).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(timeline.events.find((e) => e.index === 1)?.description).toBe("Talks on the pact; oil at 138.54 dollars");
  });
});

describe("pasted.tsv: cells copied from a sheet and pasted into a file", () => {
  const text = fixture("pasted.tsv");

  it("has a trailing tab on every row and a blank last row", () => {
    const lines = text.split("\n");
    // lines[2] ends inside a quoted cell that goes on to the next line.
    expect([0, 1, 3, 4, 5].map((i) => lines[i]?.endsWith("\t"))).toEqual([true, true, true, true, true]);
    expect(text.endsWith("\t\t\t\t\n")).toBe(true);
  });

  it("loads every row; the empty last column and the blank row are ignored silently", () => {
    const { timeline, diagnostics } = loadTimeline(text);
    expect(summary(diagnostics)).toEqual([
      ["csv-separator", undefined, 1, undefined],
      ["date-reinterpreted", 0, 2, "Date"],
    ]);
    expect(diagnostics[1]?.message).toContain("'00–'49 are read as 2000–2049");
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.description])).toEqual([
      ["Maliki arrives in Tehran", "2008-06-07", "Three-day visit"],
      ["Meets Ahmadinejad", "2008-06-08T14:30", "Talks on the pact,\nand on oil"],
      ["Leaves Tehran", "2008-06-09", undefined],
    ]);
  });
});
