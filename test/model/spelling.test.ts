// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { format } from "date-fns";
import { normalizeSpelling } from "../../src/model/date-spelling.js";
import { readDate } from "../../src/model/date.js";
import { describeDate, describeSpan } from "../../src/model/date-words.js";
import { loadTimeline } from "../../src/load.js";
import type { DateFormat } from "../../src/types.js";

// Each spelling people type, the EDTF it becomes, and the precision and qualifier it is read with.
// [text, edtf, precision, qualifier]
const READ: [string, string, string, string][] = [
  // Spreadsheet date-times: a wall-clock time, no zone added.
  ["2008-06-07 14:30", "2008-06-07T14:30", "minute", "exact"],
  ["2008-06-07 14:30:00", "2008-06-07T14:30:00", "second", "exact"],
  ["8 June 2008, 14:30", "2008-06-08T14:30", "minute", "exact"],
  // Seasons, as typed and as citeline prints them.
  ["Summer 2008", "2008-22", "season", "exact"],
  ["summer 2008", "2008-22", "season", "exact"],
  ["the summer of 2008", "2008-22", "season", "exact"],
  ["Spring 1980", "1980-21", "season", "exact"],
  ["Autumn 2008", "2008-23", "season", "exact"],
  ["Fall 2008", "2008-23", "season", "exact"],
  ["Winter 2008", "2008-24", "season", "exact"],
  ["summer (southern) 2008", "2008-30", "season", "exact"],
  ["Q3 2008", "2008-35", "season", "exact"],
  ["summer 754 BCE", "-0753-22", "season", "exact"],
  // Decades.
  ["1970s", "197X", "decade", "exact"],
  // Centuries before the common era: no reading to choose, since BC counts have no year 0.
  ["5th century BC", "-04XX", "century", "exact"],
  ["the 1st century BCE", "-00XX", "century", "exact"],
  ["the 1970s", "197X", "decade", "exact"],
  ["1970's", "197X", "decade", "exact"],
  // Approximate.
  ["c. 1450", "1450~", "year", "approximate"],
  ["c.1450", "1450~", "year", "approximate"],
  ["circa 1450", "1450~", "year", "approximate"],
  ["ca. 700 BCE", "-0699~", "year", "approximate"],
  ["c. summer 2008", "2008-22~", "season", "approximate"],
  ["June 2008 (approximate)", "2008-06~", "month", "approximate"],
  ["summer 2008 (uncertain)", "2008-22?", "season", "uncertain"],
  ["1984 (approximate, uncertain)", "1984%", "year", "approximate-uncertain"],
  // Eras, in astronomical years: 700 BC is -0699.
  ["700 BC", "-0699", "year", "exact"],
  ["700 BCE", "-0699", "year", "exact"],
  ["AD 33", "0033", "year", "exact"],
  ["33 AD", "0033", "year", "exact"],
  ["10000 BCE", "-9999", "year", "exact"],
  // Month names, with ordinals.
  ["June 8th, 2008", "2008-06-08", "day", "exact"],
  ["8th June 2008", "2008-06-08", "day", "exact"],
  ["Sunday, June 8, 2008", "2008-06-08", "day", "exact"],
  ["Sun 8 June 2008", "2008-06-08", "day", "exact"],
  // Newsroom (AP) style: a point after an abbreviated month, and "Sept.".
  ["Dec. 7, 1941", "1941-12-07", "day", "exact"],
  ["Sept. 11, 2001", "2001-09-11", "day", "exact"],
  ["Sept 11, 2001", "2001-09-11", "day", "exact"],
  ["11 Sept 2001", "2001-09-11", "day", "exact"],
  ["Mar. 2020", "2020-03", "month", "exact"],
  // May is never shortened in English; with a point it is Spanish "may." (mayo), the same month.
  ["May. 2020", "2020-05", "month", "exact"],
  ["Aug. 2008", "2008-08", "month", "exact"],
  // Excel's built-in formats, as a CSV export writes them; ordinals without the comma.
  ["08-Jun-2008", "2008-06-08", "day", "exact"],
  ["8-Jun-2008", "2008-06-08", "day", "exact"],
  ["Jun-2008", "2008-06", "month", "exact"],
  ["June 8th 2008", "2008-06-08", "day", "exact"],
  ["June, 2008", "2008-06", "month", "exact"],
  // "circa" as people shorten it.
  ["ca 1900", "1900~", "year", "approximate"],
  ["c1900", "1900~", "year", "approximate"],
  // A year marked as one, as Bulgarian and Russian ("г."), Ukrainian ("р.") and Croatian (".") write it.
  ["2008 г.", "2008", "year", "exact"],
  ["2008г.", "2008", "year", "exact"],
  ["2008 р.", "2008", "year", "exact"],
  ["2008.", "2008", "year", "exact"],
];

