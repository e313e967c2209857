// @vitest-environment node
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { loadTimeline, type Diagnostic, type LoadResult, type TimelineEvent } from "../../src/core.js";
import { parseCsv } from "../../src/parse/csv.js";

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

const csv = (text: string): LoadResult => loadTimeline(text, { format: "csv" });
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => d.code);
const errors = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === "error");
const byTitle = (events: TimelineEvent[], title: string): TimelineEvent => {
  const event = events.find((e) => e.title === title);
  if (!event) throw new Error(`no event titled ${title}; have ${events.map((e) => e.title).join(" | ")}`);
  return event;
};

describe("header aliases", () => {
  // Each spelling, the field it must fill, and a header row that gives the file a title and a date.
  const BASE = { title: "Title", start: "Date" } as const;
  it.each([
    ["Start date", "start"],
    ["start_date", "start"],
    [" DATE ", "start"],
    ["START-DATE", "start"],
    ["Headline", "title"],
    ["HEAD_LINE", undefined],
    ["Lane", "group"],
    ["Publisher", "sources[0].publisher"],
    ["Source URL", "sources[0].url"],
    ["Source 2 URL", "sources[1].url"],
    ["source url 2", "sources[1].url"],
    ["SOURCE_2_URL", "sources[1].url"],
  ] as const)("%j fills %s", (header, field) => {
    // Put the spelling in place of the base column it stands for, so no column says the same twice.
    const others = [BASE.title, BASE.start].filter((c) => !(field === "title" && c === BASE.title) && !(field === "start" && c === BASE.start));
    const parsed = parseCsv(`${[...others, header].join(",")}\nVisit,2008-06-07,x\n`);
    if (field === undefined) {
      expect(codes(parsed.diagnostics)).toEqual(["csv-unknown-column"]);
      expect(parsed.diagnostics[0]?.field).toBe(header.trim());
      return;
    }
    expect(parsed.diagnostics).toEqual([]);
    // The column is recorded as the header wrote it (trimmed), so messages speak the user's words.
    expect(parsed.fields?.[field]).toBe(header.trim());
  });

  it.each([
    ["Start date", (e: TimelineEvent) => e.start.edtf, "2008-06-07"],
    ["start_date", (e: TimelineEvent) => e.start.edtf, "2008-06-07"],
    [" DATE ", (e: TimelineEvent) => e.start.edtf, "2008-06-07"],
  ] as const)("a date column spelled %j gives the event its start", (header, get, expected) => {
    const { timeline, diagnostics } = csv(`Title,${header}\nVisit,2008-06-07\n`);
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map(get)).toEqual([expected]);
  });

  it("Headline, Lane and Publisher fill the title, the group and the source", () => {
    const { timeline, diagnostics } = csv("Headline,Date,Lane,Publisher\nVisit,2008-06-07,visit,IRNA\n");
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => [e.title, e.group, e.sources])).toEqual([["Visit", "visit", ["irna"]]]);
    expect(timeline.sources.map((s) => s.publisher)).toEqual(["IRNA"]);
  });

  it.each(["Source 2 URL", "source url 2"])("%j is the link of a second source", (header) => {
    const { timeline, diagnostics } = csv(`Title,Date,Source,Source URL,${header}\nVisit,2008-06-07,IRNA,https://irna.ir/a,https://www.nytimes.com/b\n`);
    expect(diagnostics).toEqual([]);
    const cited = timeline.events[0]?.sources.map((id) => timeline.sources.find((s) => s.id === id));
    expect(cited?.map((s) => [s?.publisher, s?.url])).toEqual([
      ["IRNA", "https://irna.ir/a"],
      ["nytimes.com", "https://www.nytimes.com/b"],
    ]);
  });
});

describe("spreadsheet noise", () => {
  const CLEAN = [
    "Title,Date,Description,Source",
    "Visit begins,2008-06-07,Three days in Tehran,IRNA",
    'Talks,2008-06-08,"Mottaki, Davoudi and others",The New York Times',
    "Bad row,not a date,,IRNA",
    "",
  ].join("\n");

  it("a BOM, CRLF line ends and spaces around unquoted cells read as the clean file", () => {
    const messy = [
      "\uFEFF Title ,Date,  Description,Source  ",
      "  Visit begins , 2008-06-07,Three days in Tehran ,  IRNA",
      ' Talks,2008-06-08 ,"Mottaki, Davoudi and others",The New York Times ',
      "Bad row ,  not a date ,, IRNA",
      "",
    ].join("\r\n");
    const clean = csv(CLEAN);
    expect(clean.timeline.events.map((e) => e.title)).toEqual(["Visit begins", "Talks"]);
    expect(codes(clean.diagnostics)).toEqual(["date-invalid"]);
    expect(csv(messy)).toEqual(clean);
    // Auto-detection sees through the BOM too.
    expect(loadTimeline(messy)).toEqual(clean);
  });
});

