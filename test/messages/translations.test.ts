// Every language's table against English's: the same keys (the type holds them at compile time,
// this holds the tables as built), every sentence non-empty for every input, counts through
// Intl.PluralRules and digits through Intl.NumberFormat for the tag.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en, messagesOf, type Messages, type ReaderSection } from "../../src/messages/index.js";
import { LOADING, loadingIn } from "../../src/messages/loading.js";
import { numbersFor } from "../../src/messages/numbers.js";
import { LOCALE_TAGS } from "../../src/options/locale-tags.js";
import { translationFor } from "../../src/options/locales.js";

const TRANSLATED = ["ar", "fa", "he", "fr", "de", "es", "tr", "ckb"] as const;
const SECTIONS: readonly ReaderSection[] = ["chart", "layout", "dates", "diagnostics", "embed"];
// A tag per language, with the digits Intl writes it in by default.
const TAGS = { ar: "ar-EG", fa: "fa-IR", he: "he", fr: "fr", de: "de", es: "es", tr: "tr", ckb: "ckb" } as const;
const NATIVE_DIGITS: Record<string, RegExp> = { "ar-EG": /[٠-٩]/, "fa-IR": /[۰-۹]/, ckb: /[٠-٩]/ };

const tableOf = (lang: (typeof TRANSLATED)[number], tag: string = TAGS[lang]): Messages => messagesOf(translationFor(lang), numbersFor(tag));

// Sample arguments for every function of the reader's sections, by path; a function without
// samples fails the first test, so a new sentence cannot go untested.
const PARTS: readonly (readonly ["approximate" | "uncertain", readonly ("year" | "month" | "day")[]])[] = [["uncertain", ["year", "month"]], ["approximate", ["day"]]];
const SAMPLES: Record<string, unknown[][]> = {
  "chart.itemsInView": [[0], [1], [12]],
  "chart.describe": [[7, 4, "X"], [1, 1, "X"]],
  "chart.eventsCount": [[1], [2], [3], [11], [100]],
  "chart.sameTime": [[2], [5]],
  "chart.zoomedInTo": [[2], [12]],
  "chart.eventsPage": [[26, 50, 1000, false], [1, 25, 30, true]],
  "chart.sourcesPage": [[1, 25, 3000]],
  "chart.accountsPage": [[1, 25, 500], [476, 500, 500]],
  "chart.sourceCitedBy": [[1], [2], [3]],
  "chart.citeNumber": [[1], [12]],
  "chart.axisParts": [[["1980 – 1988", "June – August 2008"]], [["X", "Y", "Z"]]],
  "chart.slidePosition": [[1, 1], [3, 12], [1234, 2000]],
  "chart.slideSaid": [[1, 7], [3, 12]],
  "layout.unsourced": [["X"]],
  "layout.moreLanes": [[1, false], [2, false], [12, true], [480, true]],
  "layout.inGroup": [["X", "Y"]],
  "layout.shownDate": [["X", "Y"]],
  "layout.sourceCount": [[0], [1], [2], [5]],
  "layout.eventName": [["X", "Y", "Z"]],
  "layout.eraName": [["X", "Y", []], ["X", "Y", [1]], ["X", "Y", [1, 2]]],
  "layout.cites": [[[1]], [[1, 3]]],
  "layout.clusterCount": [[12], ["888"]],
  "layout.clusterName": [[1], [2], [3], [40]],
  "layout.yearsFrom": [[1980], [1990], [2000]],
  "layout.yearRange": [["X", "Y"]],
  "layout.breakName": [["20 years"]],
  "layout.disputed": [[["8 June 2008", "9 June 2008"]], [["8 June 2008", "9 June 2008", "June 2008"]]],
  "layout.accountBy": [["8 June 2008", "IRNA"], ["8 June 2008", ""]],
  "chart.accountsHeading": [[2], [3], [11]],
  "chart.andMore": [[1], [2], [1990]],
  "layout.moreAccounts": [[1], [2], [36]],
  "chart.draftsNote": [[1], [2], [3], [11], [1000]],
  "layout.draft": [["X"]],
  "layout.draftName": [["X"]],
  "embed.invalidAddress": [["X"]],
  "embed.notWebAddress": [["X"]],
  "embed.requestFailed": [["X"]],
  "embed.notFound": [["X", "404"]],
  "embed.serverAnswered": [["500", "X"]],
  "embed.cutShort": [["X"]],
  "embed.webPage": [["X"]],
  "embed.notLoaded": [["X", "Y"]],
  "embed.notDrawn": [["X", "Y."]],
  "embed.optionsNotApplied": [["Y."]],
  "embed.noEventRead": [["X", 1], ["X", 3]],
  "embed.noEvents": [["X"]],
  "embed.forTheEditor": [[1, 0], [0, 2], [3, 4]],
  "embed.andMore": [[5]],
  "embed.problemsIn": [[2, "X", true]],
  "embed.markup": [["X"]],
  "embed.diagnosticPlace": [["events", 3, 5, "start"], ["input", undefined, undefined, undefined]],
  "embed.diagnosticLine": [["X", "error", "date-invalid", "Y"], ["X", "warning", "unsourced", "Y"]],
  "dates.year": [["2008"]],
  "dates.bce": [["754"]],
  "dates.withYear": [["X", "2008"]],
  "dates.decade": [["1980"]],
  "dates.yearSpan": [["1900", "1999"]],
  "dates.range": [["X", "Y"]],
  "dates.from": [["X"]],
  "dates.endUnknown": [["X"]],
  "dates.until": [["X"]],
  "dates.startUnknown": [["X"]],
  "dates.orBefore": [["X"]],
  "dates.orAfter": [["X"]],
  "dates.oneOf": [[["X", "Y"]]],
  "dates.allOf": [[["X", "Y"]]],
  "dates.qualified": [["X", "Y"]],
  "dates.parts": [[PARTS]],
  "dates.estimate": [["1950", 2, "X"]],
  "dates.season": [["X", "2008"]],
  "dates.atTime": [["X", "14:30"]],
  "dates.utc": [[""], ["+03:30"]],
  "dates.someYearOf": [["X", true], ["X", false]],
  "dates.inSomeYear": [["X", "Y"]],
  "dates.monthOf": [["X", "1984"]],
  "dates.dayOfSomeMonth": [["25", "X"]],
  "dates.someMonthOf": [["1984"]],
  "dates.monthsOf": [["X", "Y", "1984"]],
  "dates.setKnown": [[true, 2, "X"], [false, 3, "X"]],
  "dates.partsKnown": [["X", "Y"]],
  "dates.estimateKnown": [["X"]],
  "dates.yearKnown": [["day-month", "X"], ["month", "X"], ["none", "X"]],
  "dates.dateSentence": [["X"]],
  "dates.datesSentence": [["X"]],
  "dates.startEndSentence": [["X", "Y"]],
};
// A diagnostic's field is always given (its address's, when the code names none of its own).
// A date read otherwise than written also names what it was read as, and some codes what else of
// the input the message quotes.
const DIAGNOSTIC_SAMPLES = [[{ field: "start" }], [{ value: "X", field: "start" }], [{ value: "X", field: "start", readAs: "2008-06", detail: "Y" }]];

