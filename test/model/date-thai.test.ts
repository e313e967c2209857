// Dates as Thai writes them, in the Buddhist era most often: what Node's `Intl` (full ICU, CLDR)
// writes in Thai, with the Buddhist calendar that is Thai's own and with the Gregorian, in Thai
// digits too, read as the day it names; a bare year before 2400 refused with both readings. Each
// was refused before, with no reason. A numeric date from 2400 on, as a Thai sheet writes one
// ("13/6/2551"), is refused naming both readings, where it was read as the year 2551.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { languageOf } from "../../src/options/language.js";

function read(text: string): { edtf?: string; codes: string[]; readAs?: string; readings?: readonly string[] } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
  const event = timeline.events[0];
  const said = diagnostics[0];
  return {
    ...(event ? { edtf: event.start.edtf } : {}),
    codes: diagnostics.map((d) => d.code),
    ...(said?.readAs ? { readAs: said.readAs } : {}),
    ...(said?.readings ? { readings: said.readings } : {}),
  };
}

const write = (tag: string, options: Intl.DateTimeFormatOptions, at: Date) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(at);
const iso = (d: Date) => d.toISOString().slice(0, 10);
// From 1857 the Buddhist year is 2400 or more: a bare year is surely of that era.
const day = (from: number, to: number) => fc.integer({ min: Date.UTC(from, 0, 1) / 86_400_000, max: Date.UTC(to, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000));

describe("Thai's dates as Intl writes them", () => {
  it.each<[string, string]>([
    ["7 มิถุนายน 2551", "2008-06-07"],
    ["7 มิ.ย. 2551", "2008-06-07"],
    ["มิถุนายน 2551", "2008-06"],
    ["๗ มิถุนายน ๒๕๕๑", "2008-06-07"],
    ["7 มิถุนายน 2551 เวลา 14:30", "2008-06-07T14:30"],
    ["7 มิ.ย. 2551 14:30", "2008-06-07T14:30"],
  ])("%s: the Buddhist era's year, said", (text, edtf) => {
    expect(read(text)).toEqual({ edtf, codes: ["date-reinterpreted"], readAs: edtf });
  });

  it.each<[string, string]>([
    ["วันเสาร์ที่ 7 มิถุนายน พ.ศ. 2551", "2008-06-07"],
    ["7 มิถุนายน พ.ศ. 2551", "2008-06-07"],
    ["7 มิถุนายน ค.ศ. 2008", "2008-06-07"],
    ["วันเสาร์ที่ 7 มิถุนายน ค.ศ. 2008", "2008-06-07"],
    ["วันเสาร์ที่ 7 มิถุนายน พ.ศ. 2551 เวลา 14:30", "2008-06-07T14:30"],
  ])("%s: the era written, read in it", (text, edtf) => {
    expect(read(text)).toEqual({ edtf, codes: [] });
  });

  it("reads any day Intl writes in Thai, long, short, in full and as a month, in either era", () => {
    fc.assert(
      fc.property(day(1857, 2999), (d) => {
        for (const options of [{ dateStyle: "long" }, { dateStyle: "medium" }, { month: "long", year: "numeric" }] as const) {
          const want = "dateStyle" in options ? iso(d) : iso(d).slice(0, 7);
          expect(read(write("th", options, d))).toEqual({ edtf: want, codes: ["date-reinterpreted"], readAs: want });
          expect(read(write("th-u-nu-thai", options, d))).toEqual({ edtf: want, codes: ["date-reinterpreted"], readAs: want });
        }
        expect(read(write("th", { dateStyle: "full" }, d))).toEqual({ edtf: iso(d), codes: [] });
        expect(read(write("th-u-ca-gregory", { dateStyle: "full" }, d))).toEqual({ edtf: iso(d), codes: [] });
        expect(read(write("th-u-ca-gregory", { dateStyle: "long" }, d))).toEqual({ edtf: iso(d), codes: [] });
      }),
      { numRuns: 200 },
    );
  });

  // Before 15 October 1582 ICU writes the Buddhist calendar's days in the Julian calendar.
  it("reads any day with its era before 1857 too, and refuses it bare, naming both readings", () => {
    fc.assert(
      fc.property(day(1583, 1856), (d) => {
        expect(read(write("th", { dateStyle: "full" }, d))).toEqual({ edtf: iso(d), codes: [] });
        const bare = write("th", { dateStyle: "long" }, d);
        const year = d.getUTCFullYear() + 543;
        const gregorian = new Date(d);
        gregorian.setUTCFullYear(year);
        // 29 February of a leap year of the Buddhist era is no Gregorian day of the year written.
        const readings = gregorian.getUTCDate() === d.getUTCDate() ? [iso(gregorian), iso(d)] : undefined;
        expect(read(bare)).toEqual(readings ? { codes: ["date-ambiguous"], readings } : { edtf: iso(d), codes: ["date-reinterpreted"], readAs: iso(d) });
      }),
      { numRuns: 200 },
    );
  });
});

describe("what is refused, saying why", () => {
  it("refuses the fall of Ayutthaya written without its era, naming both readings in every language", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "7 เมษายน 2310" }] });
    expect(diagnostics.map((d) => [d.code, d.readings])).toEqual([["date-ambiguous", ["2310-04-07", "1767-04-07"]]]);
    expect(diagnostics[0]?.message).toBe('"7 เมษายน 2310" is ambiguous: it could be 7 April 2310 or 7 April 1767 (the Buddhist era\'s 2310). Write the one you mean as YYYY-MM-DD (Gregorian).');
    expect(diagnosticLine(diagnostics[0]!, languageOf({ locale: "fr" }).messages)).toContain("1767-04-07");
    expect(read("7 เมษายน พ.ศ. 2310")).toEqual({ edtf: "1767-04-07", codes: [] });
  });

  it("refuses a weekday that is not the day's, a day that does not exist, and a year of two digits", () => {
    expect(read("วันอาทิตย์ที่ 7 มิถุนายน พ.ศ. 2551").codes).toEqual(["date-invalid"]);
    expect(read("31 มิถุนายน 2551").codes).toEqual(["date-invalid"]);
    expect(read("7 มิถุนายน 51").codes).toEqual(["date-invalid"]);
  });

  it("says in every language what the year was read as", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "7 มิถุนายน 2551" }] });
    expect(diagnostics[0]?.message).toBe('"7 มิถุนายน 2551" was read as 7 June 2008 (the Buddhist era\'s 2551). Write it as EDTF (such as YYYY-MM-DD) to be sure.');
    expect(diagnosticLine(diagnostics[0]!, languageOf({ locale: "de" }).messages)).toContain("2008-06-07");
  });
});

