// Dates in words in every language citeline translates: Intl writes the days, months and years
// (order, month names, digits), the language's `dates` messages everything around them; and in
// another calendar, that calendar's days ("18 Khordad 1387" for 7 June 2008).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { datesEn } from "../../src/messages/dates.js";
import { describeDate, describeSpan, precisionWords, spanPrecisionWords, yearWords } from "../../src/model/date-words.js";
import { readDate } from "../../src/model/date.js";
import { languageOf } from "../../src/options/language.js";
import type { FuzzyDate } from "../../src/types.js";

const TAGS = ["ar-IQ", "fa-IR", "he", "fr", "de", "es", "tr", "ckb"] as const;
const seed = loadTimeline(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")).timeline;

function date(text: string): FuzzyDate {
  const read = readDate(text);
  if (!read.ok) throw new Error(`${text}: ${read.code}`);
  return read.date;
}

const intl = (tag: string, options: Intl.DateTimeFormatOptions, ms: number, calendar = "gregory") =>
  new Intl.DateTimeFormat(tag, { ...options, calendar, timeZone: "UTC" }).format(ms);
const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

// Every form describeDate says in English, and the English words it must not fall back to ("minute"
// is French and German too).
const FORMS = ["2008-06-07", "2008-06", "2008", "198X", "19XX", "1XXX", "2008-22", "2008-22?", "2008-06~", "2008-06-07%", "-0753", "-0753-06", "156X-12-25", "156X-12", "1984-XX", "1984-1X", "XXXX-XX-25".replace("XXXX", "156X"),
  "[1667,1668]", "{1667,1668}", "[1667..1672,1680]", "1950S2", "2008-06-07T14", "2008-06-07T14:30+03:30", "2008-06-07T14:30:05Z", "2004?-06-~11", "2008-33", "2008-40"];
const SPANS = [["1985-04-12", "1985/.."], ["1985-04-12", "1985/"], ["../1985", "1985"], ["/1985", "1985"]];
const ENGLISH = new Set(
  JSON.stringify(datesEn).match(/[a-z]{4,}/gi)!.map((w) => w.toLowerCase()).filter((w) => !["utc", "minute"].includes(w)).concat(["june", "december", "october"]),
);
const english = (text: string) => (text.match(/[a-z]{4,}/gi) ?? []).filter((w) => ENGLISH.has(w.toLowerCase()));

describe("dates in words in every language", () => {
  it.each(TAGS)("%s: the seed story's days are Intl's, in the tag's digits", (tag) => {
    const { dates } = languageOf({ locale: tag });
    for (const event of seed.events) {
      const { start, end } = event;
      const words = describeSpan(start, end, dates);
      if (!end && start.precision === "day" && start.qualifier === "exact") expect(words).toBe(intl(tag, DAY, start.earliest));
      if (end && start.precision === "day" && end.precision === "day") {
        // Each day of the span is there, and its month as Intl names it.
        for (const day of [start, end]) expect(words).toContain(new Intl.NumberFormat(tag).format(new Date(day.earliest).getUTCDate()));
        expect(words).toContain(intl(tag, { month: "long" }, start.earliest).replace(/^(.{4}).*$/, "$1"));
      }
      expect(english(words), `${tag} ${words}`).toEqual([]);
    }
  });

  it.each(TAGS)("%s: every form English says has words of its own", (tag) => {
    const { dates } = languageOf({ locale: tag });
    for (const text of FORMS) {
      const d = date(text);
      for (const words of [describeDate(d, dates), precisionWords(d, dates.words), spanPrecisionWords(d, undefined, dates.words)]) {
        expect(words.trim(), `${tag} ${text}`).not.toBe("");
        expect(words, `${tag} ${text}`).not.toMatch(/undefined|NaN/);
        expect(english(words), `${tag} ${text}: ${words}`).toEqual([]);
      }
    }
    for (const [start, span] of SPANS) {
      const read = readDate(span!);
      const words = read.ok ? describeSpan(read.date, read.end, dates) : describeSpan(date(start!), undefined, dates);
      expect(english(words), `${tag} ${span}: ${words}`).toEqual([]);
    }
  });

  it("says the same forms in English as ever", () => {
    expect(describeDate(date("2008-22?"))).toBe("summer 2008 (uncertain)");
    expect(describeDate(date("156X-12-25"))).toBe("25 December, some year of the 1560s");
    expect(describeSpan(date("2008-06-07"), date("2008-06-09"))).toBe("7–9 June 2008");
    expect(spanPrecisionWords(date("2008-06~"))).toBe("Date known to the month, approximate.");
    expect(yearWords(-753)).toBe("754 BCE");
  });

  it("writes years before year 1 in the reader's words and digits", () => {
    expect(describeDate(date("-0753"), languageOf({ locale: "fa" }).dates)).toBe("۷۵۴ پیش از میلاد");
    expect(yearWords(-753, languageOf({ locale: "ar-EG" }).dates)).toBe("٧٥٤ ق.م");
    expect(describeDate(date("-0753-06-07"), languageOf({ locale: "de" }).dates)).toBe("7. Juni 754 v. Chr.");
  });
});

describe("dates in another calendar", () => {
  it("says 7 June 2008 as 18 Khordad 1387, in English and in Persian", () => {
    expect(describeDate(date("2008-06-07"), { calendar: "persian" })).toBe("18 Khordad 1387");
    expect(describeDate(date("2008-06-07"), languageOf({ locale: "fa-IR", calendar: "persian" }).dates)).toBe("۱۸ خرداد ۱۳۸۷");
    expect(describeSpan(date("2008-06-07"), date("2008-06-09"), languageOf({ locale: "fa", calendar: "persian" }).dates)).toBe("۱۸ تا ۲۰ خرداد ۱۳۸۷");
  });

  it("says it in the Hijri calendars through Intl, in Arabic", () => {
    const umalqura = languageOf({ locale: "ar-IQ", calendar: "islamic-umalqura" }).dates;
    expect(describeDate(date("2008-06-07"), umalqura)).toBe(intl("ar-IQ", DAY, Date.UTC(2008, 5, 7), "islamic-umalqura").replace(/\s*هـ$/, ""));
    expect(describeDate(date("2008-06-07"), { calendar: "islamic-civil" })).toBe("2 Jumada II 1429");
  });

  it("names a coarse date by the calendar's months and years it covers, honestly", () => {
    const fa = languageOf({ locale: "fa", calendar: "persian" }).dates;
    expect(describeDate(date("2008"), fa)).toBe("۱۳۸۶ تا ۱۳۸۷");
    expect(describeDate(date("2008-06"), { calendar: "persian" })).toBe("Khordad – Tir 1387");
    expect(describeDate(date("2008-06~"), fa)).toContain("(تقریبی)");
  });

  it("says any day of 1900–2100 as the day Intl gives, in each calendar", () => {
    const calendars = ["persian", "islamic-umalqura", "islamic-civil"] as const;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...calendars), (ms, calendar) => {
        const day = Math.floor(ms / 86_400_000) * 86_400_000;
        const d = new Date(day).toISOString().slice(0, 10);
        const parts = new Intl.DateTimeFormat("en", { calendar, timeZone: "UTC", day: "numeric", month: "numeric", year: "numeric" }).formatToParts(day);
        const words = describeDate(date(d), { locale: "en-GB", calendar });
        // Its day and year are in the words (the month is named).
        for (const type of ["day", "year"]) expect(words).toContain(parts.find((p) => p.type === type)!.value);
      }),
      { numRuns: 200 },
    );
  });
});
