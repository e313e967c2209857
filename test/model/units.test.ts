// Dates written with their units, as Chinese, Japanese and Korean write them ("2008年6月7日",
// "2008년 6월 7일 토요일"), with Japan's era years ("平成20年6月7日", "H20/6/7"), and year first with
// points ("2008. 6. 7."), as the platform's `Intl`
// writes them (test/fixtures/intl/ORIGIN.md): real spellings nobody here wrote. Each was refused,
// with no reason.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";

type Row = [locale: string, calendar: string, style: string, day: string, text: string];
const ROWS = JSON.parse(readFileSync(new URL("../fixtures/intl/cjk-dates.json", import.meta.url), "utf8")) as Row[];

function load(start: string) {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start }] });
  return { event: timeline.events[0], diagnostics };
}

describe("dates with their units", () => {
  it("reads each date Intl writes in Japanese, Chinese and Korean as its day", () => {
    expect(ROWS.length).toBe(200);
    for (const [locale, , style, day, text] of ROWS) {
      const { event, diagnostics } = load(text);
      const where = `${locale} ${style} ${JSON.stringify(text)}`;
      // Korean's short date has a year of two digits ("08. 6. 7."): some century, not said.
      if (locale === "ko" && style === "short") {
        expect(diagnostics, where).toMatchObject([{ code: "date-invalid", reason: "two-digit-year" }]);
        continue;
      }
      expect(event?.start.edtf, where).toBe(day);
      // "2008/06/07" is read year first, and says so; a date with its units needs no word.
      for (const d of diagnostics) expect(d.code, where).toBe("date-reinterpreted");
      if (/[年년]/u.test(text) || /^[MTSHR]\d/.test(text)) expect(diagnostics, where).toEqual([]);
    }
  });

  it.each<[string, string, string?]>([
    ["２００８年６月７日", "2008-06-07"],
    ["2008年6月7日(土)", "2008-06-07"],
    ["2008年6月", "2008-06"],
    ["2008년", "2008"],
    ["2008年6月7日～9日", "2008-06-07", "2008-06-09"],
    ["2008年6月7日～7月2日", "2008-06-07", "2008-07-02"],
    ["1980年-1988年", "1980", "1988"],
    ["1980年至1988年", "1980", "1988"],
    ["2008. 06.", "2008-06"],
    // Japan's eras: 元年 is an era's first year; the era's last day and the next's first.
    ["平成元年1月8日", "1989-01-08"],
    ["昭和64年1月7日", "1989-01-07"],
    ["令和元年5月1日", "2019-05-01"],
    ["R1/5/1", "2019-05-01"],
    ["平成20年6月", "2008-06"],
    ["明治45年7月29日", "1912-07-29"],
  ])("%s is %s", (text, start, end) => {
    const { event, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect([event?.start.edtf, event?.end?.edtf]).toEqual([start, end]);
  });

  it.each([
    ["2008年6月7日（日）", "weekday"],
    ["2008年6月31日", "no-day"],
    ["2008年13月", "no-month"],
    ["08年6月7日", "two-digit-year"],
    ["6月7日", "day-without-year"],
    ["平成元年1月7日", "not-in-era"],
    ["平成31年5月1日", "not-in-era"],
    // Before 1873 Japan's days were of another calendar: not read as Gregorian ones.
    ["明治5年1月1日", "not-in-era"],
  ])("%s is refused (%s)", (text, reason) => {
    expect(load(text).diagnostics).toMatchObject([{ code: "date-invalid", reason }]);
  });

  it("reads any day written with its units, and refuses it with a weekday not its own (property)", () => {
    const weekday = new Intl.DateTimeFormat("ja", { weekday: "long", timeZone: "UTC" });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(2999, 11, 31) / 864e5 }), fc.integer({ min: 1, max: 6 }), (days, shift) => {
        const date = new Date(days * 864e5);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        expect(readDate(`${y}年${m}月${d}日${weekday.format(date)}`)).toMatchObject({ ok: true, date: { edtf: date.toISOString().slice(0, 10) } });
        expect(readDate(`${y}년 ${m}월 ${d}일`)).toMatchObject({ ok: true, date: { edtf: date.toISOString().slice(0, 10) } });
        expect(readDate(`${y}年${m}月${d}日${weekday.format(new Date((days + shift) * 864e5))}`)).toMatchObject({ ok: false, reason: "weekday" });
      }),
      { numRuns: 200 },
    );
  });
});
