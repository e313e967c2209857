// A date with its time of day, as people and the platform's `Intl` write one: "June 7, 2008 at
// 2:30 PM", "7 juin 2008 à 14 h 30", "7 июня 2008 г. в 14:30", "2008년 6월 7일 오후 2:30"
// (test/fixtures/intl/ORIGIN.md, `date-times.json`): real spellings nobody here wrote. Every long
// and full one was refused, English's own among them, and "7 June 2008 at 14:30" with a wrong
// reason: that a time needs the whole date, day included, which it had.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";

type Row = [locale: string, style: string, clock: string, at: string, text: string];
const ROWS = JSON.parse(readFileSync(new URL("../fixtures/intl/date-times.json", import.meta.url), "utf8")) as Row[];

function load(start: string) {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start }] });
  return { event: timeline.events[0], diagnostics };
}

describe("date-times as Intl writes them", () => {
  it("reads each long and full one as its minute, and each medium one as its minute or as ambiguous with it among the readings", () => {
    expect(ROWS.length).toBe(1344);
    let ambiguous = 0;
    for (const [locale, style, clock, at, text] of ROWS) {
      const { event, diagnostics } = load(text);
      const where = `${locale} ${style} ${clock} ${JSON.stringify(text)}`;
      // A day of numbers alone: no month's name before the time, only a year's mark ("г.").
      const numbers = (text.replace(/(?<=\d)\D*$/u, "").match(/\p{L}+/gu) ?? []).every((word) => word.length <= 2);
      if (event?.start.edtf === at) {
        // Read in the one order it can be, it is said how ("22.09.1980": 22 September).
        for (const d of diagnostics) expect([d.code, numbers], where).toEqual(["date-reinterpreted", true]);
        continue;
      }
      // Burmese and Lao shorten a month to a letter or two with points ("ဩ", "ກ.ຍ."): not read as
      // a month, and refused.
      if (style === "medium" && (locale === "my" || locale === "lo")) {
        expect(diagnostics.map((d) => d.code), where).toEqual(["date-invalid"]);
        continue;
      }
      // Only a day of numbers alone may be either order.
      expect([style, numbers], where).toEqual(["medium", true]);
      expect(diagnostics.map((d) => d.code), where).toEqual(["date-ambiguous"]);
      expect(diagnostics[0]?.readings, where).toContain(at);
      ambiguous++;
    }
    expect(ambiguous).toBe(36);
  });

  it("reads the minute of any instant from 1900 to 2100 as a language writes it in words, on a 24- or 12-hour clock", () => {
    const locales = ["en-US", "en-GB", "fr", "fr-CA", "de", "es", "es-MX", "it", "nl", "pt-BR", "tr", "sv", "nb", "da", "pl", "cs", "hu", "id", "ar", "fa", "he", "ru", "uk", "bg", "el", "ja", "zh", "ko", "vi", "hi", "mr", "ne", "bn", "gu", "pa", "or", "ta", "te", "kn", "ml", "ur", "fil", "my", "km", "lo"];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 60_000, max: Date.UTC(2100, 11, 31) / 60_000 }), fc.constantFrom(...locales), fc.constantFrom("long", "full"), fc.constantFrom("h23", "h12"), (minute, locale, dateStyle, hourCycle) => {
        const at = new Date(minute * 60_000);
        const text = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: "short", hourCycle, timeZone: "UTC", calendar: "gregory", numberingSystem: "latn" }).format(at);
        const iso = at.toISOString().slice(0, 16);
        // A midnight is read as its day, said (a sheet writes a date alone so).
        const want = iso.endsWith("T00:00") ? iso.slice(0, 10) : iso;
        expect(load(text).event?.start.edtf, `${locale} ${text}`).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a date and its time, as people write them", () => {
  it.each<[string, string]>([
    ["June 7, 2008 at 2:30 PM", "2008-06-07T14:30"],
    ["7 June 2008 at 14:30", "2008-06-07T14:30"],
    ["Saturday 7 June 2008 at 2.30pm", "2008-06-07T14:30"],
    ["June 7, 2008, 2 p.m.", "2008-06-07T14:00"],
    ["2008-06-07 at 14:30", "2008-06-07T14:30"],
    ["June 8, 2008 at 12:30 AM", "2008-06-08T00:30"],
    ["June 7, 2008 at 12:00 noon", "2008-06-07T12:00"],
    ["June 7, 2008 at 2:30 in the afternoon", "2008-06-07T14:30"],
    // The hours of a 0-to-11 clock, as Node wrote Spanish's ("0:30 a. m.") and Japanese write theirs.
    ["8 de junio de 2008 a las 0:30 a. m.", "2008-06-08T00:30"],
    ["2008年6月7日 午後0:30", "2008-06-07T12:30"],
    ["7 juin 2008 à 14h30", "2008-06-07T14:30"],
    ["7 juin 2008 à 14 h 30", "2008-06-07T14:30"],
    ["7 giugno 2008 alle 14:30", "2008-06-07T14:30"],
    ["7 июня 2008 в 14:30", "2008-06-07T14:30"],
    ["7 юни 2008 г., 14:30 ч.", "2008-06-07T14:30"],
    // Hungarian's "before noon" comes before the hour, where the day's reader would take it for a word between its parts.
    ["2008. június 8. de. 12:30", "2008-06-08T00:30"],
    ["2008. június 7. du. 2:30", "2008-06-07T14:30"],
    // Nepali's colon and space between a date and its time, not a time's own colons.
    ["२००८ जुन ७: १४:३०", "2008-06-07T14:30"],
    ["2000-01-05T06:45:56", "2000-01-05T06:45:56"],
    ["2008-06-07 14:30:05", "2008-06-07T14:30:05"],
  ])("%s", (text, edtf) => {
    const { event, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect(event?.start.edtf).toBe(edtf);
  });

  it.each<[string, string, string | undefined]>([
    ["June 2008 at 14:30", "date-invalid", "time-needs-day"],
    ["2008 at 2:30 PM", "date-invalid", "time-needs-day"],
    ["June 7, 2008 at 25:00", "date-invalid", "not-a-time"],
    ["June 7, 2008 at 14:30 pm", "date-invalid", "not-a-time"],
    ["June 7, 2008 at 2:30 PM EST", "date-invalid", "zone-abbreviation"],
    // An hour alone is no time: it could be a count, or a day of another month.
    ["June 7, 2008 at 14", "date-invalid", undefined],
    // "At night" is CLDR's 9 p.m. to midnight, and people's 2 a.m. too: no half of the day.
    ["June 7, 2008 at 2:30 at night", "date-invalid", undefined],
  ])("%s is refused, with its reason", (text, code, reason) => {
    const read = readDate(text);
    expect(read).toMatchObject({ ok: false, code });
    expect(read.ok ? undefined : read.reason).toBe(reason);
  });

  it("asks Intl for no language's words where English's read the date-time (gathering the Latin script's costs tens of milliseconds)", async () => {
    vi.resetModules();
    const { normalizeSpelling } = await import("../../src/model/date-spelling.js");
    const Real = Intl.DateTimeFormat;
    // Each format made, made as Intl makes it.
    const made = vi.spyOn(Intl, "DateTimeFormat").mockImplementation(function made(...args: ConstructorParameters<typeof Real>) {
      return new Real(...args);
    });
    const read = ["2008-06-07 14:30:00 UTC", "2008-06-07 14:30 gmt", "June 7, 2008 at 2:30 PM", "2:30 p.m. June 7, 2008", "6/7/2008 2:30 PM", "2008-06-07 14:30"].map((text) => normalizeSpelling(text).ok);
    expect(read).toEqual([true, true, true, true, false, true]);
    expect(made).not.toHaveBeenCalled();
    normalizeSpelling("7 juin 2008 à 14:30");
    expect(made).toHaveBeenCalled();
    made.mockRestore();
  });

  it("an ambiguous day keeps its time in each reading", () => {
    expect(load("7/6/2008 at 14:30").diagnostics[0]).toMatchObject({ code: "date-ambiguous", readings: ["2008-06-07T14:30", "2008-07-06T14:30"] });
  });

  it("what it reads loads back as itself", () => {
    const data = { events: ROWS.filter(([, style]) => style !== "medium").map(([, , , , text], i) => ({ title: `event ${i}`, start: text })) };
    const once = loadTimeline(data).timeline;
    const again = loadTimeline(JSON.stringify(once));
    expect(once.events.length).toBe(896);
    expect(again.diagnostics).toEqual([]);
    expect(JSON.stringify(again.timeline)).toBe(JSON.stringify(once));
  });
});
