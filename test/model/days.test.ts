// A day its month does not have is refused, saying so: the edtf package read "2007-02-29" (and
// "1900-02-29") as 1 March, rewriting the date without a word, and "31 June 2008", "31/02/2008"
// and "2008-13" were refused with no reason. Property tests over every year, month and day number written as EDTF and in words.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import { MONTHS } from "../../src/messages/details.js";

const two = (n: number) => String(n).padStart(2, "0");
// Proleptic Gregorian, as EDTF's years are.
const exists = (y: number, m: number, d: number) => d <= [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

describe("a day its month does not have", () => {
  it("is read as written or refused with reason no-day, never moved to another day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom("", "~", "?", "T10:00"), (y, m, d, tail) => {
        const text = `${String(y).padStart(4, "0")}-${two(m)}-${two(d)}${tail}`;
        const r = readDate(text);
        // A day that exists keeps the day written (a time's EDTF is written out to the minute).
        if (exists(y, m, d)) expect(r.ok && r.date.edtf.slice(0, 10), text).toBe(text.slice(0, 10));
        else expect(r, text).toMatchObject({ ok: false, code: "date-invalid", reason: "no-day" });
      }),
      { numRuns: 2000 },
    );
  });

  it("its parts qualified (EDTF level 2), is read as written or refused with no-day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 31 }), fc.constantFrom("~", "?", "%"), (y, m, d, mark) => {
        const text = `${y}-${two(m)}-${mark}${two(d)}`;
        const r = readDate(text);
        if (exists(y, m, d)) expect(r, text).toMatchObject({ ok: true, date: { edtf: text } });
        else expect(r, text).toMatchObject({ ok: false, code: "date-invalid", reason: "no-day" });
      }),
      { numRuns: 300 },
    );
  });

  it("holds for the leap days people get wrong, and for days in words", () => {
    for (const text of ["2007-02-29", "1900-02-29", "2100-02-29", "2008-02-30", "2008-06-31", "2008-06-31/2008-07-02"]) {
      expect(readDate(text), text).toMatchObject({ ok: false, code: "date-invalid", reason: "no-day" });
    }
    for (const text of ["2008-02-29", "2000-02-29", "1600-02-29"]) expect(readDate(text)).toMatchObject({ ok: true, date: { edtf: text } });
    // Its parts qualified, EDTF's level 2: the package moved these to 1 March.
    for (const text of ["2007-02-~29", "2007?-02-29", "2007-02-29%", "157X-02-29"]) expect(readDate(text), text).toMatchObject({ ok: false, code: "date-invalid", reason: "no-day" });
    expect(readDate("157X-02-29")).toMatchObject({ detail: "Its month has no day 29." });
    for (const text of ["2008-02-~29", "2004?-06-~11", "156X-02-29"]) expect(readDate(text), text).toMatchObject({ ok: true, date: { edtf: text } });
    const { diagnostics } = loadTimeline({ events: ["31 June 2008", "February 30, 2008", "Feb 29, 2007", "Sept 31 2008"].map((start) => ({ title: "x", start })) });
    expect(diagnostics.map((d) => [d.value, d.reason])).toEqual([
      ["31 June 2008", "no-day"],
      ["February 30, 2008", "no-day"],
      ["Feb 29, 2007", "no-day"],
      ["Sept 31 2008", "no-day"],
    ]);
    expect(diagnostics[0]!.message).toContain("June 2008 has no day 31.");
  });

  it("in words, refused with no-day exactly when the day does not exist (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }), (y, m, d) => {
        const r = readDate(`${d} ${MONTHS[m - 1]} ${y}`);
        if (exists(y, m, d)) expect(r).toMatchObject({ ok: true, date: { edtf: `${y}-${two(m)}-${two(d)}` } });
        else expect(r).toMatchObject({ ok: false, code: "date-invalid", reason: "no-day" });
      }),
      { numRuns: 300 },
    );
  });

  it("a month that is none is refused with no-month; a numeric date that is a day in neither order says why (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 99 }), (y, m) => {
        const r = readDate(`${y}-${two(m)}`);
        // 21–41 are EDTF's seasons; the next year's last two digits, a range ("1990-91"), and from
        // 42 a later year's ("1980-88").
        if ((m >= 1 && m <= 12) || m >= 21 || m === (y + 1) % 100) expect(r.ok).toBe(true);
        else expect(r).toMatchObject({ ok: false, code: "date-invalid", reason: "no-month" });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), (y, a, b) => {
        const dayFirst = b <= 12 && exists(y, b, a);
        const monthFirst = a <= 12 && exists(y, a, b);
        fc.pre(!dayFirst && !monthFirst);
        // From 2400 a year may be the Buddhist era's: its 29 February of a leap year 543 earlier is read so (date-thai.test.ts).
        fc.pre(!(y >= 2400 && ((b <= 12 && exists(y - 543, b, a)) || (a <= 12 && exists(y - 543, a, b)))));
        expect(readDate(`${a}/${b}/${y}`)).toMatchObject({ ok: false, code: "date-invalid", reason: a > 12 && b > 12 ? "no-month" : "no-day" });
        // With the order given, the refusal is that order's: its month is none, or has no such day.
        expect(readDate(`${a}/${b}/${y}`, { dateFormat: "DMY" })).toMatchObject({ ok: false, code: "date-invalid", reason: b > 12 ? "no-month" : "no-day" });
        expect(readDate(`${a}/${b}/${y}`, { dateFormat: "MDY" })).toMatchObject({ ok: false, code: "date-invalid", reason: a > 12 ? "no-month" : "no-day" });
      }),
      { numRuns: 300 },
    );
  });
});
