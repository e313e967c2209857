// @vitest-environment node
// Dates written with month names in other languages: as moment's contributors wrote them for
// their own languages (test/fixtures/languages, with its origin), and as the platform's Intl
// writes any day in each language.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { otherLanguageSpelling } from "../../src/model/date-languages.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";

interface Locale {
  months: string[];
  weekdays: string[];
  formats: Record<"LL" | "ll" | "LLLL" | "llll", string>;
}
const fixture = JSON.parse(readFileSync(new URL("../fixtures/languages/moment-locales.json", import.meta.url), "utf8")) as {
  locales: Record<string, Locale>;
  older: { de: Omit<Locale, "weekdays"> };
};
const TAGS = Object.keys(fixture.locales);
// Other scripts, as Intl writes them: Arabic three ways, Persian's Gregorian months, Hebrew, Kurdish;
// Russian, Ukrainian, Bulgarian, Serbian, Macedonian, Belarusian, Kazakh and Greek; and Polish,
// Czech, Slovak, Slovene, Serbian and Bosnian in Latin letters, Romanian, Indonesian, Estonian,
// and Hungarian, Lithuanian and Latvian, which write the year first. (Where a language's short
// form is numbers alone, "1.01.2008 г.", "1. 1. 2008", "6/2008", that form is read as a numeric
// date: test/model/spelling.test.ts.)
const SCRIPT_TAGS = ["ar", "ar-EG", "ar-IQ", "ar-DZ", "fa-u-ca-gregory", "he", "ckb", "ru", "uk", "bg", "sr", "mk", "be", "kk", "el", "pl", "cs", "sk", "sl", "sr-Latn", "bs", "ro", "id", "et", "hu", "lt", "lv", "ca", "gl", "ms", "sw", "sq", "is", "af", "cy", "fi", "ga"];

/** The EDTF `text` loads as, or the code of the error that refused it. */
function read(text: string): string {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "Visit", start: text }] });
  return timeline.events[0]?.start.edtf ?? diagnostics.map((d) => d.code).join(" ");
}

describe("dates in other languages, as their writers write them", () => {
  it.each(TAGS)("%s: every month's name and shortening, with a year", (tag) => {
    fixture.locales[tag]!.months.forEach((names, i) => {
      for (const name of names.split(" ")) expect(read(`${name} 2011`), `${tag} ${name}`).toBe(`2011-${String(i + 1).padStart(2, "0")}`);
    });
  });

  it.each(TAGS)("%s: a long and a short day (14 February 2010), as moment writes them", (tag) => {
    const { LL, ll } = fixture.locales[tag]!.formats;
    expect(read(LL), LL).toBe("2010-02-14");
    expect(read(ll), ll).toBe("2010-02-14");
  });

  it("German as moment wrote it before 2020: Febr., Mrz.", () => {
    const { months, formats } = fixture.older.de;
    expect(read(formats.ll)).toBe("2010-02-14");
    months.forEach((names, i) => {
      for (const name of names.split(" ")) expect(read(`${name} 2011`), name).toBe(`2011-${String(i + 1).padStart(2, "0")}`);
    });
  });

  it("a day with its weekday and time of day: the time read, or the whole refused, never another day", () => {
    const outcomes = Object.fromEntries(TAGS.flatMap((tag) => [fixture.locales[tag]!.formats.LLLL, fixture.locales[tag]!.formats.llll].map((text) => [text, read(text)])));
    for (const [text, outcome] of Object.entries(outcomes)) expect(["2010-02-14T15:25", "date-invalid"], text).toContain(outcome);
    // Where the time follows the year at once, as most write it, it is read.
    expect(outcomes["Sonntag, 14. Februar 2010 15:25"]).toBe("2010-02-14T15:25");
    expect(outcomes["domingo, 14 de febrero de 2010 15:25"]).toBe("2010-02-14T15:25");
    expect(outcomes["Pazar, 14 Şubat 2010 15:25"]).toBe("2010-02-14T15:25");
    // "kl." (Danish, Swedish and Norwegian "o'clock") before the time: a word `Intl` writes there (src/model/date-clock-words.ts).
    expect(outcomes["søndag d. 14. februar 2010 kl. 15:25"]).toBe("2010-02-14T15:25");
  });

  it.each(TAGS)("%s: a weekday that is not the day's is refused, saying which it was", (tag) => {
    const monday = fixture.locales[tag]!.weekdays[1]!.split(" ")[0]!;
    const text = `${monday}, ${fixture.locales[tag]!.formats.LL}`;
    const spelling = normalizeSpelling(text);
    expect(spelling, text).toEqual({ ok: false, code: "date-invalid", detail: "14 February 2010 was a Sunday.", reason: "weekday" });
  });
});