describe("line numbers", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("a quoted cell spanning lines (%s) moves the lines of the rows after it", (_name, eol) => {
    const text = ["Title,Date,Description", 'A,2008-06-01,"one', "two", 'three"', "B,,x", "C,2008-06-0x,", ""].join(eol);
    const { timeline, diagnostics } = csv(text);
    expect(timeline.events.map((e) => e.title)).toEqual(["A"]);
    expect(timeline.events[0]?.description).toBe(["one", "two", "three"].join(eol));
    expect(diagnostics.map((d) => [d.code, d.index, d.line, d.field])).toEqual([
      ["missing-start", 1, 5, "Date"],
      ["date-invalid", 2, 6, "Date"],
    ]);
  });

  it("blank rows are skipped silently and later rows keep their file line", () => {
    const text = ["Title,Date", "A,2008-06-01", "", ",", "  ,  ", "B,", "C,2008-06-03", "", "", ""].join("\n");
    const { timeline, diagnostics } = csv(text);
    expect(diagnostics.map((d) => [d.code, d.index, d.line, d.field])).toEqual([["missing-start", 4, 6, "Date"]]);
    // `index` is the data row from 0, blank rows included, so it matches the file.
    expect(timeline.events.map((e) => [e.title, e.index])).toEqual([
      ["A", 0],
      ["C", 5],
    ]);
  });

  it("a header cell spanning lines moves every data line", () => {
    const { diagnostics } = csv('Title,"Start\ndate"\nA,\n');
    expect(diagnostics.map((d) => [d.code, d.index, d.line])).toEqual([["missing-start", 0, 3]]);
  });
});

describe("the Type column", () => {
  const TEXT = [
    "Type,Title,Date,End,Description,Source",
    "title,Maliki in Tehran,,,Three days in June 2008,",
    "ERA,Iran–Iraq War,1980-09-22,1988-08-20,,",
    "event,Visit begins,2008-06-07,,,IRNA",
    ",Talks,2008-06-08,,,IRNA",
    "Milestone,Meeting,2008-06-08,,,IRNA",
    "",
  ].join("\n");

  it("a title row sets the timeline's title and description and is no event", () => {
    const { timeline } = csv(TEXT);
    expect(timeline.title).toBe("Maliki in Tehran");
    expect(timeline.description).toBe("Three days in June 2008");
    expect(timeline.events.map((e) => e.title)).not.toContain("Maliki in Tehran");
  });

  it("era rows (any case) become eras with their dates", () => {
    const { timeline } = csv(TEXT);
    expect(timeline.eras.map((e) => [e.title, e.index, e.start.edtf, e.end?.edtf])).toEqual([["Iran–Iraq War", 1, "1980-09-22", "1988-08-20"]]);
    expect(timeline.events.map((e) => e.title)).not.toContain("Iran–Iraq War");
  });

  it("event rows, blank types and unknown types are events; an unknown type is a warning naming it as written", () => {
    const { timeline, diagnostics } = csv(TEXT);
    expect(timeline.events.map((e) => [e.title, e.index])).toEqual([
      ["Visit begins", 2],
      ["Talks", 3],
      ["Meeting", 4],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "csv-row-type", severity: "warning", section: "events", index: 4, line: 6, field: "Type", value: "Milestone" });
  });
});

