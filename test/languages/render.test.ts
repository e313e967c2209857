// One locale picks dates, words and digits together, the same from every entry point: the server
// writers, the layout, markup attributes, flags and the command. The seed story rendered in each
// language holds that language's headings and digits and no English word of citeline's own.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { faIR } from "date-fns/locale/fa-IR";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { languageOf, readFlags, readOptions } from "../../src/options.js";
import { renderPage, renderSvg, renderToString } from "../../src/write/page.js";
import { runCli } from "../cli/run.js";

const SEED_TEXT = readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8");
const SEED = loadTimeline(SEED_TEXT).timeline;
const TAGS = ["ar-EG", "fa-IR", "he", "fr", "de", "es", "tr", "ckb"] as const;
const NATIVE: Record<string, RegExp> = { "ar-EG": /[٠-٩]/, "fa-IR": /[۰-۹]/, ckb: /[٠-٩]/ };

// Every English word of citeline's own a reader could see (the chart's, the layout's, the dates'),
// less the words the seed story's own text uses, and the names that read alike in every language.
function englishWords(): Set<string> {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (typeof value === "function") {
      // Each sentence with counts and with text, whichever it takes.
      for (const args of [[3, 4, "X", false], ["X", "Y", [1]], [[["uncertain", ["year"]]]], [true, 3, "X"]]) {
        try {
          out.push(String((value as (...a: unknown[]) => unknown)(...args)));
        } catch {
          // Not this sentence's arguments.
        }
      }
    }
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk([en.chart, en.layout, en.dates]);
  const seedWords = new Set(SEED_TEXT.match(/[a-z]+/gi)!.map((w) => w.toLowerCase()));
  const alike = new Set(["utc", "enter", "liste", "source", "sources", "date", "dates", "zoom", "minute", "mmm", "mmmm"]);
  return new Set(out.join(" ").match(/[a-z]{3,}/gi)!.map((w) => w.toLowerCase()).filter((w) => !seedWords.has(w) && !alike.has(w)));
}
const ENGLISH = englishWords();

// What a reader sees or hears of markup: its text and its accessible names.
function readerText(markup: string): string {
  const texts = [...markup.replace(/<style>[\s\S]*?<\/style>/g, "").matchAll(/>([^<]+)</g)].map((m) => m[1]);
  const names = [...markup.matchAll(/\s(?:aria-label|title)="([^"]*)"/g)].map((m) => m[1]);
  return [...texts, ...names].join(" \n ");
}
const englishIn = (markup: string) => [...new Set(readerText(markup).match(/[a-z]{3,}/gi) ?? [])].filter((w) => ENGLISH.has(w.toLowerCase()));

describe("the seed story in every language", () => {
  it("has English words to look for", () => {
    expect([...ENGLISH]).toEqual(expect.arrayContaining(["known", "approximate", "showing", "cite", "clear", "previous"]));
  });

  it.each(TAGS)("%s: its headings, its digits, and no English word of citeline's", (tag) => {
    const language = languageOf({ locale: tag });
    const html = renderToString(SEED, { locale: tag });
    const m = language.messages;
    expect(html).toContain(`>${m.chart.eventsHeading}<`);
    expect(html).toContain(`>${m.chart.sourcesHeading}<`);
    expect(html).toContain(m.chart.describe(SEED.events.length, SEED.sources.length, "").split(".")[0]);
    expect(html).toContain(m.dates.datesSentence(m.dates.knownTo.day));
    if (NATIVE[tag]) expect(readerText(html)).toMatch(NATIVE[tag]);
    expect(englishIn(html)).toEqual([]);
  });

  it("in Persian: Persian headings, Persian digits, Persian dates", () => {
    const html = renderToString(SEED, { locale: "fa" });
    expect(html).toContain(">رویدادها<");
    expect(html).toContain(">منابع<");
    expect(html).toContain("۷ رویداد، ۴ منبع.");
    expect(html).toContain("۸ ژوئن ۲۰۰۸");
    expect(html).toContain("تابستان ۲۰۰۸ (نامطمئن)");
  });

  it("in Persian with the Solar Hijri calendar: its days in words", () => {
    const html = renderToString(SEED, { locale: "fa", calendar: "persian" });
    expect(html).toContain("۱۹ خرداد ۱۳۸۷");
    expect(html).toContain("۱۸ تا ۲۰ خرداد ۱۳۸۷");
  });

  it("as a page and as an SVG, in the language", () => {
    const page = renderPage(SEED, { locale: "ar-EG" });
    expect(page).toContain(">الأحداث<");
    expect(englishIn(page.slice(page.indexOf("<body")))).toEqual([]);
    const svg = renderSvg(SEED, { locale: "he" });
    expect(englishIn(svg)).toEqual([]);
    expect(svg).toMatch(/אירוע|מקור/);
  });

  it("with the page's own words over the language's", () => {
    const html = renderToString(SEED, { locale: "fa", messages: { chart: { eventsHeading: "گاه‌شمار" }, layout: { otherLane: "دیگر" } } });
    expect(html).toContain(">گاه‌شمار<");
    expect(html).not.toContain(">رویدادها<");
    expect(html).toContain(">منابع<");
  });

  it("in English exactly as before", () => {
    expect(renderToString(SEED, { locale: "en-GB" })).toBe(renderToString(SEED));
    expect(renderToString(SEED)).toContain("7 events, 4 sources. Showing");
  });
});

