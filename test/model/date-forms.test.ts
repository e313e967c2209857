// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import edtf from "edtf";
import { readDate } from "../../src/model/date.js";
import { describeDate, describeSpan, precisionWords } from "../../src/model/date-words.js";
import { loadTimeline } from "../../src/load.js";

const iso = (ms: number) => new Date(ms).toISOString();
function read(text: string) {
  const r = readDate(text);
  if (!r.ok) throw new Error(`${text}: ${r.code} ${r.detail ?? ""}`);
  return r;
}
function yearStart(y: number): number {
  const d = new Date(0);
  d.setUTCFullYear(y, 0, 1);
  return d.getTime();
}

describe("years written with one to four digits", () => {
  it("are the year written, never the edtf package's decade or century forms", () => {
    expect([read("476"), read("33"), read("-44"), read("-700")].map((r) => [iso(r.date.earliest), iso(r.date.latest), describeDate(r.date)])).toEqual([
      ["0476-01-01T00:00:00.000Z", "0476-12-31T23:59:59.999Z", "476"],
      ["0033-01-01T00:00:00.000Z", "0033-12-31T23:59:59.999Z", "33"],
      // Astronomical numbering, as documented: year 0 is 1 BCE, so -44 is 45 BCE.
      ["-000044-01-01T00:00:00.000Z", "-000044-12-31T23:59:59.999Z", "45 BCE"],
      ["-000700-01-01T00:00:00.000Z", "-000700-12-31T23:59:59.999Z", "701 BCE"],
    ]);
  });

  it("for every integer year from -9999 to 9999 written plainly, the span is exactly that year (readDate, JSON and CSV)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), (year) => {
        const r = read(String(year));
        expect([r.date.earliest, r.date.latest, r.date.precision]).toEqual([yearStart(year), yearStart(year + 1) - 1, "year"]);
        const json = loadTimeline({ events: [{ title: "x", start: String(year) }] }).timeline.events[0];
        const csv = loadTimeline(`Title,Date\nx,${year}\n`).timeline.events[0];
        expect(json?.start).toEqual(r.date);
        expect(csv?.start).toEqual(r.date);
      }),
      { seed: 476, numRuns: 3000 },
    );
  });

  it("decades and centuries are written with X and only then read as spans", () => {
    expect(describeDate(read("197X").date)).toBe("1970s");
    expect(read("197X").date.precision).toBe("decade");
    expect(read("19XX").date.precision).toBe("century");
  });
});

describe("unspecified digits say what is known and what is not", () => {
  it.each([
    ["156X-12-25", "1560-12-25T00:00:00.000Z", "1569-12-25T23:59:59.999Z", "25 December, some year of the 1560s", "day and month known, year known to the decade"],
    ["15XX-12-25", "1500-12-25T00:00:00.000Z", "1599-12-25T23:59:59.999Z", "25 December, some year of 1500–1599", "day and month known, year known to the century"],
    ["1XXX-12", "1000-12-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z", "December, some year of 1000–1999", "month known, year known to the millennium"],
    ["190X", "1900-01-01T00:00:00.000Z", "1909-12-31T23:59:59.999Z", "1900–1909", "year known to the decade"],
    ["19XX", "1900-01-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z", "1900–1999", "year known to the century"],
    ["200X", "2000-01-01T00:00:00.000Z", "2009-12-31T23:59:59.999Z", "2000–2009", "year known to the decade"],
    ["20XX", "2000-01-01T00:00:00.000Z", "2099-12-31T23:59:59.999Z", "2000–2099", "year known to the century"],
    ["2XXX", "2000-01-01T00:00:00.000Z", "2999-12-31T23:59:59.999Z", "2000–2999", "year known to the millennium"],
    ["1984-XX", "1984-01-01T00:00:00.000Z", "1984-12-31T23:59:59.999Z", "some month of 1984", "known to the year"],
  ])("%s", (text, earliest, latest, words, precision) => {
    const r = read(text);
    expect([iso(r.date.earliest), iso(r.date.latest), describeDate(r.date), precisionWords(r.date), r.date.edtf]).toEqual([earliest, latest, words, precision, text]);
  });

  it("no two of 190X, 19XX, 200X, 20XX, 2XXX are said alike", () => {
    const words = ["190X", "19XX", "200X", "20XX", "2XXX"].map((t) => describeDate(read(t).date));
    expect(new Set(words).size).toBe(words.length);
  });

  it("refuses a date with no known year: it has no place on a timeline", () => {
    expect(readDate("XXXX-12-XX")).toMatchObject({ ok: false, code: "date-unsupported" });
  });
});