describe("dates in other scripts, as their writers write them", () => {
  const scripts = (fixture as unknown as { scripts: { locales: Record<string, { months: string[]; pairs: boolean; formats: { LL: string; ll: string } }> } }).scripts.locales;
  // Names moment's files spell otherwise than CLDR, which are not read (refused, never misread):
  // Palestinian Arabic's "تشري الأوّل" (a letter lost from تشرين) and shortenings with a digit
  // ("ك٢", second Kanun), Kurdish "کانونی دووەم" and "تەمموز" (CLDR: کانوونی دووەم, تەمووز).
  const UNREAD = new Set(["تشري الأوّل", "ك٢", "ك١", "ت١", "ت٢", "کانونی دووەم", "تەمموز"]);

  it.each(Object.keys(scripts))("%s: every month's name, with a year, and a long and a short day", (tag) => {
    const { months, pairs, formats } = scripts[tag]!;
    months.forEach((entry, i) => {
      const names = pairs ? [entry.slice(0, entry.lastIndexOf(" ")), entry.slice(entry.lastIndexOf(" ") + 1)] : [entry];
      for (const name of names) expect(read(`${name} ٢٠١١`), `${tag} ${name}`).toBe(UNREAD.has(name) ? "date-invalid" : `2011-${String(i + 1).padStart(2, "0")}`);
    });
    expect(read(formats.LL), formats.LL).toBe("2010-02-14");
    expect(read(formats.ll), formats.ll).toBe("2010-02-14");
  });
});

describe("the Solar Hijri calendar", () => {
  it("reads a day as the Gregorian day it is, and a month as some day of the days it covers", () => {
    const days: [string, string][] = [
      ["۱۸ خرداد ۱۳۸۷", "2008-06-07"],
      ["یکشنبه ۱۹ خرداد ۱۳۸۷", "2008-06-08"],
      ["18 Khordad 1387", "2008-06-07"],
      ["۱۹ جوزا ۱۳۸۷", "2008-06-08"],
      ["خرداد ۱۳۸۷", "[2008-05-21..2008-06-20]"],
      ["دی ۱۳۸۷", "[2008-12-21..2009-01-19]"],
    ];
    for (const [text, edtf] of days) expect(read(text), text).toBe(edtf);
    // 1387 was a leap year, 1386 not.
    expect(read("30 اسفند 1387")).toBe("2009-03-20");
    expect(normalizeSpelling("30 اسفند 1386")).toEqual({ ok: false, code: "date-invalid", detail: "Esfand 1386 has no day 30.", reason: "no-day" });
    expect(normalizeSpelling("یکشنبه ۱۸ خرداد ۱۳۸۷")).toEqual({ ok: false, code: "date-invalid", detail: "7 June 2008 was a Saturday.", reason: "weekday" });
  });
});

