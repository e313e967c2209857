// A century as the interface's other languages write one ("19. Jahrhundert", "XIXe siècle",
// "siglo XIX"): read as English's "19th century" is, 18XX with the warning that says which years,
// where each was refused as no date.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { centuryInLanguages } from "../../src/model/date-century-languages.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"];
// Each language's ways, for the n-th century: digits and Roman numerals, the word before or after.
const WAYS: readonly ((n: number) => string)[] = [
  (n) => `${n}. Jahrhundert`,
  (n) => `${n}. Jh.`,
  (n) => `${ROMAN[n]}e siècle`,
  (n) => `${n}e siècle`,
  (n) => `siglo ${ROMAN[n]}`,
  (n) => `s. ${ROMAN[n]}`,
  (n) => `${ROMAN[n]} secolo`,
  (n) => `secolo ${ROMAN[n]}`,
  (n) => `século ${ROMAN[n]}`,
  (n) => `${n}de eeuw`,
  (n) => `${n}. yüzyıl`,
  (n) => `${ROMAN[n]} век`,
  (n) => `${ROMAN[n]} століття`,
  (n) => `القرن ${n}`,
  (n) => `המאה ה-${n}`,
];

describe("a century in the interface's other languages", () => {
  it("reads the n-th century in every language's way as English's is read: its hundred years, said (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 21 }), fc.constantFrom(...WAYS), (n, way) => {
        const english = normalizeSpelling(`${n}${n === 2 ? "nd" : n === 3 ? "rd" : n === 21 ? "st" : "th"} century`);
        expect(english.ok).toBe(true);
        const read = normalizeSpelling(way(n));
        expect(read, way(n)).toEqual({ ...english, warning: english.ok ? english.warning : undefined });
        if (read.ok) expect(read.edtf).toBe(`${String(n - 1).padStart(2, "0")}XX`);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a century before the common era in each language's words", () => {
    for (const text of ["5. Jahrhundert v. Chr.", "Ve siècle av. J.-C.", "siglo V a. C.", "V secolo a.C.", "5th century BC", "5. yüzyıl MÖ", "V век до н. э."]) {
      expect(normalizeSpelling(text), text).toEqual({ ok: true, edtf: "-04XX" });
    }
  });

  it("reads only Roman numerals written the usual way, and only centuries 1 to 30", () => {
    expect(centuryInLanguages("XIX secolo")).toEqual({ n: 19, before: false });
    expect(centuryInLanguages("Ier siècle")).toEqual({ n: 1, before: false });
    for (const text of ["XIIII siècle", "IIX secolo", "XL secolo", "0. Jahrhundert", "siglo", "XIX", "Jahrhundert 19 Jahre"]) expect(centuryInLanguages(text), text).toBeUndefined();
  });

  it("reads \"s.\" and \"sec.\" as a century only after a Roman numeral or an ordinal: \"19 sec.\" is nineteen seconds", () => {
    for (const text of ["19 sec.", "19 s.", "sec. 19", "s. 19", "5 SEC."]) expect(centuryInLanguages(text), text).toBeUndefined();
    for (const text of ["XIX sec.", "sec. XIX", "19e s.", "19º sec.", "s. XIX"]) expect(centuryInLanguages(text), text).toEqual({ n: 19, before: false });
    // The other words say only "century", digits bare or not.
    expect(centuryInLanguages("19 Jh.")).toEqual({ n: 19, before: false });
    expect(centuryInLanguages("19 в.")).toEqual({ n: 19, before: false });
  });

  it("loads a sheet's centuries, each said, where every one was refused", () => {
    const { timeline, diagnostics } = loadTimeline("Title,Date\nRomanticism,XIXe siècle\nBarock,17. Jahrhundert\nSiglo de Oro,siglo XVI\n");
    expect(timeline.events.map((e) => [e.title, e.start.edtf])).toEqual([
      ["Siglo de Oro", "15XX"],
      ["Barock", "16XX"],
      ["Romanticism", "18XX"],
    ]);
    expect(diagnostics.map((d) => [d.index, d.code])).toEqual([
      [0, "date-reinterpreted"],
      [1, "date-reinterpreted"],
      [2, "date-reinterpreted"],
    ]);
  });
});