describe("spellings read with the precision they state", () => {
  it.each(READ)("%j → %s", (text, edtf, precision, qualifier) => {
    expect(normalizeSpelling(text)).toEqual({ ok: true, edtf });
    const r = readDate(text);
    if (!r.ok) throw new Error(`${text}: ${r.code} ${r.detail ?? ""}`);
    expect(r.date).toMatchObject({ precision, qualifier });
    expect(r.warning).toBeUndefined();
  });

  it("a zone-less time is the wall-clock time as written, not shifted by the machine's zone", () => {
    const r = readDate("2008-06-07 14:30");
    if (!r.ok) throw new Error(r.code);
    expect(describeDate(r.date)).toBe("7 June 2008, 14:30");
  });

  it("a date-time in numeric order is read once the order is given, and says its time when reinterpreted", () => {
    expect(normalizeSpelling("6/7/2008 2:30 PM", { dateFormat: "MDY" })).toEqual({ ok: true, edtf: "2008-06-07T14:30" });
    expect(normalizeSpelling("07.06.2008 14:30", { dateFormat: "DMY" })).toEqual({ ok: true, edtf: "2008-06-07T14:30" });
    expect(normalizeSpelling("2008-06-07 12:05 am")).toEqual({ ok: true, edtf: "2008-06-07T00:05" });
    expect(normalizeSpelling("25/03/2008 14:30")).toEqual({
      ok: true,
      edtf: "2008-03-25T14:30",
      warning: { code: "date-reinterpreted", detail: "25 March 2008, 14:30" },
    });
  });

  it("a sheet's date alone, written as its midnight, is the day, said (it read as that very second)", () => {
    const day = {
      ok: true,
      edtf: "2008-06-08",
      warning: { code: "date-reinterpreted", detail: "8 June 2008, the whole day: a sheet writes a date alone as its midnight (write 2008-06-08T00:00 for the midnight itself)" },
    };
    // As a database or pandas writes a date-time column, and as Excel and Sheets show a date cell with a time format.
    expect(normalizeSpelling("2008-06-08 00:00:00")).toEqual(day);
    expect(normalizeSpelling("2008-06-08 00:00")).toEqual(day);
    expect(normalizeSpelling("6/8/2008 12:00:00 AM", { dateFormat: "MDY" })).toEqual(day);
    expect(normalizeSpelling("08.06.2008 0:00", { dateFormat: "DMY" })).toEqual(day);
    // A second past midnight is a time somebody gave; EDTF's own form keeps midnight itself.
    expect(normalizeSpelling("2008-06-08 00:00:01")).toEqual({ ok: true, edtf: "2008-06-08T00:00:01" });
    const midnight = readDate("2008-06-08T00:00");
    expect(midnight.ok && midnight.date.precision).toBe("minute");
    const loaded = readDate("2008-06-08 00:00:00");
    expect(loaded.ok && [loaded.date.precision, loaded.date.edtf]).toEqual(["day", "2008-06-08"]);
  });

  it("a date and time as data tools write it: zones after a space, and fractions finer than the millisecond, said", () => {
    // pandas' documented Timestamp.isoformat outputs and full format ("YYYY-MM-DD HH:MM:SS.mmmmmmnnn+HH:MM"),
    // Python's str(datetime) (isoformat with a space), Postgres' timestamptz ("+00"), R's format(usetz = TRUE).
    expect(normalizeSpelling("2020-03-14 15:32:52+01:00")).toEqual({ ok: true, edtf: "2020-03-14T15:32:52+01:00" });
    expect(normalizeSpelling("2008-06-08 14:30:00+00")).toEqual({ ok: true, edtf: "2008-06-08T14:30:00+00" });
    expect(normalizeSpelling("2008-06-08 14:30:00 UTC")).toEqual({ ok: true, edtf: "2008-06-08T14:30:00Z" });
    expect(normalizeSpelling("2008-06-08 14:30 gmt")).toEqual({ ok: true, edtf: "2008-06-08T14:30Z" });
    const fine = (text: string, edtf: string) => expect(normalizeSpelling(text), text).toEqual({ ok: true, edtf, warning: { code: "date-reinterpreted", detail: `${edtf}, to the millisecond: citeline keeps no finer time` } });
    fine("2020-03-14T15:32:52.192548651", "2020-03-14T15:32:52.192");
    fine("2020-03-14T15:32:52.192548", "2020-03-14T15:32:52.192");
    fine("2020-03-14 15:32:52.192548651+01:00", "2020-03-14T15:32:52.192+01:00");
    fine("2019-05-18 15:17:08.132263", "2019-05-18T15:17:08.132");
    const read = readDate("2020-03-14 15:32:52.192548651+01:00");
    expect(read.ok && [read.date.earliest, read.date.precision]).toEqual([Date.UTC(2020, 2, 14, 14, 32, 52, 192), "second"]);
    // A zone the text cannot place, and a midnight with a zone, which is still a sheet's date alone.
    expect(readDate("2008-06-08 14:30:00 EST")).toMatchObject({ ok: false, code: "date-invalid", detail: "The zone EST may stand for more than one offset: write the offset itself, such as +00:00 or -08:00." });
    // RSS and HTTP dates (RFC 1123), and a British long date, with their weekdays checked.
    expect(normalizeSpelling("Sun, 08 Jun 2008 14:30:00 +0430")).toEqual({ ok: true, edtf: "2008-06-08T14:30:00+0430" });
    expect(normalizeSpelling("Sunday, 8 June 2008")).toEqual({ ok: true, edtf: "2008-06-08" });
    expect(normalizeSpelling("Mon, 08 Jun 2008 14:30:00 GMT")).toEqual({ ok: false, code: "date-invalid", detail: "8 June 2008 was a Sunday.", reason: "weekday" });
    expect(normalizeSpelling("2008-06-08 00:00:00+00:00")).toMatchObject({ ok: true, edtf: "2008-06-08", warning: { code: "date-reinterpreted" } });
  });

  it("citeline's own words for a span read back, each end with its own qualifier", () => {
    expect(normalizeSpelling("1980 (approximate) – 1988")).toEqual({ ok: true, edtf: "1980~/1988" });
  });
});