describe("the Hijri calendar (Umm al-Qura)", () => {
  it("reads a day as the Gregorian day it is, with its era or without, and a month as some day of it", () => {
    const days: [string, string][] = [
      ["٤ جمادى الآخرة ١٤٢٩ هـ", "2008-06-08"],
      ["الأحد، ٤ جمادى الآخرة ١٤٢٩ هـ", "2008-06-08"],
      ["4 جمادى الآخرة 1429هـ", "2008-06-08"],
      ["۴ جمادی‌الثانی ۱۴۲۹ ه‍.ق.", "2008-06-08"],
      ["1 Ramadan 1429 AH", "2008-09-01"],
      ["رمضان ١٤٢٩", "[2008-09-01..2008-09-30]"],
    ];
    for (const [text, edtf] of days) expect(read(text), text).toBe(edtf);
    // A Gulf paper's two dates of one day: a range that starts and ends on it.
    const { timeline } = loadTimeline({ events: [{ title: "Visit", start: "4 جمادى الآخرة 1429هـ - 8 يونيو 2008م" }] });
    expect([timeline.events[0]?.start.edtf, timeline.events[0]?.end?.edtf]).toEqual(["2008-06-08", "2008-06-08"]);
  });

  it("reads a Gregorian year marked م, and refuses an era that is not the month's calendar's", () => {
    expect(read("8 يونيو 2008م")).toBe("2008-06-08");
    expect(read("8 يونيو 2008 م")).toBe("2008-06-08");
    expect(read("8 يونيو 2008هـ")).toBe("date-invalid");
    expect(read("۱۸ خرداد ۱۳۸۷ ه‍.ش.")).toBe("2008-06-07");
    expect(read("۱۸ خرداد ۱۳۸۷ هـ")).toBe("date-invalid");
  });

});

describe("every day of the last and next century, as Intl writes it in each calendar", () => {
  // Umm al-Qura's tables end in 2076 (1500 AH).
  it.each([
    ["persian", ["fa", "fa-AF"], 2100],
    ["islamic-umalqura", ["ar-SA", "ar", "fa"], 2075],
  ] as const)("%s, in %j, from 1900 to %i, reads back as that day", (calendar, tags, last) => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(last, 11, 31) / 86_400_000 }).map((n) => n * 86_400_000);
    fc.assert(
      fc.property(day, fc.constantFrom(...tags), (at, tag) => {
        const text = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", calendar, timeZone: "UTC" }).format(at);
        expect(normalizeSpelling(text), text).toEqual({ ok: true, edtf: new Date(at).toISOString().slice(0, 10) });
      }),
      { seed: 13870318, numRuns: 300 },
    );
  });
});

describe("dates in other languages, as Intl writes them", () => {
  const ms = ({ y, m, d }: { y: number; m: number; d: number }) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date.getTime();
  };
  // Days that exist (29 February only in leap years: the year 100 had none).
  const day = fc.record({ y: fc.integer({ min: 100, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).filter((p) => new Date(ms(p)).getUTCDate() === p.d);
  const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

  it("reads back every day, with and without its weekday, and every month, in every language", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...TAGS, ...SCRIPT_TAGS), ({ y, m, d }, tag) => {
        const at = ms({ y, m, d });
        const write = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(at);
        // A form of numbers alone names no month: another reader's.
        const named = (text: string) => /\p{L}/u.test(text.replace(/\s[гр]\.$/u, ""));
        for (const month of ["long", "short"] as const) {
          const [day, alone] = [write({ day: "numeric", month, year: "numeric" }), write({ month, year: "numeric" })];
          if (named(day)) expect(normalizeSpelling(day), `${tag} ${month} ${day}`).toEqual({ ok: true, edtf: iso({ y, m, d }) });
          if (named(alone)) expect(normalizeSpelling(alone), `${tag} ${month} ${alone}`).toEqual({ ok: true, edtf: iso({ y, m, d }).slice(0, 7) });
        }
        // Kurdish's weekday pattern puts the year first ("٢٠٠٨ حوزەیران ٨, یەکشەممە"): not read.
        if (tag !== "ckb") expect(normalizeSpelling(write({ weekday: "long", day: "numeric", month: "long", year: "numeric" })), tag).toEqual({ ok: true, edtf: iso({ y, m, d }) });
      }),
      { seed: 20080608, numRuns: 400 },
    );
  });
});