describe("a numeric date with a year of the Buddhist era, as a Thai sheet writes one", () => {
  function load(text: string, dateFormat?: "DMY" | "MDY") {
    return loadTimeline({ events: [{ title: "x", start: text }] }, dateFormat ? { dateFormat } : {});
  }

  it("refuses it, naming both readings, where it was read four centuries ahead", () => {
    for (const [text, format, readings] of [
      ["13/6/2551", undefined, ["2551-06-13", "2008-06-13"]],
      ["7/6/2551", "DMY", ["2551-06-07", "2008-06-07"]],
      ["6/7/2551", "MDY", ["2551-06-07", "2008-06-07"]],
      ["2551/6/7", undefined, ["2551-06-07", "2008-06-07"]],
      ["6/2551", undefined, ["2551-06", "2008-06"]],
    ] as const) {
      const { timeline, diagnostics } = load(text, format);
      expect(timeline.events, text).toEqual([]);
      expect(diagnostics.map((d) => [d.code, d.readings]), text).toEqual([["date-ambiguous", readings]]);
    }
    expect(load("13/6/2551").diagnostics[0]?.message).toBe('"13/6/2551" is ambiguous: it could be 13 June 2551 or 13 June 2008 (the Buddhist era\'s 2551). Write the one you mean as YYYY-MM-DD (Gregorian).');
  });

  it("reads EDTF as written, and a day the Buddhist reading has not as the year written", () => {
    expect(read("2551-06-07")).toEqual({ edtf: "2551-06-07", codes: [] });
    // 2009 had no 29 February.
    expect(read("29/2/2552")).toMatchObject({ edtf: "2552-02-29", codes: ["date-reinterpreted"] });
    expect(read("13/6/2399")).toMatchObject({ edtf: "2399-06-13", codes: ["date-reinterpreted"] });
  });

  it("holds for any day of the Buddhist era 2400 to 2999 written day first (property)", () => {
    fc.assert(
      fc.property(day(1857, 2456), (d) => {
        const text = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear() + 543}`;
        const { timeline, diagnostics } = load(text, "DMY");
        // 29 February of a Gregorian leap year is no day of the year 543 later, as written: the
        // Buddhist reading is the only one, read, and said (it was refused as no such day).
        if (d.getUTCMonth() === 1 && d.getUTCDate() === 29) {
          expect([timeline.events[0]?.start.edtf, diagnostics.map((x) => x.code)], text).toEqual([iso(d), ["date-reinterpreted"]]);
          return;
        }
        expect(diagnostics[0]?.readings?.[1], text).toBe(iso(d));
      }),
      { numRuns: 200 },
    );
    // The leap days the property may not draw, in each order.
    for (const text of ["29/2/2551", "2/29/2551", "29.2.2551", "2551/2/29"]) {
      const { timeline, diagnostics } = load(text);
      expect([timeline.events[0]?.start.edtf, diagnostics[0]?.message], text).toEqual(["2008-02-29", `"${text}" was read as 29 February 2008 (the Buddhist era's 2551). Write it as EDTF (such as YYYY-MM-DD) to be sure.`]);
    }
    // A day neither era has is refused as before.
    expect(load("30/2/2551").diagnostics.map((x) => [x.code, x.reason])).toEqual([["date-invalid", "no-day"]]);
    // A year first says why too (it gave no reason): the month's day, or the month, that is none.
    expect(["2008/2/30", "2008/13/1"].map((t) => load(t).diagnostics.map((x) => [x.code, x.reason])[0])).toEqual([["date-invalid", "no-day"], ["date-invalid", "no-month"]]);
  });
});
