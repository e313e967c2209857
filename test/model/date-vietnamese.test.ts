// Dates as Vietnamese writes them, its months numbered after the word for month: as the platform's
// `Intl` writes them ("Thứ Bảy, 7 tháng 6, 2008", "7 thg 6, 2008", "tháng 6 năm 2008") and as its
// papers do ("ngày 7 tháng 6 năm 2008", "ngày 7/6/2008"). Each was refused, with no reason.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";

function read(text: string): { edtf?: string; codes: string[]; reason?: string } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
  const reason = diagnostics.find((d) => d.reason !== undefined)?.reason;
  return { ...(timeline.events[0] ? { edtf: timeline.events[0].start.edtf } : {}), codes: diagnostics.map((d) => d.code), ...(reason ? { reason } : {}) };
}

const day = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000));

describe("Vietnamese dates", () => {
  it("reads any day from 1000 to 2999 as Intl and the papers write it, and its month (property)", () => {
    fc.assert(
      fc.property(day, (at) => {
        const edtf = at.toISOString().slice(0, 10);
        const write = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("vi", { ...options, timeZone: "UTC" }).format(at);
        for (const dateStyle of ["full", "long", "medium"] as const) expect(read(write({ dateStyle })), write({ dateStyle })).toEqual({ edtf, codes: [] });
        expect(read(write({ weekday: "short", day: "numeric", month: "short", year: "numeric" }))).toEqual({ edtf, codes: [] });
        const [d, m, y] = [at.getUTCDate(), at.getUTCMonth() + 1, at.getUTCFullYear()];
        expect(read(`ngày ${d} tháng ${m} năm ${y}`)).toEqual({ edtf, codes: [] });
        // Numbers alone, day first as Vietnamese writes them: read, and said.
        expect(read(`ngày ${d}/${m}/${y}`)).toEqual({ edtf, codes: ["date-reinterpreted"] });
        expect(read(write({ month: "long", year: "numeric" }))).toEqual({ edtf: edtf.slice(0, 7), codes: [] });
      }),
      { numRuns: 200 },
    );
  });

  it("reads a time before or after the day, as Intl writes one", () => {
    expect(read("lúc 14:30 7 tháng 6, 2008")).toEqual({ edtf: "2008-06-07T14:30", codes: [] });
    expect(read("lúc 02:30 CH Thứ Bảy, 7 tháng 6, 2008")).toEqual({ edtf: "2008-06-07T14:30", codes: [] });
    expect(read("14:30 7 thg 6, 2008")).toEqual({ edtf: "2008-06-07T14:30", codes: [] });
  });

  it("refuses what is no day, saying why", () => {
    expect(read("7 tháng 6, 08")).toMatchObject({ codes: ["date-invalid"], reason: "two-digit-year" });
    expect(read("31 tháng 6, 2008")).toMatchObject({ codes: ["date-invalid"], reason: "no-day" });
    expect(read("7 tháng 13, 2008")).toMatchObject({ codes: ["date-invalid"], reason: "no-month" });
    // 7 June 2008 was a Saturday.
    expect(read("Chủ Nhật, 7 tháng 6, 2008")).toMatchObject({ codes: ["date-invalid"], reason: "weekday" });
    expect(read("ngày 7/6/08")).toMatchObject({ codes: ["date-invalid"], reason: "two-digit-year" });
  });
});