// Read, but with a warning saying how: [text, edtf, what the warning says].
const REINTERPRETED: [string, string, string][] = [
  // A month as a sheet formats it: read as EDTF, "03/2020" was the years 3 to 2020.
  ["03/2020", "2020-03", "March 2020"],
  ["3/2020", "2020-03", "March 2020"],
  ["11.2008", "2008-11", "November 2008"],
  ["19th century", "18XX", "1800–1899 (18XX), the years people mean by it; counted from the year 1, the 19th century is 1801–1900"],
  ["the 19th century", "18XX", "1800–1899 (18XX), the years people mean by it; counted from the year 1, the 19th century is 1801–1900"],
  ["21st Century", "20XX", "2000–2099 (20XX), the years people mean by it; counted from the year 1, the 21st century is 2001–2100"],
  ["Jun 7 '08", "2008-06-07", "7 June 2008 (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)"],
  ["7 Jun '08", "2008-06-07", "7 June 2008 (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)"],
  ["Jun 7, ’08", "2008-06-07", "7 June 2008 (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)"],
  ["June '08", "2008-06", "June 2008 (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)"],
  ["June '75", "1975-06", "June 1975 (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)"],
  ["summer '49", "2049-22", "summer 2049 (a two-digit year: '00–'49 are read as 2000–2049, '50–'99 as 1950–1999)"],
  ["25/03/2008", "2008-03-25", "25 March 2008"],
  // A numeric date with its year's mark: only one order names a day, as without it.
  ["13.06.2008 г.", "2008-06-13", "13 June 2008"],
  ["13. 6. 2008.", "2008-06-13", "13 June 2008"],
];

// Ranges as people write them, what both ends share written once; each read to EDTF's interval.
const RANGES: [string, string][] = [
  ["7–9 June 2008", "2008-06-07/2008-06-09"],
  ["7-9 June 2008", "2008-06-07/2008-06-09"],
  ["7th–9th June 2008", "2008-06-07/2008-06-09"],
  ["June 7–9, 2008", "2008-06-07/2008-06-09"],
  ["June 7-9, 2008", "2008-06-07/2008-06-09"],
  ["7 June – 9 July 2008", "2008-06-07/2008-07-09"],
  ["June 7 – July 9, 2008", "2008-06-07/2008-07-09"],
  ["April–May 1945", "1945-04/1945-05"],
  ["April-May 1945", "1945-04/1945-05"],
  ["Apr-May 1945", "1945-04/1945-05"],
  ["June – August 2008", "2008-06/2008-08"],
  ["Spring–Summer 2008", "2008-21/2008-22"],
  ["1941-1945", "1941/1945"],
  ["1980–1988", "1980/1988"],
  // An arrow, as some tools write a span of dates.
  ["June 7, 2008 → June 9, 2008", "2008-06-07/2008-06-09"],
  ["1980→1988", "1980/1988"],
  ["476–1453", "476/1453"],
  ["700–650 BCE", "-0699/-0649"],
  ["44 BC – AD 14", "-0043/0014"],
  ["c. 1941 – 1945", "1941~/1945"],
  ["1980 (approximate) – 1988", "1980~/1988"],
  // An end of two digits is a year of the start's century or the next (it was the year 91, before its start).
  ["1990–91", "1990/1991"],
  ["1999–00", "1999/2000"],
  ["1990–95", "1990/1995"],
  // With a hyphen, only the next year that no month or season spells: "2008-09" is ISO's September.
  ["1990-91", "1990/1991"],
  ["2019-20", "2019/2020"],
  // One digit: the next years of the decade ("1990–1" was the year 1, before its start).
  ["1990–1", "1990/1991"],
  ["1999–0", "1999/2000"],
  // EDTF's slash between ends spelled as everyday dates, as the window option's start/end is
  // written (both were refused as no date).
  ["1 June 2008/31 July 2008", "2008-06-01/2008-07-31"],
  ["June 2008 / July 2008", "2008-06/2008-07"],
  ["June/July 2008", "2008-06/2008-07"],
  ["Spring 2008/Summer 2008", "2008-21/2008-22"],
  ["c. 1900/1910", "1900~/1910"],
  ["June 2008/..", "2008-06/.."],
];