describe("Croatian, whose month names are others' for other months", () => {
  // "listopad" is Croatian October and Polish and Czech November; but Croatian ends a date with a
  // point after its year ("8. listopada 2008."), as Polish and Czech never do: a date written so
  // is read by Croatian's names, one written otherwise by theirs.
  it("reads any day Intl writes in it, long, short and in full, and its month (property)", () => {
    const day = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map((n) => n * 86_400_000);
    fc.assert(
      fc.property(day, (at) => {
        const write = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("hr", { ...options, timeZone: "UTC" }).format(at);
        const iso = new Date(at).toISOString().slice(0, 10);
        for (const month of ["long", "short"] as const) {
          expect(read(write({ day: "numeric", month, year: "numeric" })), month).toBe(iso);
          expect(read(write({ month, year: "numeric" })), month).toBe(iso.slice(0, 7));
        }
        expect(read(write({ dateStyle: "full" }))).toBe(iso);
      }),
      { seed: 20081008, numRuns: 300 },
    );
  });

  it("reads Polish's and Czech's November as theirs, where the year has no point after it", () => {
    expect(read("8. listopada 2008.")).toBe("2008-10-08");
    expect(read("8 listopada 2008")).toBe("2008-11-08");
    expect(read("8. listopadu 2008")).toBe("2008-11-08");
    expect(read("listopad 2008")).toBe("2008-11");
    expect(read("listopad 2008.")).toBe("2008-10");
  });

  it("reads a Croatian date whose last point was trimmed, or refuses it as ambiguous, naming both readings", () => {
    // A month no other language names is Croatian's, with a point after the day or none.
    expect(read("8. lipnja 2008")).toBe("2008-06-08");
    expect(read("8 lipnja 2008")).toBe("2008-06-08");
    expect(read("lipanj 2008")).toBe("2008-06");
    // "listopada" after a day with its point: Croatian's October, or Polish's November.
    expect(normalizeSpelling("8. listopada 2008")).toEqual({ ok: false, code: "date-ambiguous", detail: "8 October 2008 (Croatian) or 8 November 2008", readings: ["2008-10-08", "2008-11-08"] });
    // November has no day 31: only Croatian's reading is a day.
    expect(read("31. listopada 2008")).toBe("2008-10-31");
    // German's and Czech's days with a point are theirs still.
    expect(read("8. Juni 2008")).toBe("2008-06-08");
    expect(read("8. června 2008")).toBe("2008-06-08");
  });

  it("reads any day Intl writes in Croatian without its last point as that day, or as ambiguous with it among the readings (property)", () => {
    const day = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map((n) => n * 86_400_000);
    fc.assert(
      fc.property(day, fc.constantFrom<"long" | "short">("long", "short"), (at, month) => {
        const written = new Intl.DateTimeFormat("hr", { day: "numeric", month, year: "numeric", timeZone: "UTC" }).format(at).replace(/\.$/, "");
        const iso = new Date(at).toISOString().slice(0, 10);
        const spelling = normalizeSpelling(written);
        if (spelling.ok) expect(spelling.edtf, written).toBe(iso);
        else {
          expect(spelling.code, written).toBe("date-ambiguous");
          expect(spelling.readings?.[0], written).toBe(iso);
        }
        // October's names are Polish's November, the short "srp" (July) and "lip" (June) Czech's
        // August and Polish's July; a day other than November's 31st is both.
        const name = written.split(" ")[1]!.replace(".", "");
        expect(spelling.ok, written).toBe(!/^(?:lis|listopada|srp|lip)$/.test(name) || (name.startsWith("lis") && iso.slice(8) === "31"));
      }),
      { seed: 20081009, numRuns: 300 },
    );
  });
});

