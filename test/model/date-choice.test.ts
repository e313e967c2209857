// Dates written as a choice ("June or July 2008", and citeline's own "one of …", "all of …"),
// winters and southern summers that name both their years ("winter 2008/09", "summer 2008/09"), and words that only begin as a qualifier
// does ("cats"): each refused before, with no reason or the wrong one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDate } from "../../src/model/date.js";
import { describeDate } from "../../src/model/date-words.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";
import { loadTimeline } from "../../src/load.js";

const edtfOf = (text: string) => {
  const r = normalizeSpelling(text);
  return r.ok ? r.edtf : [r.code, r.reason];
};

describe("a date written as a choice", () => {
  it("reads \"or\" as EDTF's one of a set, each end sharing what the other writes once", () => {
    const read: [string, string][] = [
      ["June or July 2008", "[2008-06,2008-07]"],
      ["7 or 8 June 2008", "[2008-06-07,2008-06-08]"],
      ["June 7 or 8, 2008", "[2008-06-07,2008-06-08]"],
      ["1980 or 1981", "[1980,1981]"],
      ["either 1980 or 1981", "[1980,1981]"],
      ["1990 or 91", "[1990,1991]"],
      ["one of 1667, 1668", "[1667,1668]"],
      ["all of 1667, 1668", "{1667,1668}"],
      ["one of June 2008, July 2008, 8 August 2008", "[2008-06,2008-07,2008-08-08]"],
      // A span among them is one candidate, a range in the set, as citeline writes one.
      ["one of 1667, 1670 – 1672", "[1667,1670..1672]"],
      ["1980–1985 or 1990", "[1980..1985,1990]"],
    ];
    for (const [text, edtf] of read) expect(edtfOf(text), text).toBe(edtf);
    expect(readDate("June or July 2008")).toMatchObject({ ok: true, date: { earliest: Date.UTC(2008, 5, 1), latest: Date.UTC(2008, 7, 1) - 1, set: { kind: "one-of" } } });
  });

  it("reads \"or\" in the languages whose month names it knows, not the \"of\" of \"the summer of 2008\"", () => {
    const read: [string, string][] = [
      ["Juni oder Juli 2008", "[2008-06,2008-07]"],
      ["entweder Juni oder Juli 2008", "[2008-06,2008-07]"],
      ["7 oder 8. Juni 2008", "[2008-06-07,2008-06-08]"],
      ["juin ou juillet 2008", "[2008-06,2008-07]"],
      ["junio o julio de 2008", "[2008-06,2008-07]"],
      ["7 u 8 de junio de 2008", "[2008-06-07,2008-06-08]"],
      ["o junio o julio de 2008", "[2008-06,2008-07]"],
      ["junho ou julho de 2008", "[2008-06,2008-07]"],
      ["giugno o luglio 2008", "[2008-06,2008-07]"],
      ["Giugno oppure Luglio 2008", "[2008-06,2008-07]"],
      ["czerwiec lub lipiec 2008", "[2008-06,2008-07]"],
      ["июнь или июль 2008", "[2008-06,2008-07]"],
      ["Haziran veya Temmuz 2008", "[2008-06,2008-07]"],
      ["1980 oder 1981", "[1980,1981]"],
    ];
    for (const [text, edtf] of read) expect(edtfOf(text), text).toBe(edtf);
    // "Of" joins no choice: Dutch's "or" is English's "of", and "the summer of 2008" is one season.
    for (const [text, edtf] of [["the summer of 2008", "2008-22"], ["spring of 1980", "1980-21"], ["Q2 of 2008", "2008-34"], ["the winter of 2008–09", "2008-24"]]) expect(edtfOf(text!), text).toBe(edtf);
  });

  it("refuses a choice with an open span among it, or a member that is no day, saying why where it can", () => {
    expect(edtfOf("one of 1667, 1670/..")).toEqual(["date-invalid", undefined]);
    expect(edtfOf("30 or 31 February 2008")).toEqual(["date-invalid", "no-day"]);
    expect(readDate("cats or dogs")).toMatchObject({ ok: false, code: "date-invalid" });
  });

  it("reads back a set as citeline writes it in words (property)", () => {
    const member = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 })).map(([y, m, d]) =>
      m === 0 ? String(y) : d === 0 ? `${y}-${String(m).padStart(2, "0")}` : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    );
    fc.assert(
      fc.property(fc.uniqueArray(member, { minLength: 2, maxLength: 4 }), fc.boolean(), fc.boolean(), (members, oneOf, range) => {
        // A range of two years as one candidate, as the specification's sets write one.
        const all = range ? [...members, "1670..1672"] : members;
        const edtf = oneOf ? `[${all.join(",")}]` : `{${all.join(",")}}`;
        const r = readDate(edtf);
        expect(r.ok, edtf).toBe(true);
        if (r.ok) expect(edtfOf(describeDate(r.date)), describeDate(r.date)).toBe(edtf);
      }),
      { seed: 16671668, numRuns: 300 },
    );
  });
});

