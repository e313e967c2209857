// A date known only from one side, as prose and sheets write it ("before 2008", "after June
// 2008", "vor 2008", "2008'den önce"): read as EDTF's one-of set open at one end, which includes
// its bound, so one unit past the date written, with a warning that says so. Each was refused as
// no date, with no reason.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { day, inWords, iso } from "./any-day.js";
import { describeDate } from "../../src/index.js";
import { loadTimeline } from "../../src/load.js";
import { languageOf } from "../../src/options/language.js";

function read(text: string): { start?: string; codes: string[] } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
  const event = timeline.events[0];
  return { ...(event ? { start: event.start.edtf } : {}), codes: diagnostics.map((d) => d.code) };
}

describe("a date known from one side, in words", () => {
  it.each<[string, string]>([
    ["before 2008", "[..2007]"],
    ["Before June 2008", "[..2008-05]"],
    ["prior to 7 June 2008", "[..2008-06-06]"],
    ["earlier than 1 March 2008", "[..2008-02-29]"],
    ["after 2008", "[2009..]"],
    ["after June 2008", "[2008-07..]"],
    ["after 31 December 2008", "[2009-01-01..]"],
    ["later than December 2008", "[2009-01..]"],
    ["after 2008-06-07", "[2008-06-08..]"],
    ["before 1 January 1000", "[..0999-12-31]"],
    ["vor 2008", "[..2007]"],
    ["nach Juni 2008", "[2008-07..]"],
    ["avant juin 2008", "[..2008-05]"],
    ["après 2008", "[2009..]"],
    ["antes de 2008", "[..2007]"],
    ["después de junio de 2008", "[2008-07..]"],
    ["prima del 2008", "[..2007]"],
    ["dopo il 2008", "[2009..]"],
    ["voor 2008", "[..2007]"],
    ["depois de 2008", "[2009..]"],
    ["2008'den önce", "[..2007]"],
    ["Haziran 2008'den sonra", "[2008-07..]"],
    ["قبل 2008", "[..2007]"],
    ["بعد 2008", "[2009..]"],
    ["לפני 2008", "[..2007]"],
    ["אחרי 2008", "[2009..]"],
  ])("%s is %s, with a warning", (text, start) => {
    expect(read(text)).toEqual({ start, codes: ["date-reinterpreted"] });
  });

  it("says what it read, and why the number differs from the one written", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "before 2008" }] });
    expect(diagnostics[0]?.message).toBe('"before 2008" was read as on or before 2007, EDTF\'s [..2007], which includes its bound.');
    expect(diagnostics[0]?.readAs).toBe("[..2007]");
    // Every language says it from `readAs`, as for any date read otherwise.
    expect(languageOf({ locale: "de" }).messages.diagnostics["date-reinterpreted"](diagnostics[0]!)).toBe(
      "„before 2008“ wurde als „[..2007]“ (EDTF) gelesen. Ist das nicht das gemeinte Datum, schreiben Sie es als EDTF (z. B. JJJJ-MM-TT).",
    );
  });

  it("is drawn and said as the date it bounds, and loads back the same once saved", () => {
    const { timeline } = loadTimeline({ events: [{ title: "x", start: "after June 2008" }] });
    expect(describeDate(timeline.events[0]!.start)).toBe("on or after July 2008");
    expect(loadTimeline(JSON.parse(JSON.stringify(timeline))).timeline.events[0]!.start).toEqual(timeline.events[0]!.start);
  });

  it("refuses what has no one unit before or after it, and a date read two ways", () => {
    for (const text of ["before summer 2008", "after c. 1900", "before 1980–1988", "before present", "after 2008-06-07T14:30", "before 2008?"]) {
      expect(read(text), text).toEqual({ codes: ["date-invalid"] });
    }
    expect(read("before 7/6/2008")).toEqual({ codes: ["date-ambiguous"] });
    // Portuguese's "na" is "in the", not Dutch's "after": no date read from it.
    expect(read("na primavera de 2008")).toEqual({ codes: ["date-invalid"] });
  });

  it("refuses a year in Persian or Arabic digits that another calendar may mean, in words as alone", () => {
    // "۱۳۸۷" alone may be the Gregorian, Solar Hijri or Hijri 1387; so it may after a word. "از ۱۳۸۲
    // تاکنون" (since 1382) read as the Gregorian 1382 until now, 621 years from Iran's 2003.
    for (const text of ["پیش از ۱۳۸۷", "از ۱۳۸۲ تاکنون", "قبل ١٤٢٩"]) expect(read(text), text).toEqual({ codes: ["date-ambiguous"] });
    expect(read("از ۲۰۰۳ تاکنون")).toEqual({ start: "2003", codes: [] });
    expect(read("پیش از ۱۸ خرداد ۱۳۸۷")).toEqual({ start: "[..2008-06-06]", codes: ["date-reinterpreted"] });
  });

  it("any day: before it is on or before the day before, after it on or after the day after", () => {
    fc.assert(
      fc.property(day, (d) => {
        const previous = new Date(d.getTime() - 86_400_000);
        const next = new Date(d.getTime() + 86_400_000);
        expect(read(`before ${inWords(d)}`).start).toBe(`[..${iso(previous)}]`);
        expect(read(`after ${inWords(d)}`).start).toBe(`[${iso(next)}..]`);
      }),
      { seed: 20081207, numRuns: 200 },
    );
  });
});
