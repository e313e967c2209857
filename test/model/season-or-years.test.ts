// A year, a hyphen and two digits: ISO's month, EDTF's season or part of a year, or a span of
// years as prose and sheets write one ("1980-88", "2021-22"). Each read as one of them, and said
// where another is as likely.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";

const warningOf = (text: string) => {
  const r = readDate(text);
  return r.ok ? [r.date.edtf, r.end?.edtf, r.warning?.code] : [r.code];
};

describe("a season whose two digits are also the next year's", () => {
  it("reads \"2021-22\" as EDTF's summer 2021, saying it may be the years 2021 to 2022 and how to write those", () => {
    const r = readDate("2021-22");
    expect(r).toMatchObject({ ok: true, date: { edtf: "2021-22", precision: "season" }, warning: { code: "date-reinterpreted", detail: "summer 2021, EDTF's season 22; for the years 2021 to 2022, write 2021/2022" } });
    const { diagnostics } = loadTimeline({ events: [{ title: "Season", start: "2023-24" }] });
    expect(diagnostics.map((d) => [d.code, d.field, d.message])).toEqual([["date-reinterpreted", "start", "\"2023-24\" was read as winter 2023, EDTF's season 24; for the years 2023 to 2024, write 2023/2024."]]);
  });

  it("says nothing of a season of another year, one written in words, qualified, or in a saved timeline", () => {
    for (const text of ["2008-22", "2021-21", "2021-23", "Summer 2021", "2021-22~", "2021-22/2021-24"]) expect(warningOf(text)[2], text).toBeUndefined();
    const first = loadTimeline({ events: [{ title: "Season", start: "Summer 2021" }, { title: "Term", start: "spring 2020" }] });
    expect(first.diagnostics).toEqual([]);
    const again = loadTimeline(JSON.stringify(first.timeline));
    expect(again.diagnostics).toEqual([]);
    expect(again.timeline).toEqual(first.timeline);
  });

  it("warns exactly where the part's code is the next year's last two digits, in any century (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 21, max: 41 }), (y, n) => {
        const r = readDate(`${y}-${n}`);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.date.precision).toBe("season");
          expect(r.warning !== undefined, `${y}-${n}`).toBe((y + 1) % 100 === n);
        }
      }),
      { seed: 20212022, numRuns: 500 },
    );
  });
});

describe("a span of years written with a hyphen", () => {
  it("reads \"1980-88\" as the years 1980 to 1988, saying so, where it was refused as no month", () => {
    expect(readDate("1980-88")).toMatchObject({ ok: true, date: { edtf: "1980" }, end: { edtf: "1988" }, warning: { code: "date-reinterpreted", detail: "the years 1980 to 1988" } });
    expect(warningOf("1939-45")).toEqual(["1939", "1945", "date-reinterpreted"]);
    expect(warningOf("1918-70")).toEqual(["1918", "1970", "date-reinterpreted"]);
    expect(warningOf("1999-00")).toEqual(["1999", "2000", undefined]);
    // Two digits from 13 to 20, or 00: as likely a month written wrong as a span; still no month.
    for (const text of ["2008-13", "1914-18", "2008-00"]) expect(readDate(text), text).toMatchObject({ ok: false, code: "date-invalid", reason: "no-month" });
    // The next year reads as a range already, and a month and a season stay theirs.
    expect(warningOf("1990-91")).toEqual(["1990", "1991", undefined]);
    expect(warningOf("2008-09")).toEqual(["2008-09", undefined, undefined]);
    expect(warningOf("2008-22")).toEqual(["2008-22", undefined, undefined]);
  });

  it("reads a year and any later year's two digits from 42 as that span (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2899 }), fc.integer({ min: 2, max: 99 }), (y, gap) => {
        const later = y + gap;
        const digits = String(later % 100).padStart(2, "0");
        const n = Number(digits);
        if (n <= 41) return;
        const r = readDate(`${y}-${digits}`);
        expect(r.ok ? [r.date.edtf, r.end?.edtf, r.warning?.code] : r, `${y}-${digits}`).toEqual([String(y), String(later), "date-reinterpreted"]);
      }),
      { seed: 19801988, numRuns: 500 },
    );
  });
});