describe("sources", () => {
  it("each row has two source slots, cited in slot order", () => {
    const { timeline, diagnostics } = csv(
      [
        "Title,Date,Source,Source title,Source 2,Source 2 title,Source 2 date",
        "Meeting,2008-06-08,IRNA,Maliki in Tehran,The New York Times,Maliki offers assurances,2008-06-09",
        "",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(timeline.events[0]?.sources).toEqual(timeline.sources.map((s) => s.id));
    expect(timeline.sources.map((s) => [s.number, s.publisher, s.title, s.published?.edtf])).toEqual([
      [1, "IRNA", "Maliki in Tehran", undefined],
      [2, "The New York Times", "Maliki offers assurances", "2008-06-09"],
    ]);
  });

  it("Via and Via URL make a relayed source, merged with the same link cited elsewhere", () => {
    const NYT = "https://www.nytimes.com/2008/06/09/world/middleeast/09iraq.html";
    const { timeline, diagnostics } = csv(
      [
        "Title,Date,Source,Via,Via URL,Source 2,Source 2 URL",
        `Meeting,2008-06-08,IRNA,The New York Times,${NYT},,`,
        `Assurances,2008-06-09,,,,The New York Times,${NYT}`,
        "",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(timeline.sources).toHaveLength(2);
    const irna = timeline.sources.find((s) => s.publisher === "IRNA");
    const nyt = timeline.sources.find((s) => s.publisher === "The New York Times");
    expect(nyt?.url).toBe(NYT);
    expect(nyt?.via).toBeUndefined();
    expect(irna?.url).toBeUndefined();
    expect(irna?.via).toBe(nyt?.id);
    // The relaying source is one source: the second event cites the very one IRNA's via names.
    expect(byTitle(timeline.events, "Meeting").sources).toEqual([irna?.id]);
    expect(byTitle(timeline.events, "Assurances").sources).toEqual([nyt?.id]);
  });

  it("a URL-only source column takes the host as publisher", () => {
    const { timeline, diagnostics } = csv("Title,Date,URL\nVisit,2008-06-07,https://www.nytimes.com/2008/06/09/world/middleeast/09iraq.html\n");
    expect(diagnostics).toEqual([]);
    expect(timeline.sources.map((s) => [s.publisher, s.url])).toEqual([["nytimes.com", "https://www.nytimes.com/2008/06/09/world/middleeast/09iraq.html"]]);
    expect(timeline.events[0]?.sources).toEqual([timeline.sources[0]?.id]);
  });
});

describe("column problems", () => {
  it("an unknown column is a warning at line 1 naming it, and is ignored", () => {
    const { timeline, diagnostics } = csv("Title,Date,Notes\nVisit,2008-06-07,check with desk\n");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "csv-unknown-column", severity: "warning", section: "timeline", line: 1, field: "Notes", value: "Notes" });
    expect(timeline.events.map((e) => e.title)).toEqual(["Visit"]);
  });

  it("a second column meaning the same field is a warning, and the first column wins", () => {
    const { timeline, diagnostics } = csv("Title,Date,Start date,Source,Publisher\nVisit,2008,2009,IRNA,The New York Times\n");
    expect(diagnostics.map((d) => [d.code, d.field, d.line])).toEqual([
      ["csv-unknown-column", "Start date", 1],
      ["csv-unknown-column", "Publisher", 1],
    ]);
    expect(diagnostics[0]?.message).toContain('"Date"');
    expect(diagnostics[1]?.message).toContain('"Source"');
    expect(timeline.events.map((e) => e.start.edtf)).toEqual(["2008"]);
    expect(timeline.sources.map((s) => s.publisher)).toEqual(["IRNA"]);
  });

  it("no title column and no text to make one from: csv-missing-column, and every row still gets its own missing-title", () => {
    const { timeline, diagnostics } = csv("Date,Group\n2008,x\n2009,y\n\n2010,z\n");
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.section, d.index, d.line])).toEqual([
      ["csv-missing-column", "timeline", undefined, 1],
      ["missing-title", "events", 0, 2],
      ["missing-title", "events", 1, 3],
      ["missing-title", "events", 3, 5],
    ]);
    expect(diagnostics[0]?.value).toBe("Date, Group");
  });

  it("no title column but a description: each title made from its first words, said once; a row without one has no title", () => {
    const { timeline, diagnostics } = csv("Date,Description\n2008,The visit to Tehran\n2009,\n");
    expect(timeline.events.map((e) => [e.title, e.description])).toEqual([["The visit to Tehran", "The visit to Tehran"]]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.index, d.line, d.field])).toEqual([
      ["csv-title-from-text", "warning", undefined, 1, "Description"],
      ["missing-title", "error", 1, 3, "title"],
    ]);
  });

  it("no date column: csv-missing-column, and every row still gets its own missing-start", () => {
    const { timeline, diagnostics } = csv("Title,Description\nA,x\nB,y\n");
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.section, d.index, d.line])).toEqual([
      ["csv-missing-column", "timeline", undefined, 1],
      ["missing-start", "events", 0, 2],
      ["missing-start", "events", 1, 3],
    ]);
  });

  it("a Year column is the date of a sheet of years (Title, Year, End year); with a Date column too, it is named as saying the same", () => {
    const { timeline, diagnostics } = csv("Title,Year,End year\nIran–Iraq War,1980,1988\nVisit,2008,\n");
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([["Iran–Iraq War", "1980", "1988"], ["Visit", "2008", undefined]]);
    const both = csv("Title,Date,Year\nVisit,2008-06-07,2008\n");
    expect(both.timeline.events[0]?.start.edtf).toBe("2008-06-07");
    expect(both.diagnostics.map((d) => [d.code, d.field, d.message])).toEqual([["csv-unknown-column", "Year", 'Column "Year" is not one citeline reads; it was ignored. It says the same as "Date".']]);
  });

  it("Month and Day beside a Year column are parts of its date, for the start and the end; a day that does not exist is refused at the Year column", () => {
    const { timeline, diagnostics } = csv("Title,Year,Month,Day,End Year,End Month,End Day\nWar,1980,9,22,1988,8,20\nPact,2008,,,,,\nTalks,2008,June,8,,,\nBad,2008,2,30,,,\n");
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([
      ["War", "1980-09-22", "1988-08-20"],
      ["Pact", "2008", undefined],
      ["Talks", "2008-06-08", undefined],
    ]);
    expect(diagnostics.map((d) => [d.code, d.index, d.field, d.value])).toEqual([["date-invalid", 3, "Year", "2008-02-30"]]);
  });

  it("with a Date column beside them, Year, Month and Day are named as columns not read", () => {
    const { timeline, diagnostics } = csv("Title,Date,Year,Month\nVisit,2008-06-07,2008,6\n");
    expect(timeline.events[0]?.start.edtf).toBe("2008-06-07");
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([
      ["csv-unknown-column", "Year"],
      ["csv-unknown-column", "Month"],
    ]);
  });

  it("a column with no name is said when it holds something, and passed over when empty (a trailing separator)", () => {
    const { timeline, diagnostics } = csv("Title,,Date,\nVisit,note,2008,\nTalks,,2009,\n");
    expect(timeline.events.map((e) => e.title)).toEqual(["Visit", "Talks"]);
    expect(diagnostics.map((d) => [d.code, d.field, d.line])).toEqual([["csv-unknown-column", "column 2", 1]]);
  });

  it("neither column: two csv-missing-column errors", () => {
    const { diagnostics } = csv("Group\nx\n");
    expect(diagnostics.filter((d) => d.code === "csv-missing-column")).toHaveLength(2);
  });

  it.each([
    ["header only", "Title,Date\n"],
    ["header only, CRLF and trailing blank lines", "Title,Date\r\n\r\n,\r\n"],
  ])("%s: csv-empty", (_name, text) => {
    const { timeline, diagnostics } = csv(text);
    expect(diagnostics.map((d) => [d.code, d.severity, d.section])).toEqual([["csv-empty", "error", "timeline"]]);
    expect(timeline).toEqual({ events: [], sources: [], groups: [], eras: [] });
  });

  it("every diagnostic about a row names a column of the header as written", () => {
    // Diagnostic.field is "the field at fault, as written in the input (… the CSV column `Start date`)".
    const text = [
      "Type,Headline,Start date,End date,Description,Lane,Publisher,Link,Source date,Via,Via URL,Via date",
      "era,Iran–Iraq War,1980-09-22,1988-08-20,Eight years of war,history,,,,,,",
      "era,Bad era,1988,1980,,,,,,,,",
      ",Visit,2008-06-07,,,visit,IRNA,javascript:alert(1),2008-06-0x,,,",
      ",Bad event,2008-13-45,,,visit,IRNA,,,,,",
      ",Relayed,2008-06-08,,,visit,IRNA,,,The New York Times,javascript:alert(2),June 9th-ish",
      "",
    ].join("\n");
    const header = text.split("\n")[0]?.split(",") ?? [];
    const { diagnostics } = csv(text);
    const aboutRows = diagnostics.filter((d) => d.section === "events" || d.section === "eras");
    expect(aboutRows.length).toBeGreaterThanOrEqual(6);
    expect(aboutRows.filter((d) => !header.includes(d.field ?? "")).map((d) => [d.section, d.index, d.code, d.field])).toEqual([]);
  });
});