describe("ranges that write once what both ends share", () => {
  it.each(RANGES)("%j → %s", (text, edtf) => {
    expect(normalizeSpelling(text)).toEqual({ ok: true, edtf });
  });

  // With the year in two digits after an apostrophe, the start shares it too: "8–10 June '08" was
  // read as the year 8 to 10 June 2008, two thousand years, and said only "read as 10 June 2008".
  it.each([
    ["8–10 June '08", "2008-06-08/2008-06-10"],
    ["7th–9th June ’08", "2008-06-07/2008-06-09"],
    ["June 8–10, '08", "2008-06-08/2008-06-10"],
    ["7 June – 9 July '08", "2008-06-07/2008-07-09"],
    ["April–May '45", "2045-04/2045-05"],
    ["June '08 – July '08", "2008-06/2008-07"],
  ])("%j, its year in two digits, → %s, said as both ends", (text, edtf) => {
    const read = normalizeSpelling(text);
    expect(read.ok && read.edtf).toBe(edtf);
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
    expect(diagnostics.map((d) => [d.code, d.readAs])).toEqual([["date-reinterpreted", edtf]]);
    expect(diagnostics[0]!.message).toContain(" to ");
    expect(`${timeline.events[0]!.start.edtf}/${timeline.events[0]!.end!.edtf}`).toBe(edtf);
  });

  it("reads any day range of one month with a two-digit year within that month (property)", () => {
    const MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom("–", "-", " – ", " to "), (yy, m, day, more, dash) => {
        const end = Math.min(28, day + more);
        if (end === day) return;
        const text = `${day}${dash}${end} ${MONTH[m]!} '${String(yy).padStart(2, "0")}`;
        const year = yy < 50 ? 2000 + yy : 1900 + yy;
        const month = `${year}-${String(m + 1).padStart(2, "0")}`;
        const read = normalizeSpelling(text);
        expect(read.ok && read.edtf, text).toBe(`${month}-${String(day).padStart(2, "0")}/${month}-${String(end).padStart(2, "0")}`);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a day range in a sheet as the days it names, not from the year 7 (which it was read as, without a word)", () => {
    const { timeline, diagnostics } = loadTimeline("Headline,Date\nVisit,7–9 June 2008\nWar,April-May 1945\n");
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([
      ["War", "1945-04", "1945-05"],
      ["Visit", "2008-06-07", "2008-06-09"],
    ]);
  });

  it("leaves what is no range to the other readers", () => {
    expect(normalizeSpelling("2008-06-07")).toEqual({ ok: true, edtf: "2008-06-07" });
    expect(normalizeSpelling("7-6-2008")).toMatchObject({ ok: false, code: "date-ambiguous" });
    // "Mid-June 2008" is the middle of June (./date-part.ts), not mid to June.
    expect(normalizeSpelling("Mid-June 2008")).toMatchObject({ ok: true, edtf: "[2008-06-11..2008-06-20]" });
    expect(readDate("Mid-ish June 2008")).toMatchObject({ ok: false, code: "date-invalid" });
    // Years of three or four digits are years.
    expect(normalizeSpelling("476–480")).toEqual({ ok: true, edtf: "476/480" });
    // One slash between numbers is a numeric date's, two are a day's; a slash beside no date is none.
    expect(normalizeSpelling("6/2008")).toMatchObject({ ok: true, edtf: "2008-06" });
    expect(normalizeSpelling("6/8/2008")).toMatchObject({ ok: false, code: "date-ambiguous" });
    expect(readDate("Q&A/2008")).toMatchObject({ ok: false, code: "date-invalid" });
    // EDTF's own letters are no words: its intervals stay as written (the stand-in's property test
    // found "Y0/0000" read as "Y0 0000/0000").
    for (const edtf of ["Y0/0000", "Y-170000/2008", "19XX/2000", "1950S2/1960", "2004-06-11T10:00Z/2004-06-12"]) expect(normalizeSpelling(edtf)).toEqual({ ok: true, edtf });
  });

  it("reads two numeric dates in one cell in the one order both ends can be read in (each end was refused)", () => {
    const reinterpreted = (detail: string) => ({ code: "date-reinterpreted", detail });
    // "6/1/2008" alone is 6 January or 1 June; "7/31/2008" says the cell writes its month first.
    expect(normalizeSpelling("6/1/2008 - 7/31/2008")).toEqual({ ok: true, edtf: "2008-06-01/2008-07-31", warning: reinterpreted("1 June 2008 to 31 July 2008") });
    expect(normalizeSpelling("1/6/2008–31/7/2008")).toEqual({ ok: true, edtf: "2008-06-01/2008-07-31", warning: reinterpreted("1 June 2008 to 31 July 2008") });
    expect(normalizeSpelling("6.1.2008 to 31.7.2008")).toEqual({ ok: true, edtf: "2008-01-06/2008-07-31", warning: reinterpreted("6 January 2008 to 31 July 2008") });
    expect(normalizeSpelling("6-1-2008 - 7-31-2008")).toEqual({ ok: true, edtf: "2008-06-01/2008-07-31", warning: reinterpreted("1 June 2008 to 31 July 2008") });
    // Either order for both ends: both readings said; the same either way: nothing to say.
    expect(normalizeSpelling("6/1/2008-7/3/2008")).toEqual({ ok: false, code: "date-ambiguous", detail: "6 January 2008 to 7 March 2008 or 1 June 2008 to 3 July 2008", readings: ["2008-01-06/2008-03-07", "2008-06-01/2008-07-03"], option: "dateFormat" });
    expect(normalizeSpelling("6/6/2008 to 7/7/2008")).toEqual({ ok: true, edtf: "2008-06-06/2008-07-07" });
    // A numeric date with a slash at one end of a range joined by a dash: no EDTF interval, but a
    // range (it was refused with no reason, its slash taken for EDTF's).
    expect(normalizeSpelling("13/6/2008 – 1 August 2009")).toEqual({ ok: true, edtf: "2008-06-13/2009-08-01", warning: reinterpreted("13 June 2008") });
    expect(normalizeSpelling("6/2008 – 8/2008")).toEqual({ ok: true, edtf: "2008-06/2008-08", warning: reinterpreted("June 2008 to August 2008") });
    // A dateFormat given is the order of both ends.
    expect(normalizeSpelling("6/1/2008-7/3/2008", { dateFormat: "DMY" })).toEqual({ ok: true, edtf: "2008-01-06/2008-03-07" });
    expect(normalizeSpelling("6/1/2008-7/31/2008", { dateFormat: "DMY" })).toMatchObject({ ok: false, code: "date-invalid" });
    expect(normalizeSpelling("13/13/2008 to 7/7/2008")).toMatchObject({ ok: false, code: "date-invalid" });
    // Read in a sheet, the end after the start is held to it as any range's.
    const { timeline, diagnostics } = loadTimeline("Title,Date\nVisit,6/1/2008 - 7/31/2008\nBack to front,7/31/2008 - 6/1/2008\n");
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.end?.edtf])).toEqual([["Visit", "2008-06-01", "2008-07-31"]]);
    expect(diagnostics.map((d) => [d.index, d.code])).toEqual([[0, "date-reinterpreted"], [1, "date-reinterpreted"], [1, "end-before-start"]]);
  });

  it("refuses what EDTF's lenient years would misread, saying what it could be", () => {
    // "70–79" read as the years 70 to 79, without a word; a sheet means a decade of some century.
    expect(normalizeSpelling("70–79")).toEqual({ ok: false, code: "date-invalid", detail: "A year of one or two digits could be in any century: write 70–79 CE for the first century, or the years in full.", reason: "short-years" });
    expect(readDate("70–79 CE")).toMatchObject({ ok: true, date: { edtf: "0070" }, end: { edtf: "0079" } });
    // "12/31", "1/2": a day and month with no year, read as the years 12 to 31 and 1 to 2.
    expect(normalizeSpelling("12/31")).toEqual({ ok: false, code: "date-ambiguous", detail: "31 December, in a year it does not give, or the years 12 to 31" });
    expect(normalizeSpelling("1/2")).toEqual({ ok: false, code: "date-ambiguous", detail: "2 January or 1 February, in a year it does not give, or the years 1 to 2" });
    expect(readDate("5/10")).toMatchObject({ ok: false, code: "date-ambiguous" });
    // A hyphen and two digits stay ISO's month and EDTF's season.
    expect(normalizeSpelling("2008-09")).toEqual({ ok: true, edtf: "2008-09" });
    expect(normalizeSpelling("2020-21")).toEqual({ ok: true, edtf: "2020-21" });
    expect(readDate("2020-21")).toMatchObject({ ok: true, date: { precision: "season" } });
    // "June 8" gives no year: date-fns read June of the year 8, and "June 8–10" June 8 to the year 10.
    for (const text of ["June 8", "May 1", "Jun 8", "June 8–10"]) {
      const r = normalizeSpelling(text);
      expect(r.ok ? r.edtf : [r.code, r.detail], text).toEqual(["date-invalid", "A month and a number of one or two digits is a day with no year, or a year of some century: write the date with its year in full."]);
    }
    expect(normalizeSpelling("June 476")).toEqual({ ok: true, edtf: "0476-06" });
    // "2008/06", a year and its month, read as the years 2008 to 6; "2008/09" may be a school year.
    expect(normalizeSpelling("2008/06")).toEqual({ ok: true, edtf: "2008-06", warning: { code: "date-reinterpreted", detail: "June 2008" } });
    expect(normalizeSpelling("2008/09")).toEqual({ ok: false, code: "date-ambiguous", detail: "September 2008 or the years 2008 to 2009", readings: ["2008-09", "2008/2009"] });
    // "2008-9" was September 2008 without a word; "2008-6" still is June.
    expect(normalizeSpelling("2008-9")).toEqual({ ok: false, code: "date-ambiguous", detail: "September 2008 or the years 2008 to 2009", readings: ["2008-09", "2008/2009"] });
    expect(normalizeSpelling("2008-6")).toEqual({ ok: true, edtf: "2008-06" });
    // EDTF written as EDTF, with its four-digit years, is the years.
    expect(readDate("0012/0031")).toMatchObject({ ok: true, date: { edtf: "0012" }, end: { edtf: "0031" } });
    expect(readDate("1999/2000")).toMatchObject({ ok: true, date: { edtf: "1999" }, end: { edtf: "2000" } });
  });
});

