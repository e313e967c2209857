// @vitest-environment node
// The Intl gateway to the Solar Hijri and Hijri calendars: the concrete dates are what Node's ICU
// says (checked by hand against published conversions), the properties hold for any day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarFormat, calendarParts, calendarRange, calendarWords, monthIndex, monthStart, monthStartAt } from "../../src/model/calendar.js";
import type { Calendar } from "../../src/types.js";

const DAY = 86_400_000;
const CALENDARS: Calendar[] = ["gregory", "persian", "islamic-umalqura", "islamic-civil"];
const RUNS = { seed: 13870318, numRuns: 200 };
// Whole UTC days from 1 Muharram 1 AH (622) to the end of 9999: where the axis uses these calendars.
const day = fc.integer({ min: Math.ceil(Date.UTC(622, 6, 19) / DAY), max: Math.floor(Date.UTC(9999, 11, 31) / DAY) }).map((d) => d * DAY);

describe("concrete dates, as Node's ICU gives them", () => {
  it("7 June 2008 is 18 Khordad 1387, 3 Jumada II 1429 (Umm al-Qura) and 2 Jumada II 1429 (civil)", () => {
    const june7 = Date.UTC(2008, 5, 7);
    expect(calendarParts(june7, "persian")).toEqual({ year: 1387, month: 3, day: 18 });
    expect(calendarParts(june7, "islamic-umalqura")).toEqual({ year: 1429, month: 6, day: 3 });
    expect(calendarParts(june7, "islamic-civil")).toEqual({ year: 1429, month: 6, day: 2 });
    expect(calendarParts(june7, "gregory")).toEqual({ year: 2008, month: 6, day: 7 });
  });

  it("1 Farvardin 1387 is 20 March 2008; 1 Khordad 1387 is 21 May 2008", () => {
    expect(monthStartAt(1387 * 12, "persian")).toBe(Date.UTC(2008, 2, 20));
    expect(monthStart(Date.UTC(2008, 5, 7), "persian")).toBe(Date.UTC(2008, 4, 21));
  });

  it("1 Jumada II 1429 is 5 June 2008 by Umm al-Qura and 6 June by the civil reckoning", () => {
    expect(monthStart(Date.UTC(2008, 5, 7), "islamic-umalqura")).toBe(Date.UTC(2008, 5, 5));
    expect(monthStart(Date.UTC(2008, 5, 7), "islamic-civil")).toBe(Date.UTC(2008, 5, 6));
    expect(monthIndex(Date.UTC(2008, 5, 5), "islamic-umalqura")).toBe(1429 * 12 + 5);
  });

  it("the Iran–Iraq war's Nowruzes: 1 Farvardin 1359 … 1367 fall on 21 March 1980 … 1988", () => {
    const starts = Array.from({ length: 9 }, (_, i) => monthStartAt((1359 + i) * 12, "persian", Date.UTC(1984, 0, 1)));
    expect(starts).toEqual(Array.from({ length: 9 }, (_, i) => Date.UTC(1980 + i, 2, 21)));
  });

  it("the calendars begin in 622: 1 Farvardin 1 on 21 March, 1 Muharram 1 on 19 July (proleptic Gregorian)", () => {
    expect(calendarRange("persian")[0]).toBe(Date.UTC(622, 2, 21));
    expect(calendarRange("islamic-umalqura")[0]).toBe(Date.UTC(622, 6, 19));
    expect(calendarRange("islamic-civil")[0]).toBe(Date.UTC(622, 6, 19));
    for (const c of ["persian", "islamic-umalqura", "islamic-civil"] as const) {
      const [first, last] = calendarRange(c);
      expect(calendarParts(first, c)).toEqual({ year: 1, month: 1, day: 1 });
      expect(calendarParts(first - DAY, c).year).toBe(0);
      expect(last).toBe(Date.UTC(10_000, 0, 1) - 1);
    }
  });

  it("says a day in the reader's words and digits, without the era", () => {
    const june7 = Date.UTC(2008, 5, 7);
    expect(calendarWords(june7, "en-GB", "persian", { day: "numeric", month: "long", year: "numeric" })).toBe("18 Khordad 1387");
    expect(calendarWords(june7, "en-GB", "persian", { month: "long", year: "numeric" })).toBe("Khordad 1387");
    expect(calendarWords(june7, "fa-IR", "persian", { day: "numeric" })).toBe("۱۸");
    expect(calendarWords(june7, "fa-IR", "persian", { month: "long", year: "numeric" })).toBe("۱۳۸۷ خرداد");
    expect(calendarWords(june7, "en-GB", "islamic-umalqura", { month: "long", year: "numeric" })).toBe("Jumada II 1429");
    expect(calendarWords(june7, "ar-SA", "islamic-umalqura", { year: "numeric" })).toBe("١٤٢٩");
  });

  it("makes each formatter once per language, calendar and options", () => {
    expect(calendarFormat("fa-IR", "persian", { month: "long" })).toBe(calendarFormat("fa-IR", "persian", { month: "long" }));
    expect(calendarFormat("fa-IR", "persian", { month: "long" })).not.toBe(calendarFormat("en-GB", "persian", { month: "long" }));
    expect(calendarFormat("en-GB", "persian", { month: "long" }).resolvedOptions()).toMatchObject({ calendar: "persian", timeZone: "UTC" });
  });

  it("reads Gregorian parts off the Date itself, with astronomical years", () => {
    const d = new Date(0);
    d.setUTCFullYear(-753, 3, 21);
    expect(calendarParts(d.getTime(), "gregory")).toEqual({ year: -753, month: 4, day: 21 });
  });
});

describe("for any day from 622 to 9999, in each calendar", () => {
  it.each(CALENDARS)("%s: the month starts on the day Intl calls day 1, and the day before is in the month before", (calendar) => {
    fc.assert(
      fc.property(day, (ms) => {
        const start = monthStart(ms + 12 * 3_600_000, calendar);
        const here = calendarParts(ms, calendar);
        const first = calendarParts(start, calendar);
        expect(Math.floor(start / DAY) * DAY).toBe(start);
        expect(start).toBeLessThanOrEqual(ms);
        expect(first).toEqual({ year: here.year, month: here.month, day: 1 });
        expect(monthIndex(start - DAY, calendar)).toBe(monthIndex(ms, calendar) - 1);
      }),
      RUNS,
    );
  });

  it.each(CALENDARS)("%s: month number n, searched from anywhere, is the month Intl numbers n", (calendar) => {
    fc.assert(
      fc.property(day, day, (target, near) => {
        const index = monthIndex(target, calendar);
        const start = monthStartAt(index, calendar, near);
        expect(start).toBe(monthStart(target, calendar));
        expect(calendarParts(start, calendar).day).toBe(1);
      }),
      RUNS,
    );
  });
});
