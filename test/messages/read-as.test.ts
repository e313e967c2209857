// A date read otherwise than written says what it was read as, in EDTF (`Diagnostic.readAs`), so
// that every language's sentence, and the workbench's fix, can name it: the English detail says it
// in words the translations cannot reuse. Real inputs nobody here wrote: the numbers apps hand over
// (test/fixtures/numbers/ORIGIN.md) and the sheets as Excel and Google Sheets write them
// (test/fixtures/sheets/ORIGIN.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Diagnostic } from "../../src/diagnostics.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { languageOf } from "../../src/options/language.js";
import type { Timeline } from "../../src/types.js";
import { problemRows } from "../../studio/src/problem-rows.js";
import { languageOf as studioLanguage } from "../../studio/src/words.js";

const text = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const numbers = <T>(name: string): T[] => JSON.parse(text(`numbers/${name}`)) as T[];
const HN = numbers<{ time: number }>("hacker-news-items.json");
const SERIALS = numbers<{ number: number }>("excel-serials.json");
const LANGUAGES = ["fr", "de", "es", "ar", "fa", "he", "tr", "ckb"] as const;
const READ_AS = new Set<Diagnostic["code"]>(["date-reinterpreted", "date-object-mismatch"]);

// Every load here, with the diagnostics that say a date was read otherwise.
function inputs(): { timeline: Timeline; said: Diagnostic[] }[] {
  const loads = [
    loadTimeline({ events: HN.map((item, i) => ({ title: `item ${i}`, start: item.time })) }),
    loadTimeline({ events: SERIALS.map((s, i) => ({ title: `serial ${i}`, start: s.number })) }),
    loadTimeline(text("sheets/excel-europe.csv")),
    loadTimeline(text("sheets/google-sheets.tsv")),
    loadTimeline({ events: [{ title: "Bounds that disagree", start: { edtf: "2008-06", earliest: 0, latest: 1 } }, { title: "A year as a number", start: 1980 }, { title: "Spelled", start: "June 8th, '08", end: "June 10th, '08" }] }),
  ];
  return loads.map(({ timeline, diagnostics }) => ({ timeline, said: diagnostics.filter((d) => READ_AS.has(d.code)) }));
}

// The date an event's field holds, as EDTF: what `readAs` must name.
function edtfOf(timeline: Timeline, d: Diagnostic): string {
  const event = timeline.events.find((e) => e.index === d.index)!;
  const field = /end/i.test(d.field ?? "") ? event.end! : event.start;
  return field.edtf;
}

describe("a date read otherwise than written", () => {
  const loads = inputs();
  const all = loads.flatMap((l) => l.said);

  it("says what it was read as, which is the date the event holds", () => {
    expect(all.length).toBeGreaterThan(HN.length);
    for (const { timeline, said } of loads) {
      for (const d of said) expect(d.readAs, d.message).toBe(edtfOf(timeline, d));
    }
  });

  it("reads what it names back as the same date, without a word: the normal form", () => {
    for (const d of all) {
      const again = loadTimeline({ events: [{ title: "again", start: d.readAs }] });
      expect(again.diagnostics, d.readAs).toEqual([]);
      expect(again.timeline.events[0]!.start.edtf).toBe(d.readAs);
    }
  });

  it("names it in every language's sentence and in the workbench's fix", () => {
    for (const lang of LANGUAGES) {
      const words = languageOf({ locale: lang }).messages;
      for (const d of all) {
        const line = diagnosticLine(d, words);
        expect(line, `${lang} ${d.code}`).toContain(d.readAs!);
        expect(line).not.toMatch(/undefined/);
      }
      const fixes = problemRows(all.filter((d) => d.code === "date-reinterpreted"), undefined, studioLanguage(lang)).map((r) => r.fix);
      for (const [i, fix] of fixes.entries()) expect(fix, lang).toContain(all.filter((d) => d.code === "date-reinterpreted")[i]!.readAs!);
    }
  });

  it("holds for any number read as a year or as milliseconds (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 1, max: 8.64e15 })), (n) => {
        const { timeline, diagnostics } = loadTimeline({ events: [{ title: "n", start: n }] });
        for (const d of diagnostics.filter((x) => READ_AS.has(x.code))) {
          expect(d.readAs).toBe(timeline.events[0]!.start.edtf);
          const line = diagnosticLine(d, languageOf({ locale: "fr" }).messages);
          expect(line).toContain(`«\u00a0${d.readAs}\u00a0»`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the sentence it had where a diagnostic names nothing (one made by hand)", () => {
    const fr = languageOf({ locale: "fr" }).messages.diagnostics;
    expect(fr["date-reinterpreted"]({ value: "476" })).toBe("«\u00a0476\u00a0» a été lu d’une autre façon que prévu. Écrivez-le en EDTF (par exemple AAAA-MM-JJ) pour en être sûr.");
    expect(fr["date-reinterpreted"]({ value: "1980", readAs: "1980" })).toBe("«\u00a01980\u00a0» a été lu comme «\u00a01980\u00a0» (EDTF). Si ce n’est pas la date voulue, écrivez-la en EDTF (par exemple AAAA-MM-JJ).");
  });
});
