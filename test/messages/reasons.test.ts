// A date refused says why as a code (`Diagnostic.reason`), so that every language's sentence can
// say it: the English message says why in `detail`, words the translations cannot reuse, so a
// reporter reading in French or Persian was told only that the date could not be read. Real input
// nobody here wrote: the `pubDate`s of the RSS feeds rss-parser tests with, some in PST or EST
// (test/fixtures/feeds/ORIGIN.md); and the spellings Excel and people write (a year of two digits
// as Excel's d-mmm-yy writes it, a weekday that is not the date's).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DateReason, Diagnostic } from "../../src/diagnostics.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { MAX_SET } from "../../src/model/date-set.js";
import { languageOf } from "../../src/options/language.js";

const TRANSLATED = ["fr", "de", "es", "ar", "fa", "he", "tr", "ckb"] as const;

// One spelling for each reason.
const WHY: [string, DateReason][] = [
  ["8-Jun-08", "two-digit-year"],
  ["June 8", "day-without-year"],
  ["June 2008 14:30", "time-needs-day"],
  ["2008-06-07 25:30", "not-a-time"],
  ["13/2020", "no-month"],
  ["30 février 2008", "no-day"],
  ["Monday, June 8, 2008", "weekday"],
  ["0 BC", "no-year-0"],
  ["70–79", "short-years"],
  ["../..", "needs-known-end"],
  ["[2008..2007]", "backward-range"],
  ["[1667,,1668]", "empty-set-member"],
  ["[1667,1668/1670]", "set-member-form"],
  ["early 2008-06-07", "part-needs-span"],
  ["1445 هـ - 2024 م", "two-calendars"],
  ["平成元年1月7日", "not-in-era"],
];

// What citeline does not draw yet (`date-unsupported`), one spelling for each.
const FORMS: [string, DateReason][] = [
  ["c. 1970s", "qualified-span"],
  ["XXXX-12-XX", "no-known-year"],
  ["-00XX-12", "bce-unknown-digits"],
  ["[1760-01,1760-12..]", "open-set-member"],
  [`[${Array.from({ length: 101 }, (_, i) => 1800 + i).join(",")}]`, "set-too-large"],
];

const pubDates = (JSON.parse(readFileSync(new URL("../fixtures/feeds/rss-parser-pubdates.json", import.meta.url), "utf8")) as { pubDate: string }[]).map((p) => p.pubDate);

function refused(starts: string[], code: Diagnostic["code"] = "date-invalid"): Diagnostic[] {
  return loadTimeline({ events: starts.map((start, i) => ({ title: `event ${i}`, start })) }).diagnostics.filter((d) => d.code === code);
}

describe("a date refused says why", () => {
  const feed = refused(pubDates);
  const made = refused(WHY.map(([start]) => start));
  const unsupported = refused(FORMS.map(([start]) => start), "date-unsupported");
  // A JSON date object with no EDTF text, as an app may hand one.
  const object = loadTimeline({ events: [{ title: "x", start: { earliest: 0, latest: 1 } }] }).diagnostics.filter((d) => d.code === "date-invalid");

  it("as a code, for a feed's times in PST and for each spelling", () => {
    // A zone's abbreviation other than UTC and GMT: PST, EST, PDT…
    const zoned = pubDates.filter((p) => / (?!UTC$|GMT$)[A-Z]{3,4}$/.test(p));
    expect(zoned.length).toBeGreaterThan(10);
    expect(feed.filter((d) => d.reason === "zone-abbreviation").map((d) => d.value)).toEqual(zoned);
    expect(made.map((d) => [d.value, d.reason])).toEqual(WHY);
    expect(unsupported.map((d) => d.reason)).toEqual(FORMS.map(([, reason]) => reason));
    expect(object.map((d) => d.reason)).toEqual(["object-needs-edtf"]);
  });

  it("in every language, a sentence of its own for each reason, none of the English detail's words", () => {
    const all = [...made, ...unsupported, ...object, feed.find((d) => d.reason === "zone-abbreviation")!];
    for (const lang of TRANSLATED) {
      const words = languageOf({ locale: lang }).messages;
      const said = all.map((d) => {
        const line = diagnosticLine(d, words);
        const without: Diagnostic = { ...d };
        delete without.reason;
        // The reason adds a sentence to what the language said without it.
        expect(line.length, `${lang} ${d.reason}`).toBeGreaterThan(diagnosticLine(without, words).length + 10);
        expect(line).not.toMatch(/could be any century|may stand for more than one|is not a time of day|has no day|was a \w+day|no year 0|known end|ends before it starts|empty member|are dates or ranges|is read before|needs its EDTF|uncertain span|no known year|unknown digits|open at one end|more than 100|two calendars|is read from|undefined/);
        return line.replace(d.value!, "");
      });
      expect(new Set(said).size, lang).toBe(all.length);
      // The most a set holds, as the language writes its numbers.
      const language = languageOf({ locale: lang });
      expect(diagnosticLine(unsupported.find((d) => d.reason === "set-too-large")!, words), lang).toContain(language.numbers.count(MAX_SET));
    }
  });

  it("keeps the sentence it had where there is no reason to say", () => {
    const [none] = refused(["Hello"]);
    expect(none?.reason).toBeUndefined();
    expect(languageOf({ locale: "es" }).messages.diagnostics["date-invalid"](none!)).toBe("«Hello» no es una fecha que citeline sepa leer. Escriba las fechas en EDTF, por ejemplo 2008-06-08, 2008-06, 1980, 2008-22 (verano), 2008-06~ (aproximada).");
  });
});
