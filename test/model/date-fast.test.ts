// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readDate, readDateGeneral } from "../../src/model/date.js";
import { fastDay, fastInstant } from "../../src/model/date-fast.js";
import { loadTimeline } from "../../src/load.js";

const RUNS = { seed: 20080602, numRuns: 5000 };

// The JavaScript date range and beyond, whole and fractional, with the edges of the years 0–9999.
const ms = fc.oneof(
  fc.integer({ min: -8.64e15 - 10, max: 8.64e15 + 10 }),
  fc.integer({ min: -62_167_219_200_010, max: 253_402_300_800_010 }),
  fc.constantFrom(0, -0, 1, -1, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15, 8.64e15 + 1, 951_782_400_000, 1_212_451_200_000),
  fc.double({ min: -9e15, max: 9e15 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5, -0.5, 1.5),
);

const two = (n: number) => String(n).padStart(2, "0");
// Digits in every position, the right length or nearly, real days and days that do not exist.
const dayText = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom("year", "month", "day")).map(([y, m, d, shape]) => {
    const year = String(y).padStart(4, "0");
    return shape === "year" ? year : shape === "month" ? `${year}-${two(m)}` : `${year}-${two(m)}-${two(d)}`;
  }),
  fc.tuple(fc.integer({ min: 1582, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 })).map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
  fc.stringMatching(/^[-0-9 /.~?%Tx]{0,11}$/),
  fc.constantFrom("2008-02-30", "2008-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "2008-13", "2008-00", "2008-22", "2008-06-00", "-0753", " 2008", "2008 ", "２００８", "2008/06/02", "2008-6-2", "20080602", "2008-06-02~", "99"),
);

describe("the fast path for epoch ms and ISO days", () => {
  it("reads epoch ms exactly as the general reader does", () => {
    fc.assert(
      fc.property(ms, (t) => {
        expect(readDate(t)).toStrictEqual(readDateGeneral(t));
        expect(readDate(new Date(t))).toStrictEqual(readDateGeneral(new Date(t)));
        const fast = fastInstant(t);
        if (fast) expect(Object.is(fast.date.earliest, t)).toBe(true);
      }),
      RUNS,
    );
  });

  it("reads ISO days, months and years exactly as the general reader does, and refuses what it refuses", () => {
    fc.assert(
      fc.property(dayText, (text) => {
        expect(readDate(text)).toStrictEqual(readDateGeneral(text));
        const fast = fastDay(text);
        if (fast) expect(fast).toStrictEqual(readDateGeneral(text));
      }),
      RUNS,
    );
  });

  it("answers for the forms it owns and declines the rest", () => {
    for (const text of ["2008", "2008-06", "2008-06-02", "2008-02-29", "0000-02-29", "0476", "9999-12-31"]) expect(fastDay(text)).toBeDefined();
    for (const text of ["2008-02-30", "1900-02-29", "2008-13", "2008-00", "2008-22", "2008-06-00", "-0753", " 2008", "2008-6-2", "2008-06-02~", "2008/06/02"]) {
      expect(fastDay(text)).toBeUndefined();
    }
    expect(readDate("2008-02-30")).toStrictEqual(readDateGeneral("2008-02-30"));
    expect(readDate("2008-02-30").ok).toBe(false);
    for (const t of [0.5, Number.NaN, 253_402_300_800_000, -62_167_219_200_001]) expect(fastInstant(t)).toBeUndefined();
  });
});

describe("a bare number of one to four digits", () => {
  it("is a year, said (it was drawn 1.98 s after 1970 began, without a word); every other number is epoch ms", () => {
    const year = (n: number) => {
      const r = readDate(n);
      return r.ok ? [r.date.edtf, r.date.precision, r.warning?.code, r.warning?.detail] : r.code;
    };
    expect(year(1980)).toEqual(["1980", "year", "date-reinterpreted", "the year 1980, not 1980 ms after the start of 1970"]);
    expect(year(476)).toEqual(["0476", "year", "date-reinterpreted", "the year 476, not 476 ms after the start of 1970"]);
    expect(year(-500)).toEqual(["-0500", "year", "date-reinterpreted", "the year 501 BCE, not -500 ms after the start of 1970"]);
    // Epoch zero, a fraction and longer numbers stay milliseconds, as Date.getTime() gives them
    // (those a sheet or an app may mean otherwise are said: test/model/date-number.test.ts).
    for (const n of [0, 1980.5, 100_000, 12_345_678, 1e10, 1_212_451_200_000]) expect(readDate(n), String(n)).toMatchObject({ ok: true, date: { precision: "instant", earliest: n } });
    // In a loaded timeline the year is what a save writes back, and reads again without a word.
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "The war begins", start: 1980, end: 1988 }] });
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([["date-reinterpreted", "start"], ["date-reinterpreted", "end"]]);
    expect([timeline.events[0]!.start.edtf, timeline.events[0]!.end?.edtf]).toEqual(["1980", "1988"]);
    expect(loadTimeline(JSON.parse(JSON.stringify(timeline)) as unknown).diagnostics).toEqual([]);
  });

  it("reads the same on the fast path and the general one", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), (n) => {
        expect(readDate(n)).toStrictEqual(readDateGeneral(n));
      }),
      RUNS,
    );
  });
});