describe("a winter that names both its years", () => {
  it("reads \"winter 2008/09\" as the winter from December 2008 to February 2009, EDTF's 2008-24", () => {
    for (const text of ["winter 2008/09", "Winter 2008/09", "winter 2008–09", "winter 2008-2009", "the winter of 2008–09", "Winter 1999/00"]) {
      expect(edtfOf(text), text).toBe(text.includes("1999") ? "1999-24" : "2008-24");
    }
    expect(readDate("winter 2008/09")).toMatchObject({ ok: true, date: { earliest: Date.UTC(2008, 11, 1), latest: Date.UTC(2009, 2, 1) - 1 } });
    // Years that are not one winter's stay a range from the winter.
    expect(edtfOf("winter 2008/2010")).toBe("2008-24/2010");
  });

  it("reads \"summer 2008/09\" as the southern hemisphere's summer, EDTF's 2008-30, said: no northern summer runs into the next year", () => {
    for (const text of ["summer 2008/09", "Summer 2008-2009", "the summer of 2008–09", "summer (southern) 2008/09"]) expect(edtfOf(text), text).toBe("2008-30");
    expect(readDate("summer 2008/09")).toMatchObject({
      ok: true,
      date: { earliest: Date.UTC(2008, 11, 1), latest: Date.UTC(2009, 2, 1) - 1 },
      warning: { code: "date-reinterpreted", detail: "summer (southern) 2008, December 2008 to February 2009: a summer that runs into the next year is the southern hemisphere's, EDTF's season 30; write 2008-30" },
    });
    // Named as southern, it is read as written, with nothing to say; a summer of one year is the north's.
    expect(readDate("summer (southern) 2008/09")).not.toHaveProperty("warning");
    expect(edtfOf("summer 2008")).toBe("2008-22");
    // Its message names what was read and how to write it, in the loader's words.
    const { diagnostics } = loadTimeline({ events: [{ id: "a", title: "The Ashes", start: "summer 2006/07" }] });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["date-reinterpreted", "\"summer 2006/07\" was read as summer (southern) 2006, December 2006 to February 2007: a summer that runs into the next year is the southern hemisphere's, EDTF's season 30; write 2006-30."],
    ]);
  });
});

describe("words that begin as a qualifier does", () => {
  it("reads \"ca\", \"circa\", \"about\" and \"around\" only before a space or the year", () => {
    for (const text of ["ca 1980", "ca. 1980", "ca.1980", "ca1980", "circa 1980", "circa1980", "about 1980", "around 1980", "c1980", "c. 1980"]) expect(edtfOf(text), text).toBe("1980~");
    // "cats" was refused as "an approximate or uncertain span".
    for (const text of ["cats", "cattle", "abouts", "aroundabout"]) expect(readDate(text), text).toMatchObject({ ok: false, code: "date-invalid" });
    expect(readDate("cats")).not.toHaveProperty("reason");
  });
});
