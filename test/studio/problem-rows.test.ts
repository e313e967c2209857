// The problems table's rows (studio/src/problem-rows.ts) and the workbench's words in every
// language (src/messages/studio.ts and its translations).
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/diagnostics.js";
import { loadTimeline } from "../../src/load.js";
import { studioEn } from "../../src/messages/studio.js";
import { problemRows } from "../../studio/src/problem-rows.js";
import { readData, type Sheet } from "../../studio/src/sheet.js";
import { LANGUAGE_KEYS, languageOf, pickLanguage } from "../../studio/src/words.js";

const BROKEN = "\uFEFFTitle;Start date;Source;Notes\nVisit begins;2008-06-07;IRNA;ok\n;2008-06-08;IRNA;\nTalks;7/6/2008;;check\n";
// Words a language writes as English does: German "Downloads", Spanish "Error".
const SAME_IN_ENGLISH = new Set(["Downloads", "Error"]);
const load = (text: string) => ({ sheet: readData(text) as Sheet, diagnostics: loadTimeline(text, { requireSources: true }).diagnostics });

describe("problemRows", () => {
  it("gives each diagnostic its row as the spreadsheet numbers it, its column, the value and the fix; errors first", () => {
    const { sheet, diagnostics } = load(BROKEN);
    const rows = problemRows(diagnostics, sheet, languageOf("en"));
    expect(rows.map((r) => [r.severity, r.code, r.row, r.column, r.value])).toEqual([
      ["error", "missing-title", "3", "Title", ""],
      ["error", "date-ambiguous", "4", "Start date", "7/6/2008"],
      ["warning", "csv-separator", "Header", "", ";"],
      ["warning", "csv-unknown-column", "Header", "Notes", "Notes"],
    ]);
    expect(rows[1]!.fix).toBe("Write 2008-06-07 or 2008-07-06, whichever you mean. Or choose the sheet's order of day and month under “How the sheet writes dates”.");
    expect(rows[1]!.target).toEqual({ row: 2, column: 1 });
    expect(rows[3]!.target).toEqual({ row: -1, column: 3 });
    expect(rows[0]!.problem).toBe(diagnostics.find((d) => d.code === "missing-title")!.message);
  });

  it("says the problem in the reader's language, with the fix in it too", () => {
    const { sheet, diagnostics } = load(BROKEN);
    const [title, date] = problemRows(diagnostics, sheet, languageOf("fr"));
    expect(title!.problem).not.toBe(diagnostics[0]!.message);
    expect(date!.fix).toBe("Écrivez 2008-06-07 ou 2008-07-06, selon ce que vous voulez dire. Ou choisissez l’ordre du jour et du mois de tout le tableau sous «\u00a0Comment le tableau écrit les dates\u00a0».");
    expect(problemRows(diagnostics, sheet, languageOf("fa"))[0]!.row).toBe("۳");
  });

  it("addresses JSON by item when there is no sheet, and the whole file when there is no item", () => {
    const text = '{"events": [{"title": "A", "start": "2008-06-07"}, {"start": "2008-06-08"}]}';
    const rows = problemRows(loadTimeline(text).diagnostics, undefined, languageOf("en"));
    expect(rows.map((r) => [r.code, r.row])).toEqual([["missing-title", "Item 2"]]);
    expect(problemRows(loadTimeline("{").diagnostics, undefined, languageOf("en"))[0]!.row).toBe("Whole file");
  });

  it("names the setting for the whole sheet where it fixes a date too: its order of day and month, the hundred years of its two-digit years", () => {
    // Two sheets: the first's "5/31/17" shows its order, and "7/6/2008" in it would be read month first.
    const { sheet, diagnostics } = load("Title,Start date,Source\nA,5/31/17,IRNA\nB,28-May-15,IRNA\nC,June 8,IRNA\nD,2008/09,IRNA\nF,6/9/17,IRNA\n");
    const ambiguous = load("Title,Start date,Source\nE,7/6/2008 14:30,IRNA\n");
    // The loader says which refusals the hundred years would read (`Diagnostic.option`).
    const rowsIn = (key: string) => [...problemRows(diagnostics, sheet, languageOf(key)), ...problemRows(ambiguous.diagnostics, ambiguous.sheet, languageOf(key))];
    const fixes = Object.fromEntries(rowsIn("en").map((r) => [r.value, r.fix]));
    const century = "Or, where every date of the sheet falls in one hundred years, give the first of them under “How the sheet writes dates”.";
    const order = "Or choose the sheet's order of day and month under “How the sheet writes dates”.";
    expect(fixes["5/31/17"]).toContain(century);
    expect(fixes["28-May-15"]).toContain(century);
    // Read alone, "6/9/17" is ambiguous once its century is said: the century still fixes what was refused.
    expect(fixes["6/9/17"]).toContain(century);
    expect(fixes["7/6/2008 14:30"]).toContain(order);
    // A day with no year, and a month or two years ("2008/09"), are not the sheet's order nor its century.
    expect([fixes["June 8"], fixes["2008/09"]].map((f) => f?.includes("How the sheet writes dates"))).toEqual([false, false]);
    // Each language says both.
    for (const key of LANGUAGE_KEYS.filter((k) => k !== "en")) {
      const { words } = languageOf(key);
      const rows = rowsIn(key);
      expect(rows.find((r) => r.value === "5/31/17")?.fix, key).toContain(words.sheetWide.century);
      expect(rows.find((r) => r.value === "7/6/2008 14:30")?.fix, key).toContain(words.sheetWide.order);
      expect([words.sheetWide.order, words.sheetWide.century], key).not.toContain(order);
      expect(words.sheetWide.century, key).not.toBe(century);
    }
  });

  it("lists a missing value's marker in a date cell (R's \"NA\") as a warning on its cell, the event kept, with what to do", () => {
    const { sheet, diagnostics } = load("Title,Start date,End date,Source\nDazzle,1989-04-07,NA,NOAA\n");
    const [row] = problemRows(diagnostics, sheet, languageOf("en"));
    expect([row?.severity, row?.row, row?.column, row?.value, row?.target]).toEqual(["warning", "2", "End date", "NA", { row: 0, column: 2 }]);
    expect(row?.fix).toBe("Nothing to do if the cell is meant to be empty: it is read so. Else write what the message asks for.");
  });

  it("says of a start written but not known (\"Unknown\", \"N/A\") how to write one known only roughly, in every language; of an empty one, when it happened", () => {
    const { sheet, diagnostics } = load("Title,Start date,Source\nFight song,Unknown,NCAA\nMarch,N/A,NCAA\nAnthem,,NCAA\n");
    expect(diagnostics.map((d) => [d.code, d.value])).toEqual([["missing-start", "Unknown"], ["missing-start", "N/A"], ["missing-start", undefined]]);
    for (const key of LANGUAGE_KEYS) {
      const rows = problemRows(diagnostics, sheet, languageOf(key));
      for (const row of rows.slice(0, 2)) expect([row.fix.includes("1920~"), row.fix.includes("192X"), row.fix.includes("2008-06-07")], `${key} ${row.value}`).toEqual([true, true, false]);
      expect(rows[2]!.fix, key).toContain("2008-06-07");
    }
    expect(problemRows(diagnostics, sheet, languageOf("en"))[0]!.fix).toBe("If its date is known only roughly, write as much as is known: 1920~ (about 1920) or 192X (the 1920s). A row with no date at all is not drawn.");
  });

  it("lists an unsourced event as a warning on its row, with what to write", () => {
    const { sheet, diagnostics } = load("Title,Start date,Source\nA,2008-06-07,\nB,2008-06-08,IRNA\n");
    const rows = problemRows(diagnostics, sheet, languageOf("en"));
    expect(rows.map((r) => [r.code, r.severity, r.row])).toEqual([["unsourced", "warning", "2"]]);
    expect(rows[0]!.fix).toBe("Name who reports it in Source (and whoever relayed it in Via).");
  });
});