describe("spellings read with a date-reinterpreted warning", () => {
  it.each(REINTERPRETED)("%j → %s, saying so", (text, edtf, detail) => {
    expect(normalizeSpelling(text)).toEqual({ ok: true, edtf, warning: { code: "date-reinterpreted", detail } });
    expect(readDate(text)).toMatchObject({ ok: true, warning: { code: "date-reinterpreted", detail } });
  });

  it("the warning's message names the reading", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "19th century" }] });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["date-reinterpreted", "warning"]]);
    expect(diagnostics[0]?.message).toContain("was read as 1800–1899 (18XX)");
  });
});

// Refused: [text, options, code, detail, readings (in EDTF: an ambiguous date's, or the one date a refused one may name)].
const REFUSED: [string, { dateFormat?: DateFormat }, string, string | undefined, string[]?][] = [
  ["13/2020", {}, "date-invalid", "13 is no month."],
  // An unformatted Excel date cell: its day number, said and not read.
  ["39607", {}, "date-invalid", "If it is a date cell that Excel saved as its day number, it is 8 June 2008: format the column as dates before saving, or write 2008-06-08.", ["2008-06-08"]],
  // ISO 8601's ordinal date, a year's nth day: refused (EDTF leaves it out) with the day it names.
  ["2008-160", {}, "date-invalid", "If it is day 160 of 2008, it is 8 June 2008: write 2008-06-08.", ["2008-06-08"]],
  ["1066-100", {}, "date-invalid", "If it is day 100 of 1066, it is 10 April 1066: write 1066-04-10.", ["1066-04-10"]],
  // Excel's "d-mmm-yy": which century is not said.
  // A season across more than two years is no one season: it was "the end (0010) is before the start".
  ["summer 2008/10", {}, "date-invalid", "A season runs into the next year at most, and 2008 to 2010 is more: write the season meant (summer 2008), or the span from one to the other (summer 2008 to summer 2010)."],
  // An end of one or two digits after a month, day or season with its year: each reading named.
  // Each was "the end (0010) is before the start".
  ["June 2008/10", {}, "date-ambiguous", "June 2008 to October 2008 (2008-06/2008-10) or June 2008 to 2010 (2008-06/2010)", ["2008-06/2008-10", "2008-06/2010"]],
  ["June 2008–10", {}, "date-ambiguous", "June 2008 to October 2008 (2008-06/2008-10) or June 2008 to 2010 (2008-06/2010)", ["2008-06/2008-10", "2008-06/2010"]],
  ["7 June 2008/10", {}, "date-ambiguous", "7 June 2008 to 10 June 2008 (2008-06-07/2008-06-10), 7 June 2008 to October 2008 (2008-06-07/2008-10) or 7 June 2008 to 2010 (2008-06-07/2010)", ["2008-06-07/2008-06-10", "2008-06-07/2008-10", "2008-06-07/2010"]],
  ["Juni 2008 - 05", {}, "date-invalid", "If it is June 2008 to 2105 (2008-06/2105), write that.", ["2008-06/2105"]],
  ["spring 2008/09", {}, "date-invalid", "If it is spring 2008 to 2009 (2008-21/2009), write that.", ["2008-21/2009"]],
  ["8-Jun-08", {}, "date-invalid", "A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930)."],
  ["7/6/2008", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  // Each reading at the time written; a midnight is the day alone, as the sheet's midnight is read.
  ["7/6/2008 14:30", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07T14:30", "2008-07-06T14:30"]],
  // Czech's and Slovak's points, each with a space after it, as Intl writes a Czech date.
  ["7. 6. 2008", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  // With the mark that ends a date in Bulgarian, Russian and Macedonian ("г.", as `Intl` writes
  // "7.06.2008 г."), Ukrainian ("р.") and Serbian and Croatian (a point): refused with no reason before.
  ["7.06.2008 г.", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  ["07.06.2008г.", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  ["07.06.2008 р.", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  ["07. 06. 2008.", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  ["7.06.08 г.", {}, "date-invalid", "A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930)."],
  ["32.06.2008 г.", {}, "date-invalid", "June 2008 has no day 32."],
  ["7/6/2008 12:00:00 AM", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07", "2008-07-06"]],
  // A time that is none: no reading to write instead.
  ["7/6/2008 25:00", {}, "date-ambiguous", "7 June 2008 or 6 July 2008"],
  ["c. 7/6/2008", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07~", "2008-07-06~"]],
  ["1900s", {}, "date-ambiguous", "the decade 1900–1909 (write 190X) or the century 1900–1999 (write 19XX)", ["190X", "19XX"]],
  ["the 2000s", {}, "date-ambiguous", "the decade 2000–2009 (write 200X) or the century 2000–2099 (write 20XX)", ["200X", "20XX"]],
  // A part of either is a reading of neither.
  ["early 1900s", {}, "date-ambiguous", "the decade 1900–1909 (write 190X) or the century 1900–1999 (write 19XX)"],
  ["7/6/2008 – 1 August 2009", {}, "date-ambiguous", "7 June 2008 or 6 July 2008", ["2008-06-07/2009-08-01", "2008-07-06/2009-08-01"]],
  ["7 June 08", {}, "date-invalid", "A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930)."],
  ["7/6/08", {}, "date-invalid", "A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930)."],
  ["0 BC", {}, "date-invalid", "BC/AD counting has no year 0: 1 BC is followed by AD 1."],
  ["AD 0", {}, "date-invalid", "BC/AD counting has no year 0: 1 BC is followed by AD 1."],
  ["2008-06-07 25:30", {}, "date-invalid", "25:30 is not a time of day."],
  ["2008-06-07 13:00 PM", {}, "date-invalid", "13:00 is not a time of day."],
  ["June 2008 14:30", {}, "date-invalid", "A time of day needs the whole date, day included, before it."],
  ["c. 1970s", {}, "date-unsupported", "an approximate or uncertain span, decade, century or time of day"],
  ["c. 2008-06-07 14:30", {}, "date-unsupported", "an approximate or uncertain span, decade, century or time of day"],
  ["19st century", {}, "date-invalid", undefined],
  ["Monday, June 8, 2008", {}, "date-invalid", "8 June 2008 was a Sunday."],
  ["31/02/2008", { dateFormat: "DMY" }, "date-invalid", "February 2008 has no day 31."],
  ["02/31/2008", { dateFormat: "DMY" }, "date-invalid", "31 is no month."],
  [
    "25/03/2008",
    { dateFormat: "MDY" },
    "date-invalid",
    'Numeric dates are read month first here (dateFormat "MDY"), and that day does not exist; day first it would be 25 March 2008. Check the cell, or the dateFormat.',
    ["2008-03-25"],
  ],
  [
    "03/25/2008",
    { dateFormat: "DMY" },
    "date-invalid",
    'Numeric dates are read day first here (dateFormat "DMY"), and that day does not exist; month first it would be 25 March 2008. Check the cell, or the dateFormat.',
    ["2008-03-25"],
  ],
];

// The reason of each refusal above that has one, as a code every language says
// (test/messages/reasons.test.ts).
const REASONS: Record<string, string> = {
  "13/2020": "no-month",
  "8-Jun-08": "two-digit-year",
  "7 June 08": "two-digit-year",
  "7/6/08": "two-digit-year",
  "7.06.08 г.": "two-digit-year",
  "32.06.2008 г.": "no-day",
  "0 BC": "no-year-0",
  "AD 0": "no-year-0",
  "2008-06-07 25:30": "not-a-time",
  "2008-06-07 13:00 PM": "not-a-time",
  "June 2008 14:30": "time-needs-day",
  "Monday, June 8, 2008": "weekday",
  "31/02/2008": "no-day",
  "c. 1970s": "qualified-span",
  "c. 2008-06-07 14:30": "qualified-span",
  "02/31/2008": "no-month",
};

// The refusals the sheet's order of day and month (`dateFormat`) would read: a day and month that
// read either way, alone or with what goes with a date.
const ORDER_READS = new Set(["7/6/2008", "7. 6. 2008", "07. 06. 2008.", "07.06.2008г.", "7.06.2008 г.", "07.06.2008 р.", "7/6/2008 14:30", "7/6/2008 12:00:00 AM", "7/6/2008 – 1 August 2009", "c. 7/6/2008"]);

describe("spellings refused", () => {
  it.each(REFUSED)("%j %j: %s", (text, options, code, detail, readings) => {
    const reason = REASONS[text];
    const option = detail?.includes("twoDigitYearsFrom") ? { option: "twoDigitYearsFrom" } : ORDER_READS.has(text) ? { option: "dateFormat" } : {};
    expect(readDate(text, options)).toEqual({ ok: false, code, ...(detail === undefined ? {} : { detail }), ...(readings ? { readings } : {}), ...(reason ? { reason } : {}), ...option });
  });

  it("an ambiguous numeric date names both readings and how to say which", () => {
    const { diagnostics } = loadTimeline("Title,Date\nVisit,7/6/2008\n");
    expect(diagnostics[0]?.message).toBe(
      '"7/6/2008" is ambiguous: it could be 7 June 2008 or 6 July 2008. Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY" (date-format in markup).',
    );
  });

  it("an ambiguous decade names both readings in EDTF", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "1900s" }] });
    expect(diagnostics[0]?.message).toBe(
      '"1900s" is ambiguous: it could be the decade 1900–1909 (write 190X) or the century 1900–1999 (write 19XX). Write the one you mean.',
    );
  });
});

describe("dateFormat", () => {
  it.each([
    ["7/6/2008", "DMY", "2008-06-07"],
    ["7/6/2008", "MDY", "2008-07-06"],
    ["25/03/2008", "DMY", "2008-03-25"],
    ["03/25/2008", "MDY", "2008-03-25"],
    ["07.06.2008", "DMY", "2008-06-07"],
    ["05/05/2008", "MDY", "2008-05-05"],
  ] as const)("%s read %s is %s, with no warning: the input said which", (text, dateFormat, edtf) => {
    expect(normalizeSpelling(text, { dateFormat })).toEqual({ ok: true, edtf });
  });

  it("reaches every date of a sheet through loadTimeline, ranges and circa included", () => {
    const { timeline, diagnostics } = loadTimeline("Title,Date,End\nVisit,7/6/2008,9/6/2008\nTalks,c. 8/6/2008,\n", { dateFormat: "DMY" });
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => [e.title, e.start.edtf, e.end?.edtf, e.start.qualifier])).toEqual([
      ["Visit", "2008-06-07", "2008-06-09", "exact"],
      ["Talks", "2008-06-08~", undefined, "approximate"],
    ]);
  });
});

// date-fns, not citeline, writes the spellings, so the property checks the reader against an
// independent writer. Years from 1000: below that "yyyy" writes leading zeros people do not type.
const day = fc.record({
  year: fc.integer({ min: 1000, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

describe("spelling properties", () => {
  it("every spelling of a day or minute reads back to that day or minute", () => {
    fc.assert(
      fc.property(day, ({ year, month, day: d, hour, minute }) => {
        const at = new Date(year, month - 1, d, hour, minute);
        // Day 31 of a 30-day month rolls over; the property is about real days only.
        if (at.getDate() !== d) return true;
        const ymd = format(at, "yyyy-MM-dd");
        const spelled: [string, string][] = [
          [format(at, "d MMMM yyyy"), ymd],
          [format(at, "MMMM d, yyyy"), ymd],
          [format(at, "yyyy-MM-dd HH:mm"), `${ymd}T${format(at, "HH:mm")}`],
        ];
        // Midnight in a sheet's date-time cell is how it writes a date alone: the day, said.
        const midnight = hour === 0 && minute === 0;
        return spelled.every(([text, edtf], i) => {
          const r = normalizeSpelling(text);
          if (midnight && i === 2) return r.ok && r.edtf === ymd && r.warning?.code === "date-reinterpreted";
          return r.ok && r.edtf === edtf && r.warning === undefined;
        });
      }),
      { seed: 20080607, numRuns: 1000 },
    );
  });

  it("what citeline prints for a day, month, year, season or decade reads back as the same EDTF", () => {
    const edtf = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        season: fc.integer({ min: 21, max: 41 }),
        shape: fc.constantFrom("year", "month", "day", "season", "decade"),
        mark: fc.constantFrom("", "~", "?", "%"),
      })
      .map(({ year, month, day: d, season, shape, mark }) => {
        const two = (n: number) => String(n).padStart(2, "0");
        // "1900s" is refused as ambiguous, so decades ending in 00 are not expected to read back.
        const decade = `${String(year).slice(0, 3).replace(/0$/, "1")}X`;
        return { year: `${year}${mark}`, month: `${year}-${two(month)}${mark}`, day: `${year}-${two(month)}-${two(d)}${mark}`, season: `${year}-${season}${mark}`, decade }[shape];
      });
    fc.assert(
      fc.property(edtf, (text) => {
        const r = readDate(text);
        if (!r.ok) return false;
        const back = normalizeSpelling(describeDate(r.date));
        return back.ok && back.edtf === text;
      }),
      { seed: 754, numRuns: 1000 },
    );
  });

  it("a span as citeline prints it reads back as the same interval: \"7–9 June 2008\" is no longer the year 7", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    const span = fc
      .record({
        year: fc.integer({ min: 1000, max: 9997 }), // the end year stays four digits: "10000" is no plain year (found by `npm run test:explore`)
        years: fc.integer({ min: 0, max: 1 }),
        month: fc.integer({ min: 1, max: 12 }),
        months: fc.integer({ min: 1, max: 11 }),
        day: fc.integer({ min: 1, max: 27 }),
        days: fc.integer({ min: 1, max: 40 }),
        shape: fc.constantFrom("year", "month", "day"),
      })
      .map(({ year, years, month, months, day, days, shape }) => {
        if (shape === "year") return [`${year}`, `${year + 1 + years}`];
        const to = month + months;
        const [y2, m2] = to > 12 ? [year + 1, to - 12] : [year + years, to];
        if (shape === "month") return [`${year}-${two(month)}`, `${y2}-${two(m2)}`];
        const end = new Date(Date.UTC(year, month - 1, day + days));
        return [`${year}-${two(month)}-${two(day)}`, end.toISOString().slice(0, 10)];
      });
    fc.assert(
      fc.property(span, ([from, to]) => {
        const a = readDate(from);
        const b = readDate(to);
        if (!a.ok || !b.ok) return false;
        const back = normalizeSpelling(describeSpan(a.date, b.date));
        return back.ok && back.edtf === `${from}/${to}`;
      }),
      { seed: 20260103, numRuns: 1000 },
    );
  });

  it("BCE years as citeline prints them read back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 0 }), (y) => {
        const text = `-${String(-y).padStart(4, "0")}`.replace(/^-0000$/, "0000");
        const r = readDate(text);
        if (!r.ok) return false;
        const back = normalizeSpelling(describeDate(r.date));
        return back.ok && back.edtf === text;
      }),
      { seed: 753, numRuns: 300 },
    );
  });
});

describe("a date with a space after each point", () => {
  it("is read day first with dateFormat DMY, as Czech writes it, and says how to settle it without", () => {
    expect(normalizeSpelling("7. 6. 2008", { dateFormat: "DMY" })).toEqual({ ok: true, edtf: "2008-06-07" });
    expect(normalizeSpelling("13. 6. 2008")).toMatchObject({ ok: true, edtf: "2008-06-13" });
    const [d] = loadTimeline({ events: [{ title: "x", start: "7. 6. 2008" }] }).diagnostics;
    expect(d?.message).toContain('load the sheet with dateFormat "DMY"');
  });

  it("with its year's mark after it, reads as without the mark, and with dateFormat too", () => {
    expect(normalizeSpelling("7.06.2008 г.", { dateFormat: "DMY" })).toEqual({ ok: true, edtf: "2008-06-07" });
    expect(normalizeSpelling("7. 6. 2008.", { dateFormat: "MDY" })).toEqual({ ok: true, edtf: "2008-07-06" });
    const [d] = loadTimeline({ events: [{ title: "x", start: "7.06.2008 г." }] }).diagnostics;
    expect(d?.message).toContain('load the sheet with dateFormat "DMY"');
  });
});
