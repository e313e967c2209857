// @vitest-environment node
// The axis in the Solar Hijri and Hijri calendars: ticks on that calendar's month and year
// boundaries as Intl reckons them, labels in that calendar that name the day they stand on, and
// Gregorian ticks where the calendar is not shown (before 622, after 9999).
import { readFileSync } from "node:fs";
import { enGB } from "date-fns/locale/en-GB";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { estimateWidth } from "../../src/layout/measure.js";
import { timeScale } from "../../src/layout/scale.js";
import { calendarUnits } from "../../src/layout/tick-units.js";
import { axisTicks, type TickOptions } from "../../src/layout/ticks.js";
import type { Tick } from "../../src/layout/types.js";
import { en, type Messages } from "../../src/messages/index.js";
import { layoutEn } from "../../src/messages/layout.js";
import { calendarParts, calendarWords, monthIndex, monthStartAt } from "../../src/model/calendar.js";
import type { Calendar, TimelineInput } from "../../src/types.js";

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const OTHERS = ["persian", "islamic-umalqura", "islamic-civil"] as const;
const RUNS = { seed: 13591367, numRuns: 120 };

const axis = (domain: [number, number], width: number, calendar?: Calendar, more: Partial<TickOptions> = {}) =>
  axisTicks({ scale: timeScale(domain, [0, width]), locale: enGB, measure: estimateWidth, fontSize: 11, ...(calendar ? { calendar } : {}), ...more });
const iso = (t: Tick) => new Date(t.value).toISOString().slice(0, 10);

