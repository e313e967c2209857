// Bare numbers that land in the first weeks of 1970 as epoch milliseconds: what apps and
// spreadsheet converters really hand over (test/fixtures/numbers/ORIGIN.md), and what is said of it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readDate } from "../../src/model/date.js";
import { loadTimeline } from "../../src/load.js";

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/numbers/${name}`, import.meta.url), "utf8")) as T;
const HN = fixture<{ id: number; title: string; time: number }[]>("hacker-news-items.json");
const SERIALS = fixture<{ number: number; meant: string; wrote: string }[]>("excel-serials.json");

// A day in words, made by the platform rather than by the code under test.
const dayWords = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

describe("a number an app means as Unix seconds", () => {
  it("stays milliseconds, as the API reads numbers, and the warning gives the day it would be as seconds", () => {
    const { timeline, diagnostics } = loadTimeline({ events: HN.map((item) => ({ id: `hn-${item.id}`, title: item.title, start: item.time })) });
    expect(timeline.events.map((e) => e.start.earliest).sort()).toEqual(HN.map((item) => item.time).sort());
    expect(diagnostics).toHaveLength(HN.length);
    HN.forEach((item, index) => {
      const d = diagnostics.find((x) => x.index === index)!;
      expect([d.severity, d.code, d.field]).toEqual(["warning", "date-reinterpreted", "start"]);
      expect(d.message).toContain(`${dayWords(item.time)}`);
      expect(d.message).toContain(`as seconds since 1970 began, it would be ${dayWords(item.time * 1000)}, ${clock(item.time * 1000)} UTC`);
    });
    // Saved, a timeline writes each date as EDTF, which reads back without a word.
    expect(loadTimeline(JSON.parse(JSON.stringify(timeline)) as unknown).diagnostics).toEqual([]);
  });

  it("says nothing of milliseconds outside the weeks Unix seconds of 1973–2100 would fall in", () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }).filter((n) => Math.abs(n) > 4.1e9 && Math.abs(n) < 2.5e14), (n) => {
        const r = readDate(n);
        expect(r).toMatchObject({ ok: true, date: { precision: "instant", earliest: n } });
        expect(r.ok && r.warning).toBeFalsy();
      }),
      { seed: 43101, numRuns: 2000 },
    );
    // Just past the seconds' weeks, a number that is no YYYYMMDD, six digits.
    for (const n of [4.1e9 + 1, -4.1e9 - 1, 99_999_999, 100_000]) expect(readDate(n), String(n)).toMatchObject({ ok: true, date: { earliest: n } });
    for (const n of [4.1e9 + 1, -4.1e9 - 1, 99_999_999, 100_000]) expect(readDate(n), String(n)).not.toHaveProperty("warning");
  });
});

describe("a spreadsheet's day number", () => {
  it("is refused as ambiguous, naming the day each reporter's cell held and the milliseconds it would be", () => {
    const events = [{ title: "A plain day", start: "2018-01-01" }, ...SERIALS.map((s, i) => ({ title: `Cell ${i}`, start: s.number }))];
    const { timeline, diagnostics } = loadTimeline({ events });
    expect(timeline.events.map((e) => e.title)).toEqual(["A plain day"]);
    SERIALS.forEach((serial, i) => {
      const d = diagnostics.find((x) => x.index === i + 1)!;
      expect([d.severity, d.code, d.field], serial.wrote).toEqual(["error", "date-ambiguous", "start"]);
      const meant = Date.parse(`${serial.meant}Z`);
      const time = serial.meant.includes("T") ? `, ${clock(meant)}` : "";
      expect(d.message).toContain(`or ${dayWords(meant)}${time} as a spreadsheet's day number`);
      expect(d.message).toContain(`it could be 1 January 1970, 00:00:${(Math.floor(serial.number) / 1000).toFixed(3).padStart(6, "0")} UTC (milliseconds since 1970 began)`);
    });
  });

  it("in a sheet's cell of eight to ten digits, says the day as YYYYMMDD or Unix seconds when refusing it", () => {
    const { diagnostics } = loadTimeline("Headline,Start\nGDELT's day,20080608\nAn app's time,1175714200\nNo date,123456789012\n", { format: "csv" });
    expect(diagnostics.map((d) => [d.code, d.message.includes("If it is a date")])).toEqual([
      ["date-invalid", true],
      ["date-invalid", true],
      ["date-invalid", false],
    ]);
    expect(diagnostics[0]!.message).toContain("If it is a date as YYYYMMDD, it is 8 June 2008.");
    expect(diagnostics[1]!.message).toContain(`If it is a date as seconds since 1970 began, it is ${dayWords(1175714200_000)}, ${clock(1175714200_000)} UTC.`);
  });
});

describe("other numbers that fall near 1970's start", () => {
  it("a day as YYYYMMDD stays milliseconds, said; minus five digits is refused as ambiguous with a year of deep time", () => {
    const yyyymmdd = readDate(20_080_608);
    expect(yyyymmdd).toMatchObject({ ok: true, date: { earliest: 20_080_608 }, warning: { code: "date-reinterpreted" } });
    expect(yyyymmdd.ok && yyyymmdd.warning?.detail).toContain("as YYYYMMDD, it would be 8 June 2008");
    // Not a day: 2008-13-45.
    expect(readDate(20_081_345)).not.toHaveProperty("warning");
    const deep = readDate(-12_000);
    expect(deep.ok ? [] : [deep.code, deep.detail]).toEqual(["date-ambiguous", "31 December 1969, 23:59:48 UTC (milliseconds since 1970 began), or 12001 BCE as a year"]);
  });
});