describe("India's, Bangladesh's, Nepal's, Pakistan's, the Philippines', Myanmar's, Cambodia's and Laos's languages", () => {
  // Each in a script of its own but Urdu (Arabic's) and Filipino (Latin), their digits read as
  // ASCII ("७ जून, २००८", "৭ জুন, ২০০৮"), the month first in Filipino, Kannada and Odia.
  const TAGS_SOUTH = ["hi", "mr", "ne", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "ur", "fil", "my", "km", "lo"];
  const day = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map((n) => n * 86_400_000);

  it("reads any day from 1000 to 2999 as Intl writes it long and in full, and its month (property)", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...TAGS_SOUTH), (at, tag) => {
        const write = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(at);
        const iso = new Date(at).toISOString().slice(0, 10);
        for (const text of [write({ dateStyle: "long" }), write({ dateStyle: "full" })]) expect(read(text), `${tag} ${text}`).toBe(iso);
        expect(read(write({ month: "long", year: "numeric" })), tag).toBe(iso.slice(0, 7));
      }),
      { seed: 20080607, numRuns: 400 },
    );
  });

  it("reads a medium date as its day, or refuses it, never as another (property)", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...TAGS_SOUTH), (at, tag) => {
        const text = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }).format(at);
        expect(["date-invalid", "date-ambiguous", new Date(at).toISOString().slice(0, 10)], `${tag} ${text}`).toContain(read(text));
      }),
      { seed: 20080608, numRuns: 400 },
    );
  });
});

describe("Finnish and Irish, whose names begin as others' shortenings", () => {
  // Finnish November ("marraskuu") begins as Spanish writes March ("mar."), Irish June
  // ("Meitheamh") as Dutch, Indonesian, Malay, Swahili and Afrikaans write May ("Mei"): a name as a
  // language writes it is read before another's shortening, so each reads as its own. Finnish
  // writes its weekday otherwise in a date ("perjantaina", on Friday). Catalan's August, short
  // and alone ("ag. del 2008"), is two letters: refused until its form in a date ("d’ag.") was read without its "d’".
  const day = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map((n) => n * 86_400_000);

  it("reads any day from 1000 to 2999 as Intl writes it, long, short and in full, and its month (property)", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("fi", "ga", "ca"), (at, tag) => {
        const write = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(at);
        const iso = new Date(at).toISOString().slice(0, 10);
        for (const month of ["long", "short"] as const) {
          const text = write({ day: "numeric", month, year: "numeric" });
          // Finnish's short day is numbers alone ("7.6.2008"): the numeric reader's.
          if (/\p{L}/u.test(text)) expect(read(text), `${tag} ${text}`).toBe(iso);
          expect(read(write({ month, year: "numeric" })), tag).toBe(iso.slice(0, 7));
        }
        expect(read(write({ dateStyle: "full" })), tag).toBe(iso);
      }),
      { seed: 20081206, numRuns: 600 },
    );
  });

  it("reads Russian's and Ukrainian's year in full, as their prose writes it where Intl shortens it", () => {
    expect(read("7 мая 2012 года")).toBe("2012-05-07");
    expect(read("мая 2012 года")).toBe("2012-05");
    expect(read("2003 года")).toBe("2003");
    expect(read("7 травня 2012 року")).toBe("2012-05-07");
    expect(read("2003 рік")).toBe("2003");
  });

  it("still reads the months whose shortenings they begin", () => {
    expect(read("7 mar. 2008")).toBe("2008-03-07");
    expect(read("7 Mei 2008")).toBe("2008-05-07");
    expect(read("7. marraskuuta 2008")).toBe("2008-11-07");
    expect(read("7 Meitheamh 2008")).toBe("2008-06-07");
  });
});

