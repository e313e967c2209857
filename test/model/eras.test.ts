// Dates that name their calendar after them ("۱۳۸۷/۰۳/۱۸ هـ.ش", "٣‏/٦‏/١٤٢٩ هـ", "1402 شمسی",
// "1995م – 2005م"), and dates as the platform's `Intl` writes them in Persian, Arabic, Sorani and
// Hebrew (test/fixtures/intl/ORIGIN.md): real spellings nobody here wrote. Before, a short Hijri
// date with its era, an Arabic date with ICU's direction marks between its digits, Persian's full
// date (year first) and any numeric date with an era were refused with no reason, and "1445 هـ -
// 2024 م" (one year in two calendars) was read as a range of two years.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";

type Row = [locale: string, calendar: string, style: string, day: string, text: string];
const ROWS = JSON.parse(readFileSync(new URL("../fixtures/intl/dates.json", import.meta.url), "utf8")) as Row[];

function load(start: string) {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start }] });
  return { event: timeline.events[0], diagnostics };
}

describe("dates as Intl writes them", () => {
  it("reads each as its day, or, with nothing to say which calendar or order, names its day among the readings", () => {
    expect(ROWS.length).toBe(432);
    let exact = 0;
    for (const [locale, calendar, style, day, text] of ROWS) {
      const { event, diagnostics } = load(text);
      const where = `${locale} ${calendar} ${style} ${JSON.stringify(text)}`;
      if (event?.start.edtf === day) {
        exact++;
        // Read as written, or said how: a day of one calendar only is read with a word.
        for (const d of diagnostics) expect(d.code, where).toBe("date-reinterpreted");
        continue;
      }
      // Numbers alone: a year that may be of another calendar, or a day and month either way.
      expect(text, where).not.toMatch(/\p{L}/u);
      expect(diagnostics.map((d) => d.code), where).toEqual(["date-ambiguous"]);
      expect(diagnostics[0]?.readings, where).toContain(day);
    }
    // Every date with a month's name or an era is read exactly, and some of numbers alone.
    expect(exact).toBeGreaterThan(ROWS.filter(([, , , , text]) => /\p{L}/u.test(text)).length);
  });
});

describe("an era after a date of numbers", () => {
  it.each<[string, string, string?]>([
    ["۱۳۸۷/۰۳/۱۸ هـ.ش", "2008-06-07"],
    ["1387/03/18 ه.ش", "2008-06-07"],
    ["18/03/1387 هجری شمسی", "2008-06-07"],
    ["٣‏/٦‏/١٤٢٩ هـ", "2008-06-07"],
    ["04/06/1429 هجري", "2008-06-08"],
    ["25/12/1443 هجرية", "2022-07-24"],
    ["07/06/2008 م", "2008-06-07"],
    ["31/12/2021 ميلادية", "2021-12-31"],
    ["1402 هـ.ش", "[2023-03-21..2024-03-19]"],
    ["1401 ش", "[2022-03-21..2023-03-20]"],
    ["1403 شمسى", "[2024-03-20..2025-03-20]"],
    ["۱۳۴۹هـ.ش", "[1970-03-21..1971-03-20]"],
    ["12/1445 هـ", "[2024-06-07..2024-07-06]"],
    ["2008م", "2008"],
    ["06/2008 م", "2008-06"],
    ["۱۳۵۹–۱۳۶۷ ه.ش", "1980-03-21", "1989-03-20"],
    ["١٤٣٠ هـ – ١٤٤٠ هـ", "2008-12-29", "2019-08-30"],
    ["1995م – 2005م", "1995", "2005"],
    ["من 2020 م إلى 2024 م", "2020", "2024"],
    // Two calendars naming the same day, as Arabic papers date: that day.
    ["04/06/1429 هـ - 08/06/2008 م", "2008-06-08", "2008-06-08"],
    ["۱۸ خرداد ۱۳۸۷ هجری شمسی", "2008-06-07"],
    ["رمضان 1445 هجرية", "[2024-03-11..2024-04-09]"],
  ])("%s is %s", (text, start, end) => {
    const { event, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect(event?.start.edtf).toBe(start);
    expect(event?.end?.edtf).toBe(end);
    // The normal form: what was read loads back as itself, without a word.
    const again = load(end ? `${start}/${end}` : start);
    expect(again.diagnostics).toEqual([]);
    expect([again.event?.start.edtf, again.event?.end?.edtf]).toEqual([start, end]);
  });

  it.each([
    // One year named in two calendars is no range of two years.
    ["1445 هـ - 2024 م", "date-invalid", "two-calendars"],
    ["۱۳۸۷/۱۳/۰۱ ه.ش", "date-invalid", "no-month"],
    ["31/07/1387 ه.ش", "date-invalid", "no-day"],
    ["30/02/2008 م", "date-invalid", "no-day"],
  ])("%s is refused, %s (%s)", (text, code, reason) => {
    expect(load(text).diagnostics).toMatchObject([{ code, reason }]);
  });

  it("Persian's bare هجری may be either Hijri: refused, naming each", () => {
    expect(load("1387 هجری").diagnostics).toMatchObject([{ code: "date-ambiguous", readings: ["[2008-03-20..2009-03-20]", "[1967-04-11..1968-03-29]"] }]);
  });

  it("reads any day of the Solar Hijri and Hijri calendars written with its era (property)", () => {
    const parts = (ms: number, calendar: string) =>
      Object.fromEntries(
        new Intl.DateTimeFormat("en-u-nu-latn", { calendar, timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" })
          .formatToParts(new Date(ms))
          .map((p) => [p.type, Number.parseInt(p.value, 10)]),
      ) as { year: number; month: number; day: number };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1925, 0, 1) / 864e5, max: Date.UTC(2040, 11, 31) / 864e5 }), (days) => {
        const ms = days * 864e5;
        const day = new Date(ms).toISOString().slice(0, 10);
        const solar = parts(ms, "persian");
        const lunar = parts(ms, "islamic-umalqura");
        expect(readDate(`${solar.year}/${solar.month}/${solar.day} ه.ش`)).toMatchObject({ ok: true, date: { edtf: day } });
        expect(readDate(`${lunar.day}/${lunar.month}/${lunar.year} هـ`)).toMatchObject({ ok: true, date: { edtf: day } });
      }),
      { numRuns: 200 },
    );
  });
});
