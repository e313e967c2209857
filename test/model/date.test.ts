// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calendarDate } from "../../src/model/date-calendar.js";
import { readDate, readEdtf } from "../../src/model/date.js";
import { describeDate, describeSpan } from "../../src/model/date-words.js";

const ms = (iso: string): number => {
  // new Date("-000753-01-01T…") parses extended years; ISO strings keep the table readable.
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) throw new Error(`bad fixture ${iso}`);
  return t;
};

// [input, earliest, latest, precision, qualifier, words]
const TABLE: [string, string, string, string, string, string][] = [
  ["2008-06-08", "2008-06-08T00:00:00.000Z", "2008-06-08T23:59:59.999Z", "day", "exact", "8 June 2008"],
  ["2008-06", "2008-06-01T00:00:00.000Z", "2008-06-30T23:59:59.999Z", "month", "exact", "June 2008"],
  ["1980", "1980-01-01T00:00:00.000Z", "1980-12-31T23:59:59.999Z", "year", "exact", "1980"],
  ["2008-22", "2008-06-01T00:00:00.000Z", "2008-08-31T23:59:59.999Z", "season", "exact", "summer 2008"],
  ["2008-22?", "2008-06-01T00:00:00.000Z", "2008-08-31T23:59:59.999Z", "season", "uncertain", "summer 2008 (uncertain)"],
  ["2008-24", "2008-12-01T00:00:00.000Z", "2009-02-28T23:59:59.999Z", "season", "exact", "winter 2008"],
  ["2008-30", "2008-12-01T00:00:00.000Z", "2009-02-28T23:59:59.999Z", "season", "exact", "summer (southern) 2008"],
  ["2008-06~", "2008-06-01T00:00:00.000Z", "2008-06-30T23:59:59.999Z", "month", "approximate", "June 2008 (approximate)"],
  ["1984?", "1984-01-01T00:00:00.000Z", "1984-12-31T23:59:59.999Z", "year", "uncertain", "1984 (uncertain)"],
  ["1984%", "1984-01-01T00:00:00.000Z", "1984-12-31T23:59:59.999Z", "year", "approximate-uncertain", "1984 (approximate, uncertain)"],
  ["198X", "1980-01-01T00:00:00.000Z", "1989-12-31T23:59:59.999Z", "decade", "exact", "1980s"],
  ["19XX", "1900-01-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z", "century", "exact", "1900–1999"],
  ["2008-06-XX", "2008-06-01T00:00:00.000Z", "2008-06-30T23:59:59.999Z", "month", "exact", "June 2008"],
  ["-0753", "-000753-01-01T00:00:00.000Z", "-000753-12-31T23:59:59.999Z", "year", "exact", "754 BCE"],
  ["0000", "0000-01-01T00:00:00.000Z", "0000-12-31T23:59:59.999Z", "year", "exact", "1 BCE"],
  ["0001", "0001-01-01T00:00:00.000Z", "0001-12-31T23:59:59.999Z", "year", "exact", "1"],
  ["0033-04-03", "0033-04-03T00:00:00.000Z", "0033-04-03T23:59:59.999Z", "day", "exact", "3 April 33"],
  ["2008-06-08T14:30Z", "2008-06-08T14:30:00.000Z", "2008-06-08T14:30:59.999Z", "minute", "exact", "8 June 2008, 14:30 UTC"],
  ["2008-06-08T14:30:05Z", "2008-06-08T14:30:05.000Z", "2008-06-08T14:30:05.999Z", "second", "exact", "8 June 2008, 14:30:05 UTC"],
  // Everyday spellings, rewritten to EDTF before reading.
  ["754 BCE", "-000753-01-01T00:00:00.000Z", "-000753-12-31T23:59:59.999Z", "year", "exact", "754 BCE"],
  ["AD 33", "0033-01-01T00:00:00.000Z", "0033-12-31T23:59:59.999Z", "year", "exact", "33"],
  ["8 June 2008", "2008-06-08T00:00:00.000Z", "2008-06-08T23:59:59.999Z", "day", "exact", "8 June 2008"],
  ["June 8, 2008", "2008-06-08T00:00:00.000Z", "2008-06-08T23:59:59.999Z", "day", "exact", "8 June 2008"],
  ["June 2008", "2008-06-01T00:00:00.000Z", "2008-06-30T23:59:59.999Z", "month", "exact", "June 2008"],
  ["c. 1980", "1980-01-01T00:00:00.000Z", "1980-12-31T23:59:59.999Z", "year", "approximate", "1980 (approximate)"],
  ["2008-6-8", "2008-06-08T00:00:00.000Z", "2008-06-08T23:59:59.999Z", "day", "exact", "8 June 2008"],
  ["05/05/2008", "2008-05-05T00:00:00.000Z", "2008-05-05T23:59:59.999Z", "day", "exact", "5 May 2008"],
];