describe("broken.csv", () => {
  const text = fixture("csv/broken.csv");
  const expected = JSON.parse(fixture("csv/broken.expect.json")) as { row: number; line: number; field: string; problem: string }[];
  const { timeline, diagnostics } = csv(text);
  const dataRows = text.replace(/^\uFEFF/, "").split(/\r?\n/).slice(1).filter((l) => l.trim() !== "").length;

  it("has the ten data rows the expectations are written against", () => {
    expect(dataRows).toBe(10);
    expect(expected).toHaveLength(7);
  });

  it.each(expected.map((e) => [e.problem, e]))("%s: a diagnostic at that row, line and column", (_problem, e) => {
    const found = diagnostics.filter((d) => d.section === "events" && d.index === e.row);
    expect(found.map((d) => ({ index: d.index, line: d.line, field: d.field }))).toContainEqual({ index: e.row, line: e.line, field: e.field });
  });

  it("the expected problems have the expected codes", () => {
    const at = (row: number): string[] => diagnostics.filter((d) => d.section === "events" && d.index === row).map((d) => d.code);
    expect([1, 3, 4, 5, 6, 7, 8].map(at)).toEqual([
      ["missing-title"],
      ["missing-start"],
      ["date-ambiguous"],
      ["end-before-start"],
      ["url-unsafe"],
      ["duplicate-id"],
      ["string-too-long"],
    ]);
  });

  it("rows with an error are absent, the javascript: row is kept without its link, the rest load", () => {
    const errorRows = new Set(errors(diagnostics).map((d) => d.index));
    expect([...errorRows].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 3, 4, 5, 7, 8]);
    for (const e of timeline.events) expect(errorRows.has(e.index)).toBe(false);
    expect(timeline.events.map((e) => e.index).sort((a, b) => a - b)).toEqual([0, 2, 6, 9]);
    expect(timeline.events.length + errorRows.size).toBe(dataRows);

    const pactVote = timeline.events.find((e) => e.index === 6);
    expect(pactVote?.id).toBe("pact-vote");
    expect(pactVote?.sources).toHaveLength(1);
    const source = timeline.sources.find((s) => s.id === pactVote?.sources[0]);
    expect(source?.publisher).toBe("Commentary on the visit");
    expect(source?.url).toBeUndefined();
    expect(JSON.stringify(timeline)).not.toContain("javascript:");
  });

  it("kept rows are trimmed: the first visit row wins its id and keeps its own title", () => {
    const visit = timeline.events.find((e) => e.id === "visit");
    expect(visit?.index).toBe(0);
    expect(visit?.title).toBe("Maliki's three-day visit to Tehran");
    expect(visit?.group).toBe("visit");
    expect(visit?.importance).toBe(90);
    expect(timeline.events.find((e) => e.index === 2)?.title).toBe("Talks with Mottaki and Vice President Davoudi");
    expect(timeline.sources.map((s) => s.publisher).sort()).toEqual(["Commentary on the visit", "IRNA", "The New York Times"]);
  });

  it("the only warning besides the dropped link is the unknown Notes column", () => {
    expect(diagnostics.filter((d) => d.severity === "warning").map((d) => [d.code, d.field])).toEqual([
      ["csv-unknown-column", "Notes"],
      ["url-unsafe", "URL"],
    ]);
  });
});

