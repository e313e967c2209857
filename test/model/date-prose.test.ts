// Dates as English prose, newsrooms and data tools write them, each refused before with no reason:
// British prose's ordinal day ("the 7th of June 2008"), a quarter or half of a year as pandas and
// finance desks write one ("2008Q2", "2Q 2008", "H1 2008"), a time before its day ("14:30 GMT,
// Saturday, 7 June 2008", as BBC News's pages date a story; "2:30 p.m. June 7, 2008"), ranges joined
// by a word other than "to" ("1980 through 1988", "from 1980 to 1988") or "between … and …" (the
// whole time, or one time within it: refused, naming both), and a numeric date with slashes and
// its year's mark ("7/6/2008 г.").
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MONTHS, day } from "./any-day.js";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";

function read(text: string): { edtf?: string; end?: string; codes: string[]; reason?: string } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
  const event = timeline.events[0];
  const reason = diagnostics.find((d) => d.reason !== undefined)?.reason;
  return { ...(event ? { edtf: event.start.edtf, ...(event.end ? { end: event.end.edtf } : {}) } : {}), codes: diagnostics.map((d) => d.code), ...(reason ? { reason } : {}) };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

describe("British prose's ordinal day", () => {
  it.each<[string, string]>([
    ["the 7th of June 2008", "2008-06-07"],
    ["7th of June 2008", "2008-06-07"],
    ["7th of June, 2008", "2008-06-07"],
    ["June the 7th, 2008", "2008-06-07"],
    ["Saturday, the 7th of June 2008", "2008-06-07"],
    ["Sat 7th June 2008", "2008-06-07"],
    ["the 22nd June 2008", "2008-06-22"],
    ["7 June, 2008", "2008-06-07"],
  ])("%s", (text, edtf) => {
    expect(read(text)).toEqual({ edtf, codes: [] });
  });

  it("refuses what is no day, saying why", () => {
    expect(read("the 7th of June")).toMatchObject({ codes: ["date-invalid"], reason: "day-without-year" });
    expect(read("7 June")).toMatchObject({ codes: ["date-invalid"], reason: "day-without-year" });
    expect(read("the 31st of June 2008")).toMatchObject({ codes: ["date-invalid"], reason: "no-day" });
    expect(read("Sunday, the 7th of June 2008")).toMatchObject({ codes: ["date-invalid"], reason: "weekday" });
  });

  it("reads any day from 1000 to 2999 written so as that day (property)", () => {
    fc.assert(
      fc.property(day, (d) => {
        const [n, month, y, weekday] = [d.getUTCDate(), MONTHS[d.getUTCMonth()]!, String(d.getUTCFullYear()), WEEKDAYS[d.getUTCDay()]!];
        const edtf = d.toISOString().slice(0, 10);
        for (const text of [`the ${ordinal(n)} of ${month} ${y}`, `${weekday}, the ${ordinal(n)} of ${month} ${y}`, `${month} the ${ordinal(n)}, ${y}`, `${n} ${month}, ${y}`]) expect(read(text).edtf, text).toBe(edtf);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a quarter or half of a year as data tools write one", () => {
  it("reads each form of every quarter and half as citeline's own (\"Q2 2008\", \"first half 2008\")", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const quarter = `${y}-${32 + q}`;
        expect(read(`Q${q} ${y}`).edtf).toBe(quarter);
        const words = ["first", "second", "third", "fourth"][q - 1];
        for (const text of [`${y} Q${q}`, `${y}-Q${q}`, `${y}Q${q}`, `Q${q}-${y}`, `Q${q}/${y}`, `${q}Q ${y}`, `${q}Q${y}`, `q${q} ${y}`, `${words} quarter of ${y}`, `the ${ordinal(q)} quarter ${y}`]) expect(read(text), text).toEqual({ edtf: quarter, codes: [] });
        if (q > 2) return;
        for (const text of [`H${q} ${y}`, `${q}H ${y}`, `${y} H${q}`, `${y}-H${q}`]) expect(read(text), text).toEqual({ edtf: `${y}-${39 + q}`, codes: [] });
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a quarter of a two-digit year, and no quarter five or half three", () => {
    for (const text of ["2Q08", "Q2 08", "Q2-08", "H1 08"]) expect(read(text), text).toMatchObject({ codes: ["date-invalid"], reason: "two-digit-year" });
    for (const text of ["Q5 2008", "H3 2008", "2008-Q0"]) expect(read(text).edtf, text).toBeUndefined();
  });
});

describe("a time before its day", () => {
  it.each<[string, string]>([
    ["14:30, 7 June 2008", "2008-06-07T14:30"],
    ["14:30 GMT, Saturday, 7 June 2008", "2008-06-07T14:30Z"],
    ["2:30 PM, June 7, 2008", "2008-06-07T14:30"],
    ["2:30 p.m. June 7, 2008", "2008-06-07T14:30"],
    ["2 p.m. Saturday, June 7, 2008", "2008-06-07T14:00"],
    ["2:30 p.m. on June 7, 2008", "2008-06-07T14:30"],
    ["14 h 30, le 7 juin 2008", "2008-06-07T14:30"],
  ])("%s", (text, edtf) => {
    expect(read(text)).toEqual({ edtf, codes: [] });
  });

  it("refuses a time before less than a day, or in a zone of several offsets, saying why", () => {
    expect(read("14:30, June 2008")).toMatchObject({ codes: ["date-invalid"], reason: "time-needs-day" });
    expect(read("14:30 EST, 7 June 2008")).toMatchObject({ codes: ["date-invalid"], reason: "zone-abbreviation" });
    expect(readDate("14:30, 7/6/2008")).toMatchObject({ ok: false, code: "date-ambiguous", readings: ["2008-06-07T14:30", "2008-07-06T14:30"] });
  });

  it("reads any minute from 1000 to 2999 with its time first as that minute (property)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 1439 }), (d, minute) => {
        const at = new Date(d.getTime() + minute * 60_000);
        const [h, m] = [at.getUTCHours(), String(at.getUTCMinutes()).padStart(2, "0")];
        const date = `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]!} ${at.getUTCFullYear()}`;
        const edtf = at.toISOString().slice(0, 16);
        expect(read(`${String(h).padStart(2, "0")}:${m}, ${date}`).edtf).toBe(edtf);
        expect(read(`${h % 12 || 12}:${m} ${h < 12 ? "a.m." : "p.m."} ${date}`).edtf).toBe(edtf);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ranges joined by words", () => {
  it.each<[string, string, string]>([
    ["from 1980 to 1988", "1980", "1988"],
    ["1980 through 1988", "1980", "1988"],
    ["1980 thru 1988", "1980", "1988"],
    ["1980 until 1988", "1980", "1988"],
    ["from June 7 to June 9, 2008", "2008-06-07", "2008-06-09"],
    ["June 7 through 9, 2008", "2008-06-07", "2008-06-09"],
    ["7 June 2008 till 9 June 2008", "2008-06-07", "2008-06-09"],
  ])("%s", (text, edtf, end) => {
    expect(read(text)).toEqual({ edtf, end, codes: [] });
  });

  it("refuses \"between … and …\" as either the whole time or one time within it, naming both, each of which loads", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2998 }), fc.integer({ min: 1, max: 50 }), (a, n) => {
        const b = Math.min(a + n, 2999);
        const refused = readDate(`between ${a} and ${b}`);
        expect(refused).toMatchObject({ ok: false, code: "date-ambiguous", readings: [`${a}/${b}`, `[${a}..${b}]`] });
        for (const reading of refused.ok ? [] : (refused.readings ?? [])) expect(read(reading), reading).toMatchObject({ edtf: reading.split("/")[0], codes: [] });
      }),
      { numRuns: 50 },
    );
    expect(readDate("between June 7 and June 9, 2008")).toMatchObject({ code: "date-ambiguous", readings: ["2008-06-07/2008-06-09", "[2008-06-07..2008-06-09]"], detail: "the whole of 7 June 2008 to 9 June 2008 (2008-06-07/2008-06-09) or one time within it ([2008-06-07..2008-06-09])" });
    // An end that is a set itself: the one time within is said, not written.
    expect(readDate("between early June 2008 and 2009")).toMatchObject({ code: "date-ambiguous", readings: ["[2008-06-01..2008-06-10]/2009"] });
  });

  it("leaves a lone \"from\" unread", () => {
    expect(read("from 1980").codes).toEqual(["date-invalid"]);
  });
});

describe("a numeric date with slashes and its year's mark", () => {
  it("reads as without the mark: ambiguous, naming its readings, or the one order it can be", () => {
    expect(readDate("7/6/2008 г.")).toMatchObject({ ok: false, code: "date-ambiguous", readings: ["2008-06-07", "2008-07-06"] });
    expect(read("31/12/2008 г.")).toEqual({ edtf: "2008-12-31", codes: ["date-reinterpreted"] });
  });
});
