// A date refused as ambiguous names each way it could be read in EDTF (`Diagnostic.readings`), and
// a date refused that may name one date names it, so that every language's sentence, and the
// workbench's fix, can name them: the English detail says them in words the translations cannot
// reuse, and the workbench worked out the day/month ones again from the value, and no other kind.
// Real inputs nobody here wrote: the sheets as Excel and Google Sheets write them
// (test/fixtures/sheets/ORIGIN.md) and the day numbers people reported their date cells turned
// into (test/fixtures/numbers/ORIGIN.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Diagnostic } from "../../src/diagnostics.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import { readSheet } from "../../src/parse/csv.js";
import { languageOf } from "../../src/options/language.js";
import { problemRows } from "../../studio/src/problem-rows.js";
import { languageOf as studioLanguage } from "../../studio/src/words.js";

const text = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const LANGUAGES = ["en", "fr", "de", "es", "ar", "fa", "he", "tr", "ckb"] as const;
const TRANSLATED = LANGUAGES.filter((l) => l !== "en");

// Each kind of ambiguity the readers refuse, as a sheet's cells would write it.
const KINDS = [
  "03/04/2008", // day and month either way
  "08.06.2008 14:30", // the same, with a time
  "7/6/2008 12:00:00 AM", // a sheet's midnight: the day alone
  "c. 7/6/2008", // qualified
  "6/1/2008-7/3/2008", // a range whose ends read either way
  "7.6.2008 – 1 August 2009", // a range with one such end
  "2008/09", // a month or a school year
  "1900s", // a decade or a century
  "1387/03/18", // a day of three calendars
  "۱۳۸۷", // a year of three calendars
];

function ambiguous(input: string | { events: unknown[] }): Diagnostic[] {
  return loadTimeline(input).diagnostics.filter((d) => d.code === "date-ambiguous");
}

// Each date cell of the real sheets read alone: in the whole of excel-europe.csv, "17.11.2008"
// shows the sheet writes the day first, and its other dates are read so (test/model/date-order.test.ts).
function cellsAlone(path: string): Diagnostic[] {
  const { rows } = readSheet(text(path));
  return rows.flatMap((row) => [row.Date ?? "", row["End date"] ?? ""].filter((cell) => cell !== "")).flatMap((start) => ambiguous({ events: [{ title: "cell", start }] }));
}

const SHEETS = [...cellsAlone("sheets/excel-europe.csv"), ...cellsAlone("sheets/google-sheets.csv")];
const MADE = ambiguous({ events: KINDS.map((start, i) => ({ title: `kind ${i}`, start })) });