describe("a month's name as a language writes it, and another's shortening", () => {
  it("reads the name as written: it was refused where it began another month's name", () => {
    // Czech June ("červen") begins Czech July ("červenec"); Welsh's short June ("Meh") begins the
    // Solar Hijri Mehr; "Jumada I" and "Sha." (Shaʻban, as Intl shortens it) begin "Jumada II" and Shawwal.
    expect(read("červen 2008")).toBe("2008-06");
    expect(read("červenec 2008")).toBe("2008-07");
    expect(read("7 Meh 2008")).toBe("2008-06-07");
    expect(read("Mehr 1387")).toBe("[2008-09-22..2008-10-21]");
    expect(read("Jumada I 1429")).toBe("[2008-05-06..2008-06-04]");
    expect(read("Jumada II 1429")).toBe("[2008-06-05..2008-07-03]");
    expect(read("Sha. 1429")).toBe("[2008-08-02..2008-08-31]");
  });
});

describe("what is not read", () => {
  it("a word that begins two months' names, in any of the languages, names neither", () => {
    // "jui": juin and juillet.
    expect(read("jui 2008")).toBe("date-invalid");
    expect(otherLanguageSpelling("jui 2008")).toBeUndefined();
  });

  it("a day that does not exist, and a two-digit year, are refused with the reason", () => {
    expect(normalizeSpelling("31. Juni 2008")).toEqual({ ok: false, code: "date-invalid", detail: "June 2008 has no day 31.", reason: "no-day" });
    expect(normalizeSpelling("8. Juni 08")).toEqual({ ok: false, code: "date-invalid", detail: "A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930).", reason: "two-digit-year", option: "twoDigitYearsFrom" });
    expect(normalizeSpelling("8. Juni 08", { twoDigitYearsFrom: 1930 })).toEqual({ ok: true, edtf: "2008-06-08" });
  });

  it("languages not among them, a month with no year, and words around a date", () => {
    // "am 8. Juni 2008": a preposition before the date is read (test/model/date-preposition.test.ts).
    for (const text of ["8. Juni", "Juni", "8. Juni 2008 v. Chr."]) expect(read(text), text).toBe("date-invalid");
    // Bulgarian and Czech, as Intl writes them in full; a year before its month and day, in any of
    // the languages, as Hungarian, Lithuanian, Latvian and Kazakh write one.
    const held: [string, string][] = [
      ["събота, 7 юни 2008 г.", "2008-06-07"],
      ["7 юни 2008 г.", "2008-06-07"],
      ["sobota 7. června 2008", "2008-06-07"],
      ["7. června 2008", "2008-06-07"],
      ["2008. június 8.", "2008-06-08"],
      ["2008 m. birželio 8 d.", "2008-06-08"],
      ["2008. gada 8. jūnijs", "2008-06-08"],
      ["2008 ж. 8 маусым", "2008-06-08"],
      ["2008 Juni 8", "2008-06-08"],
      // The month first, as Filipino, Kannada and Odia write a day (since 6 December).
      ["Juni 8 2008", "2008-06-08"],
      ["Hunyo 8, 2008", "2008-06-08"],
    ];
    for (const [text, edtf] of held) expect(read(text), text).toBe(edtf);
    // A day and its month with no year says so, as "June 8" does in English.
    for (const text of ["8. Juni", "8 de junio", "۱۸ خرداد", "سه‌شنبه ۱۸ خرداد", "٨ حزيران"]) expect(normalizeSpelling(text), text).toMatchObject({ ok: false, code: "date-invalid", reason: "day-without-year" });
  });
});