describe("TimelineJS template sheets", () => {
  const text = fixture("timelinejs/sheet.csv");

  it("are detected by parseCsv and by auto-detection, and read as TimelineJS", () => {
    const auto = loadTimeline(text);
    expect(auto.diagnostics).toEqual([]);
    expect(csv(text)).toEqual(auto);
    const { timeline } = auto;
    expect(timeline.title).toBe("Maliki in Tehran, June 2008");
    // HTML in the Text cell is turned into plain text.
    expect(timeline.description).toBe("Iraq's prime minister, Nouri al-Maliki, seeks to reassure Iran about a long-term US–Iraq security pact.");
    expect(timeline.eras.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([["Iran–Iraq War", "1980", "1988"]]);
    // Year/Month/Day columns make the dates, at the precision written.
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([
      ["Iran–Iraq War", "1980-09-22", "1988-08-20"],
      ["Iranian authorities speak against the pact", "2008-06-01", "2008-06-08"],
      ["US announces detention of a militia leader", "2008-06", undefined],
      ["Maliki's three-day visit to Tehran", "2008-06-07", "2008-06-09"],
      ["Talks with Mottaki & Davoudi", "2008-06-07", "2008-06-09"],
      // A TimelineJS time is wall-clock time with no zone, known to the minute.
      ["Maliki meets President Ahmadinejad", "2008-06-08T14:30", undefined],
    ]);
    expect(timeline.groups.map((g) => g.label)).toEqual(["Maliki in Tehran", "US–Iraq security pact", "Background"]);
    // The media credit "IRNA via The New York Times" is a relayed source.
    const irna = timeline.sources.find((s) => s.publisher === "IRNA");
    expect(timeline.sources.find((s) => s.id === irna?.via)?.publisher).toBe("The New York Times");
  });

  it("report the file line of rows after a cell spanning lines", () => {
    const { diagnostics } = loadTimeline('Year,Month,Day,Headline,Text\n2008,6,7,Visit,"<p>one</p>\n<p>two</p>"\n2008,13,1,Bad month,\n');
    expect(diagnostics.map((d) => [d.code, d.index, d.line])).toEqual([["date-invalid", 1, 4]]);
  });
});
