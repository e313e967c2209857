// Spans with one end in words, as news copy, Wikipedia, CVs and profile exports write them: an end
// still going on ("2003–present", "since 2003", "Present" in an end field: EDTF's open end), a
// start not said ("until 2008": EDTF's unknown start), and an end left empty ("2003–": refused,
// naming both readings). Each was refused before as "not a date", with no reason.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { day, iso, inWords } from "./any-day.js";
import { loadTimeline } from "../../src/load.js";
import { renderToString } from "../../src/write/html.js";
import { mayNeedSpelling } from "../../src/browser/date-spelling.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { languageOf } from "../../src/options/language.js";

function read(start: string, end?: string): { edtf?: string; end?: string; codes: string[]; reason?: string; readings?: readonly string[] } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start, ...(end === undefined ? {} : { end }) }] });
  const event = timeline.events[0];
  const said = diagnostics.find((d) => d.reason !== undefined || d.readings !== undefined);
  return {
    ...(event ? { edtf: event.start.edtf, ...(event.end ? { end: event.end.edtf } : {}) } : {}),
    codes: diagnostics.map((d) => d.code),
    ...(said?.reason ? { reason: said.reason } : {}),
    ...(said?.readings ? { readings: said.readings } : {}),
  };
}

describe("a span still going on", () => {
  it.each<[string, string]>([
    ["2003–present", "2003"],
    ["2003-present", "2003"],
    ["2003 - Present", "2003"],
    ["2003 – the present", "2003"],
    ["2003 to present", "2003"],
    ["2003 to date", "2003"],
    ["2003 until today", "2003"],
    ["June 2008 – now", "2008-06"],
    ["7 June 2008–ongoing", "2008-06-07"],
    ["since 2003", "2003"],
    ["Since June 7, 2008", "2008-06-07"],
    ["ever since 1980", "1980"],
    ["2003 onwards", "2003"],
    ["from 2003 onwards", "2003"],
    ["c. 1900–present", "1900~"],
    ["from 2003 to present", "2003"],
    ["from June 2008 to the present", "2008-06"],
    // Wikipedia in the languages citeline's interface speaks, as it dates an office still held.
    ["2003–heute", "2003"],
    ["seit 7. Juni 2008", "2008-06-07"],
    ["depuis juin 2008", "2008-06"],
    ["2003 à aujourd’hui", "2003"],
    ["desde 2003", "2003"],
    ["2003–actualidad", "2003"],
    ["dal 2003", "2003"],
    ["2003–oggi", "2003"],
    ["sinds 2003", "2003"],
    ["2003–heden", "2003"],
    ["2003–presente", "2003"],
    ["von 2003 bis heute", "2003"],
    ["de 2003 à aujourd’hui", "2003"],
    ["desde 2003 hasta hoy", "2003"],
    ["de 2003 a la actualidad", "2003"],
    ["dal 2003 a oggi", "2003"],
    ["van 2003 tot heden", "2003"],
    ["vanaf 2003", "2003"],
    ["de 2003 até hoje", "2003"],
    ["2003 bis heute", "2003"],
    ["2003 to date", "2003"],
    // Turkish, Russian, Ukrainian, Arabic, Persian and Hebrew, as their Wikipedias write an office still held.
    ["2003–günümüz", "2003"],
    ["2003'ten beri", "2003"],
    ["Haziran 2008'den bu yana", "2008-06"],
    ["с 2003 года", "2003"],
    ["с 7 мая 2012 года", "2012-05-07"],
    ["2003 — н. в.", "2003"],
    ["с 2003 по настоящее время", "2003"],
    ["з 2003 року", "2003"],
    ["منذ 2003", "2003"],
    ["منذ عام 2003", "2003"],
    ["2003 - الآن", "2003"],
    ["من 2003 حتى الآن", "2003"],
    ["از سال ۲۰۰۳", "2003"],
    ["۲۰۰۳–اکنون", "2003"],
    ["از ۲۰۰۳ تاکنون", "2003"],
    ["מאז 2003", "2003"],
    ["2003–היום", "2003"],
    ["2003 עד היום", "2003"],
    ["מ-2003 עד היום", "2003"],
    ["ab Juni 2008", "2008-06"],
  ])("%s", (text, start) => {
    expect(read(text)).toEqual({ edtf: start, end: "..", codes: [] });
  });

  it("reads the present in an end field as EDTF's open end", () => {
    for (const end of ["present", "Present", "PRESENT", "the present", "now", "today", "ongoing", "current", "heute", "aujourd'hui", "presente", "actualidad"]) {
      expect(read("Feb 2014", end)).toEqual({ edtf: "2014-02", end: "..", codes: [] });
    }
  });

  it("reads an office still held, as a sheet of office-holders ends one, as EDTF's open end", () => {
    for (const end of ["Still in office", "in office", "incumbent", "Incumbent", "still serving", "im Amt", "amtierend", "en fonction", "en poste", "en el cargo", "en funciones", "in carica", "no cargo", "em funções"]) {
      expect(read("2017-01-20", end), end).toEqual({ edtf: "2017-01-20", end: "..", codes: [] });
    }
    expect(read("2003 – incumbent")).toEqual({ edtf: "2003", end: "..", codes: [] });
    // Words that only hold one of them are no present: refused as no date.
    for (const end of ["office", "still", "in"]) expect(read("2003", end).codes, end).toEqual(["date-invalid"]);
  });

  it("reads any day, in words or EDTF, followed by the present, since it, or onwards", () => {
    fc.assert(
      fc.property(day, fc.constantFrom((d: string) => `${d}–present`, (d: string) => `since ${d}`, (d: string) => `${d} onwards`, (d: string) => `${d} to date`), (d, shape) => {
        expect(read(shape(inWords(d)))).toEqual({ edtf: iso(d), end: "..", codes: [] });
        expect(read(shape(iso(d)))).toEqual({ edtf: iso(d), end: "..", codes: [] });
      }),
    );
  });
});