describe("numbers alone, in any digits", () => {
  it("reads Arabic and Persian digits as digits: a Gregorian date reads as it would in ASCII", () => {
    expect(read("٢٠٠٨-٠٦-٠٨")).toBe("2008-06-08");
    expect(read("٢٠٠٨")).toBe("2008");
    expect(normalizeSpelling("٢٠٠٨/٦/٨")).toEqual({ ok: true, edtf: "2008-06-08", warning: { code: "date-reinterpreted", detail: "8 June 2008" } });
    expect(normalizeSpelling("٨/٦/٢٠٠٨")).toEqual({ ok: false, code: "date-ambiguous", detail: "8 June 2008 or 6 August 2008", readings: ["2008-06-08", "2008-08-06"], option: "dateFormat" });
  });

  it("refuses a year that may be Solar Hijri or Hijri as much as Gregorian, naming each reading", () => {
    const readings = "18 March 1387, 7 June 2008 (18 Khordad 1387, Solar Hijri) or 26 June 1967 (18 Rabiʻ I 1387, Hijri)";
    // Each reading in EDTF too, as the Gregorian day it is (the calendars' years as their days).
    const days = ["1387-03-18", "2008-06-07", "1967-06-26"];
    expect(normalizeSpelling("۱۳۸۷/۰۳/۱۸")).toEqual({ ok: false, code: "date-ambiguous", detail: readings, readings: days });
    expect(normalizeSpelling("1387/03/18")).toEqual({ ok: false, code: "date-ambiguous", detail: readings, readings: days });
    const year = "the year 1387 of the Gregorian, the Solar Hijri or the Hijri calendar";
    expect(normalizeSpelling("۱۳۸۷")).toEqual({ ok: false, code: "date-ambiguous", detail: year, readings: ["1387", "2008-03-20/2009-03-20", "1967-04-11/1968-03-29"] });
    // A range of such years is no one of them: said, with no reading to write instead.
    expect(normalizeSpelling("۱۳۵۹–۱۳۶۷")).toEqual({ ok: false, code: "date-ambiguous", detail: "the year 1359 of the Gregorian, the Solar Hijri or the Hijri calendar" });
    // Past 1420 only the Hijri reading is near; past 1470 neither (Columbus's landing, as a sheet writes it).
    expect(normalizeSpelling("1450/03/18")).toMatchObject({ ok: false, code: "date-ambiguous" });
    expect(JSON.stringify(normalizeSpelling("1450/03/18"))).not.toContain("Solar Hijri");
    expect(normalizeSpelling("1492/10/12")).toEqual({ ok: true, edtf: "1492-10-12", warning: { code: "date-reinterpreted", detail: "12 October 1492" } });
    expect(read("۱۳۵۹–۱۳۶۷")).toBe("date-ambiguous");
    // Where no other calendar has the day, the Gregorian reading stands, said as ever.
    expect(normalizeSpelling("1387/12/31")).toEqual({ ok: true, edtf: "1387-12-31", warning: { code: "date-reinterpreted", detail: "31 December 1387" } });
    // ISO's form is EDTF, and EDTF is Gregorian; so are ASCII years alone.
    expect(read("1387-03-18")).toBe("1387-03-18");
    expect(read("1387")).toBe("1387");
    const { diagnostics } = loadTimeline({ events: [{ title: "Visit", start: "1387/03/18" }] });
    expect(diagnostics[0]?.message).toMatch(/Write it as YYYY-MM-DD \(Gregorian\), or with its month's name/);
  });
});

describe("ranges in other languages", () => {
  it("reads a range of days in one month, and of months in one year", () => {
    const ranges: [string, string, string][] = [
      ["7.–9. Juni 2008", "2008-06-07", "2008-06-09"],
      ["7–9 de junio de 2008", "2008-06-07", "2008-06-09"],
      ["7–9 juin 2008", "2008-06-07", "2008-06-09"],
      ["Juni–Juli 2008", "2008-06", "2008-07"],
    ];
    const { timeline, diagnostics } = loadTimeline({ events: ranges.map(([start]) => ({ title: start, start })) });
    expect(diagnostics).toEqual([]);
    for (const [text, start, end] of ranges) {
      const event = timeline.events.find((e) => e.title === text);
      expect([event?.start.edtf, event?.end?.edtf], text).toEqual([start, end]);
    }
  });
});
