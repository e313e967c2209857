// Seasons named in other languages than English (src/model/date-season-words.ts): "Sommer 2008",
// "l'été 2008", "лето 2008 года" were refused as no date; Spanish and Portuguese, written on both
// sides of the equator, are read as the north's with a warning that names the south's code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import { seasonInWords } from "../../src/model/date-season-words.js";

const NAMES: [string, number][] = [
  ["Frühling", 21], ["Frühjahr", 21], ["Sommer", 22], ["Herbst", 23],
  ["printemps", 21], ["été", 22], ["automne", 23], ["hiver", 24],
  ["estate", 22], ["autunno", 23],
  ["lente", 21], ["voorjaar", 21], ["zomer", 22], ["herfst", 23], ["najaar", 23],
  ["vår", 21], ["sommar", 22], ["höst", 23], ["vinter", 24], ["forår", 21], ["efterår", 23],
  ["kevät", 21], ["syksy", 23], ["talvi", 24],
  ["wiosna", 21], ["lato", 22], ["jesień", 23], ["zima", 24], ["jaro", 21], ["léto", 22], ["podzim", 23],
  ["весна", 21], ["лето", 22], ["осень", 23], ["зима", 24], ["літо", 22], ["осінь", 23],
  ["ilkbahar", 21], ["yaz", 22], ["sonbahar", 23], ["kış", 24],
];
const BOTH_SIDES: [string, number][] = [["primavera", 21], ["verano", 22], ["otoño", 23], ["invierno", 24], ["verão", 22], ["outono", 23], ["inverno", 24]];

describe("a season named in another language", () => {
  it("reads each name with its year as the northern season, bounded as English's (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.integer({ min: 1000, max: 2999 }), fc.boolean(), ([name, code], year, capital) => {
        const text = `${capital ? name[0]!.toUpperCase() + name.slice(1) : name} ${year}`;
        const read = readDate(text);
        const english = readDate(`${["spring", "summer", "autumn", "winter"][code - 21]} ${year}`);
        expect(read, text).toMatchObject({ ok: true, date: { edtf: `${year}-${code}`, precision: "season" } });
        expect(read.ok && english.ok && [read.date.earliest, read.date.latest]).toEqual(english.ok && [english.date.earliest, english.date.latest]);
        expect(read).not.toHaveProperty("warning");
      }),
      { seed: 2008, numRuns: 300 },
    );
  });

  it("reads the articles, the words for \"of\" and the year's word that each language writes around it", () => {
    const read: [string, string][] = [
      ["l'été 2008", "2008-22"], ["L’hiver 2008", "2008-24"], ["l'estate del 2008", "2008-22"], ["zomer van 2008", "2008-22"],
      ["лето 2008 года", "2008-22"], ["літо 2008 року", "2008-22"], ["Herbst 1989", "1989-23"],
      ["hiver 2008-2009", "2008-24"], ["Winter 2008/09", "2008-24"],
    ];
    for (const [text, edtf] of read) expect(readDate(text), text).toMatchObject({ ok: true, date: { edtf } });
  });

  it("reads Spanish and Portuguese seasons as the north's, saying so and naming the south's code", () => {
    for (const [name, code] of BOTH_SIDES) {
      const read = readDate(`${name} de 2008`);
      expect(read, name).toMatchObject({ ok: true, date: { edtf: `2008-${code}` }, warning: { code: "date-reinterpreted" } });
      expect(read.ok && read.warning?.detail, name).toContain(`write EDTF's 2008-${code + 8}`);
    }
    const { diagnostics } = loadTimeline({ events: [{ id: "a", title: "Elecciones", start: "el invierno de 2008" }] });
    expect(diagnostics.map((d) => d.message)).toEqual([
      "\"el invierno de 2008\" was read as winter 2008 in the northern hemisphere, December 2008 to February 2009; for the southern hemisphere's, write EDTF's 2008-32.",
    ]);
    // A summer across two years is the south's, whatever the language.
    expect(readDate("verano 2008/09")).toMatchObject({ ok: true, date: { edtf: "2008-30" } });
  });

  it("reads no name that a language Intl writes also gives a month, long, short or narrow", () => {
    const names = new Set([...NAMES, ...BOTH_SIDES].map(([name]) => name.toLowerCase()));
    const langs = Intl.DateTimeFormat.supportedLocalesOf(["af", "sq", "eu", "ca", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "gl", "de", "hu", "is", "id", "ga", "it", "lv", "lt", "ms", "mt", "nb", "nn", "pl", "pt", "ro", "sk", "sl", "es", "sv", "tr", "cy", "vi", "ru", "uk", "bg", "sr", "mk", "be", "kk", "el", "az", "uz"]);
    const months: string[] = [];
    for (const lang of langs) {
      for (const month of ["long", "short", "narrow"] as const) {
        for (let m = 0; m < 12; m++) {
          for (const more of [{}, { year: "numeric" }, { day: "numeric" }] as const) {
            const parts = new Intl.DateTimeFormat(lang, { month, ...more, timeZone: "UTC" }).formatToParts(Date.UTC(2008, m, 15));
            for (const part of parts) if (part.type === "month" && names.has(part.value.toLowerCase().replace(/\.$/, ""))) months.push(`${lang} ${part.value}`);
          }
        }
      }
    }
    expect(langs.length).toBeGreaterThan(30);
    expect(months).toEqual([]);
  });

  it("leaves other words before a year to the other readers", () => {
    expect(readDate("Juni 2008")).toMatchObject({ ok: true, date: { edtf: "2008-06" } });
    // Finnish's summer is also its June shortened, as Intl writes "kesä 2008": the month.
    expect(readDate("kesä 2008")).toMatchObject({ ok: true, date: { edtf: "2008-06" } });
    expect(readDate("cats 2008")).toMatchObject({ ok: false, code: "date-invalid" });
    expect(readDate("Sommer")).toMatchObject({ ok: false });
    // A name the tables' objects hold by inheritance is none of theirs.
    for (const text of ["constructor 2008", "toString 2008", "valueOf 2008"]) {
      expect(seasonInWords(text), text).toBeUndefined();
      expect(readDate(text), text).toMatchObject({ ok: false, code: "date-invalid" });
    }
  });
});