type Leaf = { path: string; value: unknown };
function leaves(value: unknown, path: string): Leaf[] {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}
const readerLeaves = (m: Messages) => SECTIONS.flatMap((s) => leaves(m[s], s));
const argsFor = (path: string) => (path.startsWith("diagnostics.") ? DIAGNOSTIC_SAMPLES : SAMPLES[path]);
// A frame around the user's words ([before, after]) may be empty on one side (word order differs
// by language), never on both.
const texts = (value: unknown): string[] => (Array.isArray(value) ? [value.map(String).join("")] : [String(value)]);

describe("the translations", () => {
  it("are every language citeline names but English, Italian, Dutch and Portuguese", () => {
    expect(LOCALE_TAGS.filter((tag) => translationFor(tag) !== undefined)).toEqual(["de", "fr", "es", "ar", "fa", "he", "tr", "ckb"]);
  });

  it("have a sample for every sentence English has", () => {
    const functions = readerLeaves(en).filter((l) => typeof l.value === "function").map((l) => l.path);
    expect(functions.filter((path) => !argsFor(path))).toEqual([]);
  });

  it.each(TRANSLATED)("%s has every key English has, of the same kind, and nothing else", (lang) => {
    const shape = (m: Messages) => readerLeaves(m).map((l) => `${l.path}:${typeof l.value}`);
    expect(shape(tableOf(lang))).toEqual(shape(en));
  });

  it.each(TRANSLATED)("%s says something for every input, in its own words", (lang) => {
    const table = tableOf(lang);
    for (const { path, value } of readerLeaves(table)) {
      if (path === "dates.qualifier.exact" || path === "dates.sure.exact") continue;
      const outputs = typeof value === "function" ? argsFor(path)!.flatMap((args) => texts((value as (...a: unknown[]) => unknown)(...args))) : texts(value);
      for (const text of outputs) {
        expect(text.trim(), `${lang} ${path}`).not.toBe("");
        expect(text, `${lang} ${path}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it.each(TRANSLATED)("%s translates the reader's sentences (none left as English's)", (lang) => {
    const table = tableOf(lang);
    const same = readerLeaves(table).filter(({ path, value }) => {
      if (path.startsWith("layout.axisFormat") || path.endsWith(".exact") || typeof value !== "string") return false;
      return value === readerLeaves(en).find((l) => l.path === path)?.value && /[a-z]{3}/i.test(value);
    });
    // Symbols, abbreviations, and French's "Source(s)", which read the same as English's.
    const alike = lang === "fr" ? /^chart\.sources?Heading$/ : /^$/;
    expect(same.map((l) => l.path).filter((p) => !/^dates\.seasons\.3[3-6]$|chart\.pickSeparator|chart\.via|layout\.via|layout\.yearRange/.test(p) && !alike.test(p))).toEqual([]);
  });

  it.each(TRANSLATED)("%s counts through Intl.PluralRules and writes the tag's digits, for any count", (lang) => {
    const tag = TAGS[lang];
    const n = numbersFor(tag);
    const table = tableOf(lang);
    const native = NATIVE_DIGITS[tag];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (count) => {
        const said = [
          table.chart.eventsCount(count), table.chart.sameTime(count), table.chart.zoomedInTo(count), table.chart.itemsInView(count),
          table.layout.sourceCount(count), table.layout.clusterName(count), table.layout.moreLanes(count, count % 2 === 0), table.embed.andMore(count), table.embed.forTheEditor(count, count + 1),
          table.chart.eventsPage(count, count + 1, count + 2, false), table.chart.sourceCitedBy(count).join(""),
        ];
        for (const text of said) {
          expect(text.trim()).not.toBe("");
          if (native) expect(text).not.toMatch(/[0-9]/);
        }
        // From 3 on every language says the count in digits (one and two may be words: "حدثان").
        if (count >= 3) for (const text of said.slice(0, 3)) expect(text).toContain(n.count(count));
        expect(table.layout.clusterCount(count)).toBe(`+${n.plain(count)}`);
        if (native) expect(table.layout.clusterCount(count)).toMatch(native);
      }),
      { numRuns: 300 },
    );
  });

  it("gives Arabic its six plural forms, each a real one", () => {
    const ar = tableOf("ar");
    const forms = [0, 1, 2, 3, 11, 100].map((count) => ar.chart.eventsCount(count));
    expect(forms).toEqual(["لا أحداث", "حدث واحد", "حدثان", "٣ أحداث", "١١ حدثًا", "١٠٠ حدث"]);
    expect(new Set([0, 1, 2, 3, 11, 100].map((c) => new Intl.PluralRules("ar").select(c)))).toEqual(new Set(["zero", "one", "two", "few", "many", "other"]));
  });

  it("gives Hebrew its dual, and French its singular zero", () => {
    expect([1, 2, 5].map((c) => tableOf("he").chart.eventsCount(c))).toEqual(["אירוע אחד", "שני אירועים", "5 אירועים"]);
    // Hebrew's "and" joins the word after it, and takes a maqaf before digits.
    expect([1, 21].map((c) => tableOf("he").layout.moreLanes(c, true))).toEqual(["אירועים אחרים וקבוצה נוספת אחת", "אירועים אחרים ו\u05BE21 קבוצות נוספות"]);
    expect([0, 1, 2, 1_000_000].map((c) => tableOf("fr").chart.eventsCount(c))).toEqual(["0 événement", "1 événement", "2 événements", "1\u202f000\u202f000 d’événements"]);
  });

  it("follows Intl's digits for the tag: ar-EG and ckb Arabic-Indic, fa Persian, ar as Intl says", () => {
    expect(tableOf("ar", "ar-EG").chart.eventsCount(12)).toBe("١٢ حدثًا");
    expect(tableOf("ar", "ar").chart.eventsCount(12)).toBe(`${new Intl.NumberFormat("ar").format(12)} حدثًا`);
    expect(tableOf("fa").chart.eventsCount(1234)).toBe("۱٬۲۳۴ رویداد");
    expect(tableOf("ckb").chart.eventsCount(12)).toBe("١٢ ڕووداو");
    expect(tableOf("tr").layout.yearsFrom(1960)).toBe("1960'lar");
    expect(tableOf("tr").layout.yearsFrom(1980)).toBe("1980'ler");
  });

  it("has the loading sentence of every language at hand, the same as its table's", () => {
    for (const lang of TRANSLATED) expect(loadingIn(TAGS[lang])).toBe(tableOf(lang).embed.loading);
    expect(loadingIn("en-GB")).toBe(en.embed.loading);
    expect(loadingIn("it")).toBeUndefined();
    expect(Object.keys(LOADING).sort()).toEqual(["en", ...TRANSLATED].sort());
  });
});

describe("a page's own words", () => {
  it("replace the language's, and leave the rest to it", () => {
    const m = messagesOf(translationFor("fa"), numbersFor("fa"), { chart: { eventsHeading: "گاه‌شمار" }, dates: { bce: (y) => `${y} ق.م.` } });
    expect(m.chart.eventsHeading).toBe("گاه‌شمار");
    expect(m.chart.sourcesHeading).toBe("منابع");
    expect(m.dates.bce("۷۵۴")).toBe("۷۵۴ ق.م.");
    expect(m.dates.decade("۱۹۸۰")).toBe("دههٔ ۱۹۸۰");
    // The developers' sections stay English.
    expect(m.options).toBe(en.options);
  });

  it("leave a section they do not name as the language's own", () => {
    const m = messagesOf(undefined, numbersFor("en-GB"), { chart: { close: "Done" } });
    expect(m.diagnostics).toBe(en.diagnostics);
    expect(m.chart.close).toBe("Done");
    expect(m.embed.problemsIn(1, "X", true)).toBe(en.embed.problemsIn(1, "X", true));
  });
});
