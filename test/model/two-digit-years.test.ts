// Two-digit years read in the hundred years the caller names (`twoDigitYearsFrom`): a sheet
// formatted m/d/yy exports "5/31/17", and every such date was refused, its century unknown, with
// no way to say which. Real sheets nobody here wrote: FiveThirtyEight's polls on the American
// Health Care Act and its cabinet turnover as republished in 2023 (test/fixtures/published/ORIGIN.md).
import { csvParse } from "d3-dsv";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { readsWithCentury, withFullYear } from "../../src/model/date-two-digit-years.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { languageOf } from "../../src/options/language.js";
import { LOCALES } from "../../src/options.js";

const text = (name: string) => readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), "utf8");
const iso = (d: Date) => d.toISOString().slice(0, 10);
const short = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear() % 100).padStart(2, "0")}`;

describe("a two-digit year, with twoDigitYearsFrom", () => {
  // [text, first year, as the readers then read it]: numeric dates and Excel's, then dates in
  // words; nothing else is touched (four digits, no option, a day in words with no year).
  const WRITTEN_OUT: [string, number | undefined, string][] = [
    ["5/31/17", 1930, "5/31/2017"],
    ["11/10/78 14:30", 1930, "11/10/1978 14:30"],
    ["12/8/06", 1900, "12/8/1906"],
    ["28-May-15", 1930, "28-May-2015"],
    ["7. 6. 08", 1950, "7. 6. 2008"],
    ["5/31/17 - 6/2/17", 1930, "5/31/2017 - 6/2/17"],
    ["June 8, 08", 1930, "June 8, 2008"],
    ["Sept. 8 08", 1900, "Sept. 8 1908"],
    ["Jun-08", 1900, "Jun-1908"],
    ["June ’08", 1950, "June 2008"],
    ["5/31/2017", 1930, "5/31/2017"],
    ["5/31/17", undefined, "5/31/17"],
    ["June 17", 1930, "June 17"],
    ["June 8", 1930, "June 8"],
    ["8-Jun", 1930, "8-Jun"],
  ];
  it.each(WRITTEN_OUT)("writes out %j from %s as %j", (text, from, expected) => {
    expect(withFullYear(text, from)).toBe(expected);
  });

  it("is read in words too: a month first (\"June 8, 08\"), Excel's mmm-yy (\"Jun-08\") and a year marked (\"June '08\")", () => {
    const read = (start: string, twoDigitYearsFrom?: number) => loadTimeline({ events: [{ id: "a", title: "x", start }] }, twoDigitYearsFrom ? { twoDigitYearsFrom } : {});
    expect(["June 8, 08", "Jun-08", "June '08", "8 June 08"].map((s) => read(s, 1900).timeline.events[0]?.start.edtf)).toEqual(["1908-06-08", "1908-06", "1908-06", "1908-06-08"]);
    // Without the option each is refused, and the refusal names the option; a day with no year does not.
    for (const s of ["June 8, 08", "Jun-08", "28-May-15", "5/31/17"]) {
      const [d] = read(s).diagnostics;
      expect([d?.code, d?.message.includes("twoDigitYearsFrom")], s).toEqual(["date-invalid", true]);
    }
    expect(read("June 8").diagnostics[0]?.message).not.toContain("twoDigitYearsFrom");
  });

  // To 2399: a numeric date from 2400 on may be the Buddhist era's, and is refused naming both (date-thai.test.ts).
  it("reads any day of the hundred years from the one given, as a sheet writes it m/d/yy (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2300 }), fc.integer({ min: 0, max: 36_524 }), (from, offset) => {
        const day = new Date(Date.UTC(from, 0, 1) + offset * 86_400_000);
        if (day.getUTCFullYear() > from + 99) return;
        const { timeline, diagnostics } = loadTimeline({ events: [{ id: "a", title: "Poll", start: short(day) }] }, { dateFormat: "MDY", twoDigitYearsFrom: from });
        expect(diagnostics, short(day)).toEqual([]);
        expect(timeline.events[0]?.start.edtf, `${short(day)} from ${from}`).toBe(iso(day).replace(/^(\d{4})/, (y) => y.padStart(4, "0")));
      }),
      { seed: 1930, numRuns: 300 },
    );
  });

  it("changes nothing but a two-digit year: a text with none reads the same with the option as without (property)", () => {
    const part = fc.constantFrom("5", "7", "2008", "1978", "/", "-", ".", " ", ", ", "'", "June", "Jun", "Sept.", "May", "Juni", "summer", "c. ", " to ", "T14:30", "~", "?", "BC");
    fc.assert(
      // Two digits alone ("55", or a range's end, "555/55") are a two-digit year, which the option reads (below).
      fc.property(fc.array(part, { maxLength: 7 }).map((p) => p.join("")).filter((t) => !/(?:^|\D)\d{2}(?:\D|$)/.test(t)), fc.integer({ min: 1000, max: 9900 }), (text, from) => {
        expect(normalizeSpelling(text, { twoDigitYearsFrom: from }), text).toEqual(normalizeSpelling(text));
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  it("reads a two-digit year it finds in the hundred years given, a range's other end too, and never throws (property)", () => {
    const part = fc.constantFrom("5", "31", "17", "08", "2008", "/", "-", ".", " ", ", ", "'", "June", "Jun", "Sept.", "Juni", " to ", "T14:30", "~");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 7 }).map((p) => p.join("")), fc.integer({ min: 1000, max: 9900 }), (text, from) => {
        const read = normalizeSpelling(text, { twoDigitYearsFrom: from });
        if (!read.ok || !readsWithCentury(text.trim())) return;
        const year = Number(/^\d{4}/.exec(read.edtf)?.[0]);
        expect(year >= from && year <= from + 99, `${text} from ${from}: ${read.edtf}`).toBe(true);
      }),
      { seed: 8, numRuns: 2000 },
    );
    expect(normalizeSpelling("2008 to June 8, 08", { twoDigitYearsFrom: 1930 })).toMatchObject({ ok: true, edtf: "2008/2008-06-08" });
    // Only a month's name makes a day and year of "5 to 17": these are the years 5 to 17, refused as before.
    expect(normalizeSpelling("5 to 17", { twoDigitYearsFrom: 1000 })).toEqual(normalizeSpelling("5 to 17"));
  });

  it("is refused without it, each cell saying why, as before", () => {
    const { timeline, diagnostics } = loadTimeline("Title,Date\nA,5/31/17\nB,28-May-15\n");
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => [d.index, d.code, d.reason])).toEqual([
      [0, "date-invalid", "two-digit-year"],
      [1, "date-invalid", "two-digit-year"],
    ]);
  });

  it("reads a year of two digits alone in the hundred years given; without the option it is the year written, as every plain year is, but for one with a leading zero, which no one writes a year so", () => {
    const read = (options?: { twoDigitYearsFrom: number }) => loadTimeline("Title,Date\nA,08\nB,99\nC,8\nD,476\n", options);
    expect(read({ twoDigitYearsFrom: 1930 }).timeline.events.map((e) => e.start.edtf)).toEqual(["0008", "0476", "1999", "2008"]);
    const { timeline, diagnostics } = read();
    expect(timeline.events.map((e) => e.start.edtf)).toEqual(["0008", "0099", "0476"]);
    // "08" was the year 8, without a word.
    expect(diagnostics.map((d) => [d.index, d.code, d.reason, d.option])).toEqual([[0, "date-invalid", "two-digit-year", "twoDigitYearsFrom"]]);
  });

  it("names the option only where it would read a day, in one hundred years or the next; a date that is none in any says why", () => {
    const said = (start: string) => {
      const [d] = loadTimeline({ events: [{ title: "x", start }] }).diagnostics;
      return [d?.reason ?? null, d?.option ?? null, /(\w+ (?:’\d\d )?has no day \d+\.)/.exec(d?.message ?? "")?.[1] ?? null];
    };
    expect(said("31/2/17")).toEqual(["no-day", null, "February has no day 31."]);
    expect(said("31/4/08")).toEqual(["no-day", null, "April has no day 31."]);
    // 29 February is a day in some years: '17 is none of them, but 2000 is a leap year.
    expect(said("29/2/17")).toEqual(["no-day", null, "February ’17 has no day 29."]);
    expect(said("29/2/00").slice(0, 2)).toEqual(["two-digit-year", "twoDigitYearsFrom"]);
    expect(loadTimeline({ events: [{ title: "x", start: "29/2/00" }] }, { twoDigitYearsFrom: 1930 }).timeline.events[0]?.start.edtf).toBe("2000-02-29");
    // Excel's d-mmm-yy and a month's name: no such day in any century, so no option named.
    expect(said("31-Feb-15")[1]).toBeNull();
    expect(said("June 31, 17")[1]).toBeNull();
    expect(said("5/31/17").slice(0, 2)).toEqual(["two-digit-year", "twoDigitYearsFrom"]);
    expect(said("28-May-15").slice(0, 2)).toEqual(["two-digit-year", "twoDigitYearsFrom"]);
  });

  it("is named by the refusal it would read (Diagnostic.option), in every language, and by no other; so is the order of day and month", () => {
    const { diagnostics } = loadTimeline({ events: ["5/31/17", "28-May-15", "Jun-08", "8. Juni 08", "7/6/2008", "31 June 2008", "8. Juni", "08", "31/2/17"].map((start) => ({ title: "x", start })) });
    expect(diagnostics.map((d) => [d.index, d.reason, d.option ?? null])).toEqual([
      [0, "two-digit-year", "twoDigitYearsFrom"],
      [1, "two-digit-year", "twoDigitYearsFrom"],
      [2, "day-without-year", "twoDigitYearsFrom"],
      [3, "two-digit-year", "twoDigitYearsFrom"],
      [4, undefined, "dateFormat"],
      [5, "no-day", null],
      [6, "day-without-year", null],
      [7, "two-digit-year", "twoDigitYearsFrom"],
      [8, "no-day", null],
    ]);
    for (const locale of Object.keys(LOCALES)) {
      const lines = diagnostics.map((d) => diagnosticLine(d, languageOf({ locale }).messages));
      expect(lines.map((line) => line.includes("two-digit-years-from")), locale).toEqual([true, true, true, true, false, false, false, true, false]);
      // A day and month either way: the sheet's order reads it, and each language names it.
      expect(lines.map((line) => line.includes("date-format")), locale).toEqual([false, false, false, false, true, false, false, false, false]);
    }
  });

  it("is checked as every option is: a whole year from 1000 to 9900, else a RangeError", () => {
    for (const bad of [30, 1930.5, 9901, "1930", Number.NaN]) {
      expect(() => loadTimeline("Title,Date\nA,5/31/17\n", { twoDigitYearsFrom: bad as number }), String(bad)).toThrow(RangeError);
    }
    expect(() => loadTimeline("Title,Date\nA,5/31/17\n", { twoDigitYearsFrom: 30 })).toThrow("twoDigitYearsFrom must be a whole year from 1000 to 9900; got 30.");
    // The order of day and month too: "dmy" was read as month first, silently.
    expect(() => loadTimeline("Title,Date\nA,7/6/2008\n", { dateFormat: "dmy" as "DMY" })).toThrow('dateFormat must be "DMY" or "MDY"; got "dmy".');
  });
});

describe("published sheets that write their years with two digits", () => {
  it("FiveThirtyEight's Avengers: Excel's \"Sep-63\" loads as the month its Year column gives; the \"3-Feb\" Excel made of \"Feb-03\" is refused, saying so", () => {
    const csv = readFileSync(new URL("../fixtures/published/avengers.csv", import.meta.url), "latin1");
    const sheet = csv.replace(/^URL,Name\/Alias,(.*?),Full\/Reserve Avengers Intro,/, "Source URL,Title,$1,Start date,");
    const rows = csvParse(csv);
    const intro = (i: number) => rows[i]?.["Full/Reserve Avengers Intro"] ?? "";
    const monthYear = rows.map((_, i) => i).filter((i) => /^[A-Z][a-z]{2}-\d\d$/.test(intro(i)));
    const dayMonth = rows.map((_, i) => i).filter((i) => /^\d{1,2}-[A-Z][a-z]{2}$/.test(intro(i)));
    expect([rows.length, monthYear.length, dayMonth.length]).toEqual([173, 78, 81]);
    const before = loadTimeline(sheet);
    const refusedBefore = before.diagnostics.filter((d) => d.code === "date-invalid");
    expect(refusedBefore).toHaveLength(159);
    expect(refusedBefore.filter((d) => monthYear.includes(d.index!)).every((d) => d.message.includes("twoDigitYearsFrom"))).toBe(true);
    const { timeline, diagnostics } = loadTimeline(sheet, { twoDigitYearsFrom: 1930 });
    // Every "Sep-63" of a row with a title loads, as the month of the year its Year column writes in full.
    const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const fromYear = monthYear
      .filter((i) => rows[i]?.["Name/Alias"] !== "")
      .map((i) => `${rows[i]?.["Name/Alias"]?.trim()} ${rows[i]?.Year}-${String(MONTHS.indexOf(intro(i).slice(0, 3)) + 1).padStart(2, "0")}`);
    expect(timeline.events.map((e) => `${e.title} ${e.start.edtf}`).sort()).toEqual(fromYear.sort());
    // Each "3-Feb" is refused as a day with no year, saying what Excel does; in this file its day is the Year's last two digits.
    const days = diagnostics.filter((d) => d.code === "date-invalid");
    expect(days.map((d) => d.index)).toEqual(dayMonth);
    expect(days.every((d) => d.reason === "day-without-year" && d.message.includes('"Feb-03"'))).toBe(true);
    expect(dayMonth.every((i) => Number(intro(i).split("-")[0]) === Number(rows[i]?.Year) % 100)).toBe(true);
  });

  it("FiveThirtyEight's polls on the AHCA: every poll loads with the option, its days as the sheet writes them, in the order its own dates show", () => {
    const csv = text("ahca-polls.csv");
    const sheet = csv.replace(/^Start,End,Pollster,Favor,Oppose,Url,Text/, "Start date,End date,Title,Favor,Oppose,Source URL,Description");
    const rows = csvParse(csv).map((row) => [row.Start ?? "", row.End ?? ""]);
    expect(rows).toHaveLength(15);
    // Without it: every date refused, so every poll.
    const before = loadTimeline(sheet);
    expect(before.timeline.events).toEqual([]);
    expect(before.diagnostics.filter((d) => d.reason === "two-digit-year")).toHaveLength(30);
    const after = loadTimeline(sheet, { twoDigitYearsFrom: 1930 });
    expect(after.timeline.events).toHaveLength(15);
    expect(after.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // Each poll's start and end, as the sheet's M/D/YY says.
    const asWritten = (cell: string) => {
      const [m, d, y] = cell.split("/").map(Number);
      return `${2000 + y!}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    };
    const read = after.timeline.events.map((e) => `${e.start.edtf}/${e.end?.edtf}`).sort();
    expect(read).toEqual(rows.map(([start, end]) => `${asWritten(start!)}/${asWritten(end!)}`).sort());
  });

  it("FiveThirtyEight's cabinet turnover as republished in 2023: Carter to Biden with the option, the tenures still held still going on", () => {
    const sheet = text("cabinet-turnover-2023.csv").replace(/^\uFEFF?president,position,appointee,start_date,end_date,/, "Group,position,Title,Start date,End date,");
    expect(loadTimeline(sheet).timeline.events).toEqual([]);
    const { timeline, diagnostics } = loadTimeline(sheet, { twoDigitYearsFrom: 1930 });
    const errors = diagnostics.filter((d) => d.severity === "error");
    // What is left refused names an administration, not a date ("Bush admin"), each with its row.
    expect(errors.every((d) => d.code === "date-invalid" && /admin$/.test(String(d.value)))).toBe(true);
    expect(timeline.events.length + new Set(errors.map((d) => d.index)).size).toBe(379);
    const years = timeline.events.map((e) => Number(e.start.edtf.slice(0, 4)));
    expect([Math.min(...years), Math.max(...years)]).toEqual([1977, 2023]);
    expect(timeline.events.filter((e) => e.end?.edtf === "..")).toHaveLength(25);
  });
});