describe("a span whose start is not said", () => {
  it.each<[string, string]>([
    ["until 2008", "2008"],
    ["till June 2008", "2008-06"],
    ["up to 7 June 2008", "2008-06-07"],
    ["up until 1988", "1988"],
  ])("%s", (text, end) => {
    expect(read(text)).toEqual({ edtf: "", end, codes: [] });
  });

  it("reads any day after until", () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(read(`until ${inWords(d)}`)).toEqual({ edtf: "", end: iso(d), codes: [] });
      }),
    );
  });
});

describe("what is refused, saying why", () => {
  it("refuses an end left empty, naming both readings", () => {
    expect(read("2003–")).toEqual({ codes: ["date-ambiguous"], readings: ["2003/..", "2003/"] });
    expect(read("June 2008 -")).toEqual({ codes: ["date-ambiguous"], readings: ["2008-06/..", "2008-06/"] });
    fc.assert(
      fc.property(day, (d) => {
        expect(read(`${inWords(d)} –`)).toEqual({ codes: ["date-ambiguous"], readings: [`${iso(d)}/..`, `${iso(d)}/`] });
      }),
    );
  });

  it("says both readings in English and, by their EDTF, in every language", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "2003–" }] });
    expect(diagnostics[0]?.message).toBe('"2003–" is ambiguous: it could be a span from 2003 still going on (2003/..) or one whose end is not said (2003/). Write the one you mean.');
    expect(diagnosticLine(diagnostics[0]!, languageOf({ locale: "fr" }).messages)).toContain("2003/..");
  });

  it("refuses the present as a start, with its reason, and draws the other events", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "a", start: "present", end: "2010" }, { title: "b", start: "2008" }, { title: "c", start: "today" }] });
    expect(timeline.events.map((e) => e.title)).toEqual(["b"]);
    expect(diagnostics.map((d) => [d.code, d.index, d.field, d.reason])).toEqual([
      ["date-invalid", 0, "start", "present-ends"],
      ["date-invalid", 2, "start", "present-ends"],
    ]);
    expect(diagnostics[0]?.message).toContain("The present can end a span, not start one");
    expect(diagnosticLine(diagnostics[0]!, languageOf({ locale: "de" }).messages)).toContain("Die Gegenwart kann eine Spanne beenden");
  });

  it("keeps EDTF's own open start", () => {
    expect(read("..", "2010")).toEqual({ edtf: "..", end: "2010", codes: [] });
    expect(read("../2010")).toEqual({ edtf: "..", end: "2010", codes: [] });
  });

  it("refuses an end that is itself a span, and an ambiguous one with its readings as the span", () => {
    expect(read("1980–1988 to present")).toEqual({ codes: ["date-invalid"] });
    expect(read("03/04/2008 – present")).toEqual({ codes: ["date-ambiguous"], readings: ["2008-04-03/..", "2008-03-04/.."] });
  });

  it("leaves the words of other dates alone", () => {
    expect(read("June 7-9, 2008")).toEqual({ edtf: "2008-06-07", end: "2008-06-09", codes: [] });
    expect(read("1980 until 1988")).toEqual({ edtf: "1980", end: "1988", codes: [] });
    expect(read("7. bis 9. Juni 2008").codes).not.toContain("date-ambiguous");
  });
});

describe("a profile export's dates (test/fixtures/published/profile-dates.json)", () => {
  const profile = JSON.parse(readFileSync(new URL("../fixtures/published/profile-dates.json", import.meta.url), "utf8")) as {
    experience: { title: string; company: string; date_range: { start_date: string; end_date: string } }[];
    education: { school: string; date_range: { start_date: string; end_date: string } }[];
  };
  const events = [
    ...profile.experience.map((job) => ({ title: `${job.title}, ${job.company}`, start: job.date_range.start_date, end: job.date_range.end_date })),
    ...profile.education.map((school) => ({ title: school.school, start: school.date_range.start_date, end: school.date_range.end_date })),
  ];

  it("reads every job, the one still held running on", () => {
    const { timeline, diagnostics } = loadTimeline({ events });
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => `${e.start.edtf}/${e.end?.edtf ?? ""}`).sort()).toEqual(["1995/1997", "2011-01/2014-02", "2014-02/.."]);
  });

  it("gives back what it read when saved and loaded again", () => {
    const first = loadTimeline({ events }).timeline;
    const again = loadTimeline(JSON.parse(JSON.stringify(first)) as unknown).timeline;
    expect(again.events.map((e) => [e.start.edtf, e.end?.edtf, e.end?.bound])).toEqual(first.events.map((e) => [e.start.edtf, e.end?.edtf, e.end?.bound]));
  });

  it("draws the job still held to the edge of the chart, and says it in words", () => {
    const svg = renderToString(loadTimeline({ events }).timeline, { width: 800, height: 400 });
    expect(svg).toContain("Chairman and Chief Executive Officer, Microsoft");
    expect(svg).toMatch(/from February 2014/);
  });

  it("needs the readers of words in a browser, which load on demand", () => {
    expect(mayNeedSpelling(["Present"])).toBe(true);
    expect(mayNeedSpelling(["2014-02/.."])).toBe(false);
  });
});