describe("readDate", () => {
  it.each(TABLE)("%s", (input, earliest, latest, precision, qualifier, words) => {
    const r = readDate(input);
    if (!r.ok) throw new Error(`${input}: ${r.code}`);
    expect(r.date).toMatchObject({ earliest: ms(earliest), latest: ms(latest), precision, qualifier });
    expect(r.end).toBeUndefined();
    expect(describeDate(r.date)).toBe(words);
  });

  it.each([
    ["1980-09-22/1988-08-20", "22 September 1980", "20 August 1988", "22 September 1980 – 20 August 1988"],
    ["1980/1988", "1980", "1988", "1980 – 1988"],
    ["1980~/1988", "1980 (approximate)", "1988", "1980 (approximate) – 1988"],
    ["1980–1988", "1980", "1988", "1980 – 1988"],
    ["754 BCE – 700 BCE", "754 BCE", "700 BCE", "754 BCE – 700 BCE"],
    ["2008-06-07/2008-06-09", "7 June 2008", "9 June 2008", "7–9 June 2008"],
    ["2008-05-30/2008-06-02", "30 May 2008", "2 June 2008", "30 May – 2 June 2008"],
    // Two times: ISO 8601's interval (EDTF's level 0 has none), spelled ranges, and citeline's own words for one.
    ["2008-06-07T14:30/2008-06-07T16:00", "7 June 2008, 14:30", "7 June 2008, 16:00", "7 June 2008, 14:30 – 7 June 2008, 16:00"],
    ["2008-06-07 14:30 – 2008-06-07 16:00", "7 June 2008, 14:30", "7 June 2008, 16:00", "7 June 2008, 14:30 – 7 June 2008, 16:00"],
    ["June 7, 2008 2:30 PM → June 7, 2008 4:00 PM", "7 June 2008, 14:30", "7 June 2008, 16:00", "7 June 2008, 14:30 – 7 June 2008, 16:00"],
    ["7 June 2008, 14:30 – 7 June 2008, 16:00", "7 June 2008, 14:30", "7 June 2008, 16:00", "7 June 2008, 14:30 – 7 June 2008, 16:00"],
    ["2008-06-07T14:30Z/2008-06-08", "7 June 2008, 14:30 UTC", "8 June 2008", "7 June 2008, 14:30 UTC – 8 June 2008"],
  ])("interval %s in one field", (input, start, end, span) => {
    const r = readDate(input);
    if (!r.ok || !r.end) throw new Error(`${input} did not read as an interval`);
    expect(describeDate(r.date)).toBe(start);
    expect(describeDate(r.end)).toBe(end);
    expect(describeSpan(r.date, r.end)).toBe(span);
  });

  it("keeps the minus of a year before the common era whose known digits are all 0 (the edtf package drops it)", () => {
    const year = (ms: number) => new Date(ms).getUTCFullYear();
    for (const [text, first, words] of [["-00XX", -99, "100 BCE – 1 BCE"], ["-000X", -9, "10 BCE – 1 BCE"]] as const) {
      const r = readDate(text);
      if (!r.ok) throw new Error(`${text}: ${r.code}`);
      expect([year(r.date.earliest), year(r.date.latest), r.date.edtf, describeDate(r.date)]).toEqual([first, 0, text, words]);
    }
    expect(readDate("-00XX-12")).toMatchObject({ ok: false, code: "date-unsupported" });
  });

  it("reads Date objects and epoch ms as exact instants", () => {
    const at = Date.UTC(2008, 5, 8, 14, 30);
    for (const input of [at, new Date(at)]) {
      expect(readDate(input)).toEqual({
        ok: true,
        date: { earliest: at, latest: at, precision: "instant", qualifier: "exact", edtf: "2008-06-08T14:30:00.000Z" },
      });
    }
  });

  it.each<[string, string, string | undefined, string[]?, string?]>([
    ["03/04/2008", "date-ambiguous", "3 April 2008 or 4 March 2008", ["2008-04-03", "2008-03-04"]],
    ["03.04.2008", "date-ambiguous", "3 April 2008 or 4 March 2008", ["2008-04-03", "2008-03-04"]],
    ["03/04/08", "date-invalid", "A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930).", undefined, "two-digit-year"],
    ["2008-13", "date-invalid", "13 is no month.", undefined, "no-month"],
    ["2008-02-30", "date-invalid", "February 2008 has no day 30.", undefined, "no-day"],
    ["31/02/2008", "date-invalid", "February 2008 has no day 31.", undefined, "no-day"],
    ["yesterday", "date-invalid", undefined],
    ["", "date-invalid", undefined],
    ["XXXX-12-XX", "date-unsupported", "no known year, so it cannot be placed on a timeline", undefined, "no-known-year"],
    ["[1760-01,..1760-12-03]", "date-unsupported", "a set member open at one end (..)", undefined, "open-set-member"],
    ["{..1760-12-03}", "date-unsupported", "a set member open at one end (..)", undefined, "open-set-member"],
    ["[..2008-06/2008-07]", "date-invalid", "A set's members are dates or ranges (a..b).", undefined, "set-member-form"],
    ["../..", "date-invalid", "An interval needs at least one known end.", undefined, "needs-known-end"],
    ["2008-06-08T14:30Z~", "date-invalid", undefined],
    ["Y170000002", "date-out-of-range", undefined],
  ])("refuses %s with %s", (input, code, detail, readings, reason) => {
    // A refusal that names the option that would read it says so in `option` too.
    const option = detail?.includes("twoDigitYearsFrom") ? { option: "twoDigitYearsFrom" } : /^03.04.2008$/.test(input) ? { option: "dateFormat" } : {};
    expect(readDate(input)).toEqual({ ok: false, code, ...(detail === undefined ? {} : { detail }), ...(readings ? { readings } : {}), ...(reason ? { reason } : {}), ...option });
  });

  it("refuses non-finite numbers, invalid Dates and other types", () => {
    for (const input of [Number.NaN, Infinity, new Date("nope"), true, {}, null]) {
      expect(readDate(input)).toMatchObject({ ok: false, code: "date-invalid" });
    }
    expect(readDate(9e15)).toEqual({ ok: false, code: "date-out-of-range" });
  });

  it("reads an unambiguous day-first date but says how it read it", () => {
    expect(readDate("25/03/2008")).toMatchObject({
      ok: true,
      date: { edtf: "2008-03-25", precision: "day" },
      warning: { code: "date-reinterpreted", detail: "25 March 2008" },
    });
  });
});