describe("one locale, from every entry point", () => {
  it("reads the same language from the API, a date-fns locale, markup and flags", () => {
    const fromMarkup = readOptions((name) => (name === "locale" ? "fa" : null)).options;
    const fromFlags = readFlags((flag) => (flag === "--locale" ? "fa-IR" : undefined)).options;
    const languages = [languageOf({ locale: "fa" }), languageOf({ locale: faIR }), languageOf(fromMarkup), languageOf(fromFlags)];
    for (const language of languages) {
      expect(language.tag).toBe("fa-IR");
      expect(language.messages.chart.close).toBe("بستن");
      expect(language.numbers.count(12)).toBe("۱۲");
    }
  });

  it("keeps a region's digits from markup as from the API: ar-EG is Arabic-Indic, ar as Intl says", () => {
    const markup = languageOf(readOptions((name) => (name === "locale" ? "ar-EG" : null)).options);
    expect(markup.tag).toBe("ar-EG");
    expect(markup.numbers.count(12)).toBe("١٢");
    expect(languageOf({ locale: "ar" }).numbers.count(12)).toBe(new Intl.NumberFormat("ar").format(12));
  });

  it("is one object for the same options, so the words and layouts cached by it are reused", () => {
    const messages = { chart: { close: "×" } };
    expect(languageOf({ locale: "de-AT" })).toBe(languageOf({ locale: "de-AT" }));
    expect(languageOf({ locale: "fa", messages })).toBe(languageOf({ locale: "fa", messages }));
    expect(languageOf({ locale: "fa", calendar: "persian" })).not.toBe(languageOf({ locale: "fa" }));
    expect(languageOf({ locale: "tlh" }).tag).toBe("en-GB");
  });

  it("lays out in the language: lanes, clusters and accessible names", () => {
    const many = loadTimeline({
      groups: [{ id: "a", label: "A" }],
      events: [{ title: "grouped", start: "2008-06-01", group: "a" }, ...Array.from({ length: 40 }, (_, i) => ({ title: `e${i}`, start: "2008-06-07" }))],
    }).timeline;
    const language = languageOf({ locale: "fa" });
    const layout = layoutTimeline(many, { width: 400, height: 200, locale: language.locale, words: language.messages.layout, dates: language.dates });
    expect(layout.lanes.map((l) => l.label)).toEqual(["A", "سایر"]);
    const cluster = layout.items.find((i) => i.kind === "cluster")!;
    expect(cluster.name).toMatch(/^[۰-۹]+ رویداد/);
    expect(cluster.label?.text).toMatch(/^\+[۰-۹]+$/);
    expect(layout.items.find((i) => i.kind === "point")!.name).toContain("بدون منبع");
  });

  it("--locale fa writes a Persian page and a Persian SVG", async () => {
    const dir = mkdtempSync(join(tmpdir(), "citeline-languages-"));
    for (const out of [join(dir, "fa.html"), join(dir, "fa.svg")]) {
      expect(await runCli("render", "examples/seed-tehran-2008/events.json", "-o", out, "--locale", "fa")).toMatchObject({ code: 0 });
      const written = readFileSync(out, "utf8");
      expect(written).toMatch(/رویداد/);
      expect(written).toMatch(/[۰-۹]/);
      expect(englishIn(written.slice(written.indexOf("<body") >= 0 ? written.indexOf("<body") : 0))).toEqual([]);
    }
  });
});