describe("concrete windows", () => {
  it("names a decade ('1980s') but never writes '1900s' or '2000s', which the loader refuses as ambiguous", () => {
    // Decades under five-year ticks: the one that starts a century is said as its years.
    const decades = axis([Date.UTC(1982, 0, 1), Date.UTC(2024, 0, 1)], 1280);
    expect(decades.coarseUnit).toBe("decade");
    expect(decades.coarse.map((t) => t.label)).toEqual(["1980s", "1990s", "2000 – 2009", "2010s", "2020s"]);
    // Centuries and millennia always are.
    const centuries = axis([Date.UTC(1700, 0, 1), Date.UTC(2020, 0, 1)], 600);
    expect(centuries.coarseUnit).toBe("century");
    expect(centuries.coarse.map((t) => t.label).slice(0, 3)).toEqual(["1700 – 1799", "1800 – 1899", "1900 – 1999"]);
    const millennia = axis([Date.UTC(-3000, 0, 1), Date.UTC(2020, 0, 1)], 1280);
    expect(millennia.coarseUnit).toBe("millennium");
    expect(millennia.coarse.map((t) => t.label)).toContain("1000 – 1999");
  });

  it("the Iran–Iraq war, 1980–1988, in the Solar Hijri calendar: year ticks 1359 … 1367 on 1 Farvardin", () => {
    const a = axis([Date.UTC(1980, 0, 1), Date.UTC(1989, 0, 1)], 1280, "persian");
    expect(a.fineUnit).toBe("year");
    expect(a.fine.map((t) => t.label)).toEqual(["1359", "1360", "1361", "1362", "1363", "1364", "1365", "1366", "1367"]);
    expect(a.fine.map(iso)).toEqual(Array.from({ length: 9 }, (_, i) => `${1980 + i}-03-21`));
    expect(a.coarse.map((t) => `${t.label}@${iso(t)}`)).toEqual(["1350s@1971-03-21", "1360s@1981-03-21"]);
  });

  it("June 2008 in the Solar Hijri calendar: days of Khordad and Tir, 18 Khordad on 7 June", () => {
    const a = axis([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], 1280, "persian");
    expect(a.fineUnit).toBe("day");
    expect(a.fine.find((t) => t.value === Date.UTC(2008, 5, 7))?.label).toBe("18");
    expect(a.fine.find((t) => t.value === Date.UTC(2008, 5, 21))?.label).toBe("1");
    expect(a.coarse.map((t) => `${t.label}@${iso(t)}`)).toEqual(["Khordad 1387@2008-05-21", "Tir 1387@2008-06-21"]);
  });

  it("in Persian: Persian digits and month names", () => {
    const a = axis([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], 1280, "persian", { tag: "fa-IR" });
    expect(a.fine.find((t) => t.value === Date.UTC(2008, 5, 7))?.label).toBe("۱۸");
    expect(a.coarse.map((t) => t.label)).toEqual(["۱۳۸۷ خرداد", "۱۳۸۷ تیر"]);
  });

  it("a few days of June 2008: hours under '18 Khordad 1387'", () => {
    const a = axis([Date.UTC(2008, 5, 6), Date.UTC(2008, 5, 11)], 1280, "persian");
    expect(a.fineUnit).toBe("6 hours");
    expect(a.fine[0]?.label).toBe("00:00");
    expect(a.coarse.find((t) => t.value === Date.UTC(2008, 5, 7))?.label).toBe("18 Khordad 1387");
  });

  it("June 2008 by Umm al-Qura: the month begins on 1 Jumada II 1429, 5 June", () => {
    const narrow = axis([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], 320, "islamic-umalqura");
    expect(narrow.fineUnit).toBe("month");
    expect(narrow.fine.map((t) => `${t.label}@${iso(t)}`)).toEqual(["Jum. II@2008-06-05"]);
    expect(narrow.coarse.map((t) => `${t.label}@${iso(t)}`)).toEqual(["1429@2008-01-10"]);
    const wide = axis([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], 1280, "islamic-umalqura");
    expect(wide.coarse.map((t) => `${t.label}@${iso(t)}`)).toEqual(["Jumada I 1429@2008-05-06", "Jumada II 1429@2008-06-05"]);
    // The civil reckoning begins the same month a day later.
    expect(axis([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], 320, "islamic-civil").fine.map(iso)).toEqual(["2008-06-06"]);
  });

  it("in Arabic: Arabic-Indic digits and Arabic month names", () => {
    const a = axis([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], 1280, "islamic-umalqura", { tag: "ar-SA" });
    expect(a.fine.find((t) => t.value === Date.UTC(2008, 5, 5))?.label).toBe("١");
    expect(a.coarse.at(-1)?.label).toBe("جمادى الآخرة ١٤٢٩");
  });

  it("no quarters in a Hijri year: every third month from Muharram", () => {
    const a = axis([Date.UTC(2008, 0, 1), Date.UTC(2010, 0, 1)], 1280, "islamic-civil");
    expect(a.fineUnit).toBe("3 months");
    expect(a.fine.map((t) => calendarParts(t.value, "islamic-civil").month)).toEqual([1, 4, 7, 10, 1, 4, 7, 10, 1]);
    expect(a.fine[0]?.label).toBe("Muh.");
  });

  it("the first period of a calendar is said as its years, not as the '1s'", () => {
    const a = axis([Date.UTC(700, 0, 1), Date.UTC(2020, 0, 1)], 800, "islamic-umalqura");
    expect(a.coarse[0]?.label).toBe("1 – 999");
    expect(a.coarse[0]?.value).toBe(Date.UTC(622, 6, 19));
  });

  it("says periods in the reader's words", () => {
    const words = { ...layoutEn, yearsFrom: (y: number) => `دهه ${y}` };
    const a = axis([Date.UTC(1980, 0, 1), Date.UTC(1989, 0, 1)], 1280, "persian", { words, tag: "en-GB" });
    expect(a.coarse.map((t) => t.label)).toEqual(["دهه 1350", "دهه 1360"]);
  });

  it("defaults to English words and an en-GB tag, and takes any language's layout table", () => {
    const window: [number, number] = [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)];
    const words: Messages["layout"] = en.layout;
    expect(axis(window, 1280, "persian", { words, tag: "en-GB" })).toEqual(axis(window, 1280, "persian"));
  });

  it("reaches the axis from layoutTimeline's calendar option", () => {
    const seed = loadTimeline(JSON.parse(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")) as TimelineInput).timeline;
    const layout = layoutTimeline(seed, { width: 1280, domain: [Date.UTC(1980, 0, 1), Date.UTC(1989, 0, 1)], calendar: "persian", breaks: "none" });
    expect(layout.axis.fine.map((t) => t.label)).toContain("1359");
  });
});

describe("Gregorian where the calendar is not shown", () => {
  const cases: [string, [number, number]][] = [
    ["before 622 (Late Antiquity)", [Date.UTC(500, 0, 1), Date.UTC(700, 0, 1)]],
    ["BCE", [-62_000_000_000_000, -61_000_000_000_000]],
    ["reaching past 9999", [Date.UTC(9000, 0, 1), Date.UTC(12_000, 0, 1)]],
    ["100,000 years", [-3.2e15, 0]],
  ];
  it.each(cases)("%s: the same ticks as the Gregorian calendar", (_name, window) => {
    for (const calendar of OTHERS) expect(axis(window, 800, calendar)).toEqual(axis(window, 800, "gregory"));
  });

  it("but from 1 Muharram 1 on, the Hijri calendar", () => {
    const a = axis([Date.UTC(622, 6, 19), Date.UTC(700, 0, 1)], 800, "islamic-civil");
    expect(a.fine[0]?.label).toBe("5");
    expect(calendarParts(a.fine[0]!.value, "islamic-civil")).toEqual({ year: 5, month: 1, day: 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: any window from 650 to 9000 CE, from an hour to a millennium, at any width.

const windowArb = fc.record({
  start: fc.integer({ min: Date.UTC(650, 0, 1), max: Date.UTC(9000, 0, 1) }),
  span: fc.double({ min: Math.log10(3_600_000), max: Math.log10(1000 * YEAR), noNaN: true }).map((log) => 10 ** log),
  width: fc.integer({ min: 200, max: 2000 }),
});

// Month names read back to numbers through Intl, independently of the labels' own formatter.
function monthNames(calendar: Calendar, month: "short" | "long"): string[] {
  const first = 1400 * 12;
  return Array.from({ length: 12 }, (_, i) => calendarWords(monthStartAt(first + i, calendar, Date.UTC(2000, 0, 1)), "en-GB", calendar, { month }));
}

const STEPS: Record<string, number> = { year: 1, "5 years": 5, decade: 10, "50 years": 50, century: 100, "500 years": 500, millennium: 1000, "5 millennia": 5000, "10 millennia": 10_000, "50 millennia": 50_000, "100 millennia": 100_000 };
const PERIODS: Record<string, number> = { decade: 10, century: 100, millennium: 1000, "10 millennia": 10_000, "100 millennia": 100_000 };

/** What the label says the tick is, checked against what Intl says the tick's day is. */
function checkLabel(t: Tick, unit: string, calendar: Calendar, row: "fine" | "coarse"): void {
  const parts = calendarParts(t.value, calendar);
  const [short, long] = [monthNames(calendar, "short"), monthNames(calendar, "long")];
  const atYearStart = () => {
    expect([parts.month, parts.day]).toEqual([1, 1]);
    expect(calendarParts(t.value - DAY, calendar).year).toBe(parts.year - 1);
  };
  const atMonthStart = () => {
    expect(parts.day).toBe(1);
    expect(monthIndex(t.value - DAY, calendar)).toBe(monthIndex(t.value, calendar) - 1);
  };
  if (/minute|hour/.test(unit)) {
    expect(t.label).toMatch(/^\d\d:\d\d$/);
  } else if (unit === "day" && row === "fine") {
    expect(Number(t.label)).toBe(parts.day);
  } else if (unit === "day") {
    expect(t.label).toBe(`${parts.day} ${long[parts.month - 1]} ${parts.year}`);
  } else if (unit === "month" && row === "coarse") {
    atMonthStart();
    expect(t.label).toBe(`${long[parts.month - 1]} ${parts.year}`);
  } else if (unit === "month" || unit === "3 months") {
    atMonthStart();
    expect(short.indexOf(t.label) + 1).toBe(parts.month);
    if (unit === "3 months") expect((parts.month - 1) % 3).toBe(0);
  } else if (row === "coarse" && PERIODS[unit]) {
    atYearStart();
    // A decade by name ("1380s"), unless it starts a century, where "1300s" would also read as the
    // century; longer periods and the calendar's first (from year 1) as their first and last years.
    const length = PERIODS[unit];
    if (length === 10 && parts.year >= 10 && parts.year % 100 !== 0) expect(t.label).toBe(`${parts.year}s`);
    else expect(t.label).toBe(`${parts.year} – ${parts.year < length ? length - 1 : parts.year + length - 1}`);
  } else {
    atYearStart();
    expect(Number(t.label)).toBe(parts.year);
    if (row === "fine" && parts.year > 1) expect(parts.year % STEPS[unit]!).toBe(0);
  }
}

describe.each(OTHERS)("any window in the %s calendar", (calendar) => {
  it("has ticks on the calendar's boundaries, labelled with the day Intl says they are", () => {
    fc.assert(
      fc.property(windowArb, ({ start, span, width }) => {
        const a = axis([start, Math.min(start + span, Date.UTC(9999, 11, 31))], width, calendar);
        for (const t of a.fine) checkLabel(t, a.fineUnit, calendar, "fine");
        for (const t of a.coarse) checkLabel(t, a.coarseUnit, calendar, "coarse");
      }),
      RUNS,
    );
  });

  it("never lets labels overlap or run off, and chooses a unit whose labels fit (none dropped)", () => {
    fc.assert(
      fc.property(windowArb, ({ start, span, width }) => {
        const a = axis([start, Math.min(start + span, Date.UTC(9999, 11, 31))], width, calendar);
        for (const row of [a.fine, a.coarse]) {
          row.forEach((t, i) => {
            expect(t.labelEnd).toBeLessThanOrEqual(width + 10);
            if (i > 0) expect(t.x).toBeGreaterThanOrEqual(row[i - 1]!.labelEnd + 5);
          });
        }
        const interval = calendarUnits(calendar).fine.find((u) => u.name === a.fineUnit)!.interval;
        for (let i = 1; i < a.fine.length; i++) expect(interval.offset(new Date(a.fine[i - 1]!.value), 1).getTime()).toBe(a.fine[i]!.value);
      }),
      RUNS,
    );
  });
});