describe("a date refused as ambiguous", () => {
  it("names its readings in real sheets, as many as the sentence says", () => {
    expect(SHEETS.length).toBe(6);
    expect(SHEETS.map((d) => [d.value, d.readings])).toEqual([
      ["07.06.2008", ["2008-06-07", "2008-07-06"]],
      ["09.06.2008", ["2008-06-09", "2008-09-06"]],
      ["07.06.2008", ["2008-06-07", "2008-07-06"]],
      ["08.06.2008 14:30", ["2008-06-08T14:30", "2008-08-06T14:30"]],
      ["11.07.2008", ["2008-07-11", "2008-11-07"]],
      ["7/6/2008", ["2008-06-07", "2008-07-06"]],
    ]);
    expect(MADE.length).toBe(KINDS.length);
    for (const d of MADE) expect(d.readings?.length, d.value).toBeGreaterThan(1);
  });

  it("names readings that load as written, without a word: the normal form", () => {
    for (const d of [...SHEETS, ...MADE]) {
      for (const reading of d.readings ?? []) {
        const again = loadTimeline({ events: [{ title: "again", start: reading }] });
        expect(again.diagnostics, reading).toEqual([]);
        expect(again.timeline.events[0]!.start.edtf + (again.timeline.events[0]!.end ? `/${again.timeline.events[0]!.end.edtf}` : "")).toBe(reading);
      }
    }
  });

  it("names every reading in every language's sentence and in the workbench's fix", () => {
    const all = [...SHEETS, ...MADE];
    for (const lang of TRANSLATED) {
      const words = languageOf({ locale: lang }).messages;
      for (const d of all) {
        const line = diagnosticLine(d, words);
        for (const reading of d.readings!) expect(line, `${lang} ${d.value}`).toContain(reading);
        expect(line).not.toMatch(/undefined/);
      }
    }
    for (const lang of LANGUAGES) {
      const rows = problemRows(all, undefined, studioLanguage(lang));
      for (const [i, d] of all.entries()) for (const reading of d.readings!) expect(rows[i]!.fix, `${lang} ${d.value}`).toContain(reading);
    }
  });

  it("names none where writing one would lose part of the cell, and says the sentence it had", () => {
    // A day with no year; a part of a decade or century; a range of calendars' years; a time that is none.
    const none = ambiguous({ events: ["12/31", "early 1900s", "۱۳۵۹–۱۳۶۷", "7/6/2008 25:00"].map((start) => ({ title: "x", start })) });
    expect(none.map((d) => d.readings)).toEqual([undefined, undefined, undefined, undefined]);
    const fr = languageOf({ locale: "fr" }).messages.diagnostics;
    expect(fr["date-ambiguous"](none[0]!)).toBe("«\u00a012/31\u00a0» est ambigu. Écrivez la date au format AAAA-MM-JJ.");
    expect(fr["date-ambiguous"](SHEETS[0]!)).toBe("«\u00a007.06.2008\u00a0» est ambigu\u202f: il peut se lire 2008-06-07 ou 2008-07-06 (EDTF). Écrivez celle de ces dates que vous voulez dire. Ou indiquez l’ordre de la feuille avec date-format (dateFormat)\u202f: DMY (le jour d’abord) ou MDY (le mois d’abord).");
  });

  it("keeps each reading in its own direction in a right-to-left sentence", () => {
    for (const lang of ["ar", "fa", "he", "ckb"]) {
      const line = diagnosticLine(SHEETS[0]!, languageOf({ locale: lang }).messages);
      for (const reading of SHEETS[0]!.readings!) expect(line, lang).toContain(`\u2066${reading}\u2069`);
    }
  });

  it("reads a day and month either way as exactly those two days, and each reading as its day (property)", () => {
    const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom("/", ".", "-"), (y, a, b, sep) => {
        fc.pre(a !== b);
        const r = readDate(`${a}${sep}${b}${sep}${y}`);
        expect(r).toMatchObject({ ok: false, code: "date-ambiguous", readings: [iso(y, b, a), iso(y, a, b)] });
        if (r.ok) return;
        const days: [number, number][] = [[b, a], [a, b]];
        r.readings!.forEach((reading, i) => {
          const [m, d] = days[i]!;
          const day = readDate(reading);
          expect(day.ok && day.date.earliest).toBe(Date.UTC(y, m - 1, d));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("a date refused that may name one date", () => {
  const serials = (JSON.parse(text("numbers/excel-serials.json")) as { number: number; meant: string }[]).filter((s) => Number.isInteger(s.number));
  const sheet = `Title,Date\n${serials.map((s, i) => `serial ${i},${s.number}`).join("\n")}\n`;
  const refused = (input: string | { events: unknown[] }, dateFormat?: "DMY" | "MDY") => loadTimeline(input, dateFormat ? { dateFormat } : {}).diagnostics.filter((d) => d.code === "date-invalid");
  const cells = refused({ events: ["2008-160", "20080608", "1175714200"].map((start) => ({ title: "x", start })) });
  const order = refused("Title,Date\nx,25/03/2008\n", "MDY");
  const all = [...refused(sheet), ...cells, ...order];

  it("names it: an Excel day number as the day people said the cell held, an ordinal day, YYYYMMDD, Unix seconds, the other order", () => {
    expect(refused(sheet).map((d) => d.readings)).toEqual(serials.map((s) => [s.meant]));
    expect(cells.map((d) => d.readings)).toEqual([["2008-06-08"], ["2008-06-08"], ["2007-04-04T19:16:40.000Z"]]);
    expect(order.map((d) => d.readings)).toEqual([["2008-03-25"]]);
  });

  it("names a date that loads as written, in every language's sentence and in the workbench's fix", () => {
    for (const d of all) {
      const again = loadTimeline({ events: [{ title: "again", start: d.readings![0] }] });
      expect(again.diagnostics, d.readings![0]).toEqual([]);
      expect(again.timeline.events[0]!.start.edtf).toBe(d.readings![0]);
    }
    for (const lang of TRANSLATED) {
      for (const d of all) expect(diagnosticLine(d, languageOf({ locale: lang }).messages), lang).toContain(d.readings![0]);
    }
    for (const lang of LANGUAGES) {
      const rows = problemRows(all, undefined, studioLanguage(lang));
      for (const [i, d] of all.entries()) expect(rows[i]!.fix, lang).toContain(d.readings![0]);
    }
  });

  it("says the sentence it had where it names none", () => {
    const [none] = refused({ events: [{ title: "x", start: "yesterday" }] });
    expect(none?.readings).toBeUndefined();
    expect(languageOf({ locale: "de" }).messages.diagnostics["date-invalid"](none!)).toBe("„yesterday“ ist kein Datum, das citeline lesen kann. Schreiben Sie Daten als EDTF, z. B. 2008-06-08, 2008-06, 1980, 2008-22 (Sommer), 2008-06~ (ungefähr).");
    expect(problemRows([none!], undefined, studioLanguage("en"))[0]!.fix).toBe("Write the date as YYYY-MM-DD (2008-06-07), YYYY-MM or YYYY; add ~ when it is approximate, ? when uncertain.");
  });
});

describe("a date read one way that may mean another", () => {
  // A sheet's "2021-22" (a football season, to its writer; summer 2021, to EDTF) and a season in
  // Spanish or Portuguese (read as the north's; Argentina's and Brazil's are the south's). Before,
  // the other languages said only "read as 2021-22", and the workbench offered the cell's own text.
  const read = loadTimeline({ events: ["2021-22", "verano de 2008", "o inverno de 2009"].map((start, i) => ({ id: `e${i}`, title: "x", start })) });
  const warned = read.diagnostics.filter((d) => d.code === "date-reinterpreted");

  it("names the one read first and the others, each loading as written", () => {
    expect(new Map(read.timeline.events.map((e) => [e.id, e.start.edtf]))).toEqual(new Map([["e0", "2021-22"], ["e1", "2008-22"], ["e2", "2009-24"]]));
    expect(warned.map((d) => [d.value, d.readAs, d.readings])).toEqual([
      ["2021-22", "2021-22", ["2021-22", "2021/2022"]],
      ["verano de 2008", "2008-22", ["2008-22", "2008-30"]],
      ["o inverno de 2009", "2009-24", ["2009-24", "2009-32"]],
    ]);
    for (const d of warned) {
      for (const reading of d.readings!) {
        const again = loadTimeline({ events: [{ title: "again", start: reading }] });
        const e = again.timeline.events[0]!;
        expect(e.start.edtf + (e.end ? `/${e.end.edtf}` : ""), reading).toBe(reading);
        // "2021-22" is said again, being what it is; the others load without a word.
        if (reading !== "2021-22") expect(again.diagnostics, reading).toEqual([]);
      }
    }
  });

  it("names every reading in every language's sentence, and offers them all as the workbench's fix", () => {
    for (const lang of TRANSLATED) {
      for (const d of warned) {
        const line = diagnosticLine(d, languageOf({ locale: lang }).messages);
        for (const reading of d.readings!) expect(line, `${lang} ${d.value}`).toContain(reading);
      }
    }
    for (const lang of LANGUAGES) {
      const rows = problemRows(warned, undefined, studioLanguage(lang));
      for (const [i, d] of warned.entries()) for (const reading of d.readings!) expect(rows[i]!.fix, `${lang} ${d.value}`).toContain(reading);
    }
    expect(problemRows(warned, undefined, studioLanguage("en")).map((r) => r.fix)).toEqual([
      "Write 2021-22 or 2021/2022, whichever you mean.",
      "Write 2008-22 or 2008-30, whichever you mean.",
      "Write 2009-24 or 2009-32, whichever you mean.",
    ]);
    expect(languageOf({ locale: "fr" }).messages.diagnostics["date-reinterpreted"](warned[0]!)).toBe("«\u00a02021-22\u00a0» a été lu comme «\u00a02021-22\u00a0» (EDTF)\u202f; il peut aussi se lire 2021/2022. Écrivez celle de ces dates que vous voulez dire.");
  });

  it("keeps the sentence it had for a date read one way only", () => {
    const [numeric] = loadTimeline("Title,Date\nA,13/6/2008\n").diagnostics;
    expect(numeric).toMatchObject({ code: "date-reinterpreted", readAs: "2008-06-13" });
    expect(numeric?.readings).toBeUndefined();
    expect(languageOf({ locale: "de" }).messages.diagnostics["date-reinterpreted"](numeric!)).toBe("„13/6/2008“ wurde als „2008-06-13“ (EDTF) gelesen. Ist das nicht das gemeinte Datum, schreiben Sie es als EDTF (z. B. JJJJ-MM-TT).");
    expect(problemRows([numeric!], undefined, studioLanguage("en"))[0]!.fix).toBe("Write 2008-06-13 if that is the date you mean, else the date you mean as YYYY-MM-DD.");
  });
});