describe("significant digits", () => {
  it("1950S2 is 1900–1999, estimated 1950", () => {
    const r = read("1950S2");
    expect([iso(r.date.earliest), iso(r.date.latest), r.date.estimate, r.date.precision, r.date.edtf]).toEqual(["1900-01-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z", 1950, "century", "1950S2"]);
    expect(describeDate(r.date)).toBe("1950, to 2 significant digits (1900–1999)");
  });
});

describe("times are said as written, in their zone, and placed at their instant", () => {
  it.each([
    ["1985-04-12T23:20:30-04", "1985-04-13T03:20:30.000Z", "12 April 1985, 23:20:30 UTC−04:00", "1985-04-12T23:20:30-04:00", -240],
    ["2008-06-08T14:30+03:30", "2008-06-08T11:00:00.000Z", "8 June 2008, 14:30 UTC+03:30", "2008-06-08T14:30+03:30", 210],
    ["2008-06-08T14:30Z", "2008-06-08T14:30:00.000Z", "8 June 2008, 14:30 UTC", "2008-06-08T14:30Z", 0],
    ["2008-06-08T14:30", "2008-06-08T14:30:00.000Z", "8 June 2008, 14:30", "2008-06-08T14:30", undefined],
    ["2008-06-08T14", "2008-06-08T14:00:00.000Z", "8 June 2008, 14:00–14:59", "2008-06-08T14", undefined],
  ])("%s", (text, instant, words, canonical, offset) => {
    const r = read(text);
    expect([iso(r.date.earliest), describeDate(r.date), r.date.edtf, r.date.offset]).toEqual([instant, words, canonical, offset]);
  });

  it("a time known to the hour covers the hour", () => {
    const r = read("2008-06-08T14");
    expect([r.date.precision, r.date.latest - r.date.earliest]).toEqual(["hour", 3_599_999]);
  });

  it("places a zoned time at the instant the edtf package computes", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -11, max: 13 }),
        fc.constantFrom(0, 30),
        (at, hours, minutes) => {
          const two = (n: number) => String(n).padStart(2, "0");
          const zone = hours === 0 && minutes === 0 ? "Z" : `${hours < 0 ? "-" : "+"}${two(Math.abs(hours))}:${two(minutes)}`;
          const text = `${at.toISOString().slice(0, 19)}${zone}`;
          expect(read(text).date.earliest).toBe(edtf(text).min);
        },
      ),
      { seed: 1985, numRuns: 500 },
    );
  });
});

describe("open, unknown and many-valued dates", () => {
  it.each([
    ["1985-04-12/..", "from 12 April 1985 on", undefined, "open"],
    ["../1985", "until 1985", "open", undefined],
    ["1985-04-12/", "12 April 1985 – end unknown", undefined, "unknown"],
    ["/1985", "start unknown – 1985", "unknown", undefined],
  ])("%s", (text, words, startBound, endBound) => {
    const r = read(text);
    expect([describeSpan(r.date, r.end), r.date.bound, r.end?.bound]).toEqual([words, startBound, endBound]);
  });

  it("an open end given in its own field takes the start's bounds", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "Occupation", start: "1985-04-12", end: ".." }] });
    expect(diagnostics).toEqual([]);
    const e = timeline.events[0]!;
    expect([e.end?.bound, e.end?.earliest === e.start.earliest, describeSpan(e.start, e.end)]).toEqual(["open", true, "from 12 April 1985 on"]);
  });

  it.each([
    ["[1667,1668]", "one of 1667, 1668", "one-of", 2],
    ["{1667,1668}", "all of 1667, 1668", "all-of", 2],
    ["[1667..1672,1680]", "one of 1667 – 1672, 1680", "one-of", 2],
  ])("%s", (text, words, kind, n) => {
    const r = read(text);
    expect([describeDate(r.date), r.date.set?.kind, r.date.set?.dates.length, r.date.edtf]).toEqual([words, kind, n, text]);
  });

  it("refuses sets too long to draw or say", () => {
    const many = `[${Array.from({ length: 101 }, (_, i) => 1900 + i).join(",")}]`;
    expect(readDate(many)).toMatchObject({ ok: false, code: "date-unsupported" });
  });

  it.each([
    ["2004?-06-11", "11 June 2004 (year uncertain)", { year: "uncertain" }],
    ["?2004-06-~11", "11 June 2004 (year uncertain, day approximate)", { year: "uncertain", day: "approximate" }],
    ["2004-06~-11", "11 June 2004 (year and month approximate)", { year: "approximate", month: "approximate" }],
  ])("keeps which part is qualified: %s", (text, words, parts) => {
    const r = read(text);
    expect([describeDate(r.date), r.date.parts]).toEqual([words, parts]);
  });
});