// Arbitrary EDTF-ish dates: years far into BCE, every precision, every qualifier, seasons.
const edtfDate = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    season: fc.integer({ min: 21, max: 41 }),
    shape: fc.constantFrom("year", "month", "day", "season", "decade"),
    mark: fc.constantFrom("", "~", "?", "%"),
  })
  .map(({ year, month, day, season, shape, mark }) => {
    const y = `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
    const two = (n: number) => String(n).padStart(2, "0");
    const body = { year: y, month: `${y}-${two(month)}`, day: `${y}-${two(month)}-${two(day)}`, season: `${y}-${season}`, decade: `${y.slice(0, -1)}X` }[shape];
    return shape === "decade" ? body : body + mark;
  });

describe("date properties", () => {
  it("earliest <= latest for every date it reads, and the precision fits the bounds", () => {
    fc.assert(
      fc.property(edtfDate, (text) => {
        const r = readDate(text);
        if (!r.ok) return false;
        const span = r.date.latest - r.date.earliest;
        const day = 86_400_000;
        const max = { day: day, month: 31 * day, season: 184 * day, year: 366 * day, decade: 3653 * day }[r.date.precision as "day"] ?? Infinity;
        return r.date.earliest <= r.date.latest && span < max;
      }),
      { seed: 20080608, numRuns: 1000 },
    );
  });

  it("earliest <= latest for any string, when it reads one at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), edtfDate.map((s) => ` ${s} `)), (text) => {
        const r = readDate(text);
        return !r.ok || (r.date.earliest <= r.date.latest && (!r.end || r.end.earliest <= r.end.latest));
      }),
      { seed: 20080608, numRuns: 1000 },
    );
  });
});

describe("the calendar-date fast path", () => {
  it("gives exactly what the edtf package gives, for every plain date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9999, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom("year", "month", "day", "minute", "second", "floating"),
        fc.constantFrom("", "~", "?", "%"),
        fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })),
        (year, month, day, shape, mark, [h, mi, se]) => {
          const y = `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
          const two = (n: number) => String(n).padStart(2, "0");
          const ymd = `${y}-${two(month)}-${two(day)}`;
          const text = {
            year: y + mark,
            month: `${y}-${two(month)}${mark}`,
            day: ymd + mark,
            minute: `${ymd}T${two(h)}:${two(mi)}Z`,
            second: `${ymd}T${two(h)}:${two(mi)}:${two(se)}Z`,
            floating: `${ymd}T${two(h)}:${two(mi)}:${two(se)}`,
          }[shape];
          const fast = calendarDate(text);
          const slow = readEdtf(text, false);
          // A day its month does not have is refused, saying so, where the package moved it to the
          // next month ("2007-02-29" as 1 March) or refused it; where the fast path declines, the
          // package decides; where it answers a date, they agree.
          if (fast?.ok === false) return fast.reason === "no-day" && (!slow.ok || slow.date.edtf.slice(0, 10) !== ymd);
          return fast === undefined ? true : JSON.stringify(fast) === JSON.stringify(slow);
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("declines what it does not own, and refuses a day or a month that is none", () => {
    expect(calendarDate("2008-02-30")).toEqual({ ok: false, code: "date-invalid", detail: "February 2008 has no day 30.", reason: "no-day" });
    expect(calendarDate("2007-02-29T10:00Z")).toMatchObject({ ok: false, reason: "no-day" });
    expect(calendarDate("2008-13")).toEqual({ ok: false, code: "date-invalid", detail: "13 is no month.", reason: "no-month" });
    for (const text of ["-0000", "2008-06-XX", "2008-06?-08", "2008-22", "2008-06-08T24:00Z", "2008-06-08T14:30Z~", "2008-06-08T14:30+15:00", "1984-XX"]) {
      expect(calendarDate(text)).toBeUndefined();
    }
  });
});
