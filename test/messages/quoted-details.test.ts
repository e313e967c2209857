// What else from the input a diagnostic's message names (`Diagnostic.detail`: the start an end
// comes before, the field a misspelt one meant, a loop of relays, the fields a citation gives
// otherwise, the words of a drafted date) reaches every language's sentence, where the English
// detail alone had it. On real files nobody here wrote where they give such diagnostics:
// TimelineJS3's compiled examples (test/fixtures/timelinejs3/ORIGIN.md), the Guardian's items
// (test/fixtures/feeds/ORIGIN.md) and the seed's article (test/fixtures/draft/README.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from "../../src/diagnostics.js";
import { draftTimeline } from "../../src/draft/draft.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { languageOf } from "../../src/options/language.js";
import { sentence } from "../../studio/src/problem-rows.js";
import { languageOf as studioLanguage } from "../../studio/src/words.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const LANGUAGES = ["fr", "de", "es", "ar", "fa", "he", "tr", "ckb"] as const;
const QUOTED: readonly DiagnosticCode[] = ["text-encoding", "end-before-start", "unknown-field", "via-cycle", "citation-differs", "account-differs", "draft-unanchored-date", "draft-date-from-context"];
// What a sentence shows of a detail: text-encoding's "utf-16" says which encoding the text was.
const shown = (d: Diagnostic) => (d.code === "text-encoding" ? "UTF-16" : d.detail!);
const ok = { title: "Visit", start: "2008-06-07" };

const loads: Diagnostic[][] = [
  loadTimeline(fixture("timelinejs3/compiled-science.json")).diagnostics,
  loadTimeline(fixture("timelinejs3/compiled-cosmological.json")).diagnostics,
  loadTimeline(fixture("feeds/guardian-items.json")).diagnostics,
  draftTimeline(fixture("draft/tehran-visit-2008.txt"), { published: "2008-06-09" }).diagnostics,
  draftTimeline("He left two days later.", { published: "2008-06-09" }).diagnostics,
  loadTimeline({ events: [{ title: "Backwards", start: "1988", end: "1980" }, { ...ok, strat: "2008" }] }).diagnostics,
  loadTimeline({ sources: [{ id: "a", publisher: "A", via: "b" }, { id: "b", publisher: "B", via: "a" }], events: [ok] }).diagnostics,
  loadTimeline({ sources: [{ id: "nyt", publisher: "NYT", quote: "A" }], events: [{ ...ok, sources: [{ id: "nyt", publisher: "NYT", quote: "B" }] }] }).diagnostics,
  loadTimeline("ID,Title,Date,Source,Group\nmeet,Meeting,2008-06-08,IRNA,visit\nmeet,Meeting,2008-06-09,NYT,pact\n").diagnostics,
  // Excel's "Unicode Text" (UTF-16) read as UTF-8 by a page that fetched it as text.
  loadTimeline(fixture("encodings/chardet-utf16le")).diagnostics,
];
const all = loads.flat();

describe("what else a diagnostic names from the input", () => {
  it("is kept for each code whose message quotes the input, and for no other", () => {
    const found = new Set(all.filter((d) => d.detail !== undefined).map((d) => d.code));
    expect([...found].sort()).toEqual([...QUOTED].sort());
    for (const d of all) {
      if (d.detail === undefined) continue;
      expect(QUOTED).toContain(d.code);
      // It is what the English message quotes, as written.
      expect(d.message, d.code).toContain(shown(d));
    }
    expect(all.filter((d) => !QUOTED.includes(d.code)).every((d) => d.detail === undefined)).toBe(true);
  });

  it("is named by every language's sentence, in the embed's list and the workbench", () => {
    const quoted = all.filter((d) => d.detail !== undefined);
    expect(quoted.length).toBeGreaterThan(10);
    for (const lang of LANGUAGES) {
      const words = languageOf({ locale: lang }).messages;
      const studio = studioLanguage(lang);
      for (const d of quoted) {
        const line = diagnosticLine(d, words);
        expect(line, `${lang} ${d.code}`).toContain(shown(d));
        expect(line).not.toMatch(/undefined|NaN/);
        expect(sentence(d, studio), `${lang} ${d.code}`).toContain(shown(d));
      }
    }
  });

  it("leaves a sentence as it was where a diagnostic names nothing more (property, every code, every language)", () => {
    const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...LANGUAGES), fc.string({ minLength: 1, maxLength: 12 }), (code, lang, value) => {
        const table = languageOf({ locale: lang }).messages.diagnostics;
        const plain = table[code]({ value, field: "start" });
        expect(plain).not.toMatch(/undefined/);
        if (!QUOTED.includes(code)) expect(table[code]({ value, field: "start", detail: "zz-detail" })).toBe(plain);
        else if (code !== "text-encoding") expect(table[code]({ value, field: "start", detail: "zz-detail" })).toContain("zz-detail");
      }),
      { numRuns: 400 },
    );
  });
});