describe("the workbench's languages", () => {
  it("has every word in every language, translated, and a fix only for codes that exist", () => {
    const en = languageOf("en").words;
    for (const code of Object.keys(studioEn.fixes)) expect(DIAGNOSTIC_CODES, code).toHaveProperty(code);
    for (const key of LANGUAGE_KEYS.filter((k) => k !== "en")) {
      const { words, numbers } = languageOf(key);
      // Every sentence differs from English (names like "<cite-line>" aside).
      for (const [name, value] of Object.entries(words)) {
        if (typeof value === "string" && !SAME_IN_ENGLISH.has(value)) expect(value, `${key}.${name}`).not.toBe((en as unknown as Record<string, unknown>)[name]);
      }
      expect(words.problemCount(numbers, 2, 1)).not.toBe(en.problemCount(numbers, 2, 1));
      for (const [code, fix] of Object.entries(words.fixes)) {
        const text = fix({ value: "7/6/2008", choices: ["2008-06-07", "2008-07-06"] }, numbers);
        expect(text, `${key} ${code}`).not.toBe((en.fixes as Record<string, typeof fix>)[code]!({ choices: ["2008-06-07", "2008-07-06"] }, numbers));
        if (code === "date-ambiguous") expect(text, key).toContain("2008-07-06");
      }
    }
  });

  it("says how to fix a date citeline does not draw yet, in every language", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "Disco", start: "c. 1970s" }] });
    expect(diagnostics.map((d) => d.code)).toEqual(["date-unsupported"]);
    for (const key of LANGUAGE_KEYS) expect(problemRows(diagnostics, undefined, languageOf(key))[0]!.fix, key).toContain("1970~/1979~");
  });

  it("says that a date's cell holds the date alone, and another cell's long text belongs in Description, in every language", () => {
    const long = "c. ".repeat(1500) + "2008";
    const { sheet, diagnostics } = load(`Title,Start date,Source\nA,${long},IRNA\n${"x".repeat(5000)},2008,IRNA\n`);
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([["string-too-long", "Start date"], ["string-too-long", "Title"]]);
    for (const key of LANGUAGE_KEYS) {
      const [date, title] = problemRows(diagnostics, sheet, languageOf(key));
      expect([date!.column, title!.column]).toEqual(["Start date", "Title"]);
      expect(date!.fix, key).toContain("2008-06-07");
      expect(title!.fix, key).not.toContain("2008-06-07");
      expect(title!.fix, key).toContain("Description");
    }
    // A TimelineJS sheet's date columns, and a source's date, as JSON names it.
    const tjs = loadTimeline(`Year,Month,Day,Headline,Text\n${long},6,7,A,t\n`).diagnostics;
    expect(tjs.map((d) => d.field)).toEqual(["Year"]);
    expect(problemRows(tjs, readData(`Year,Month,Day,Headline,Text\n${long},6,7,A,t\n`) as Sheet, languageOf("en"))[0]!.fix).toContain("2008-06-07");
    expect(problemRows([{ ...diagnostics[0]!, field: "published" }], undefined, languageOf("en"))[0]!.fix).toContain("2008-06-07");
  });

  it("picks the first language the browser asks for that it speaks, else English", () => {
    expect(pickLanguage(["it-IT", "fa-IR", "en-US"])).toBe("fa");
    expect(pickLanguage(["ckb"])).toBe("ckb");
    expect(pickLanguage(["it"])).toBe("en");
    expect(languageOf("he").dir).toBe("rtl");
    expect(languageOf("nope").tag).toBe("en-GB");
  });
});
