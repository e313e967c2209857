// The axis's labels were date-fns's `format` of a Date whose fields read UTC's; they are now
// written by src/layout/axis-format.ts from the same patterns and month names. Every language's
// patterns, with every locale citeline has, give what `format` gave, in any time zone.
import fc from "fast-check";
import { format } from "date-fns";
import { afterEach, describe, expect, it } from "vitest";
import { axisLabel } from "../../src/layout/axis-format.js";
import { en, messagesOf } from "../../src/messages/index.js";
import { numbersFor } from "../../src/messages/numbers.js";
import { LOCALES, translationFor } from "../../src/options/locales.js";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

// Every pattern a language writes its axis with, with the locale of its months.
const LANGUAGES = ["en-GB", "de", "fr", "es", "it", "nl", "pt", "ar", "fa", "he", "tr", "ckb"];
const CASES = LANGUAGES.flatMap((tag) => {
  const translation = translationFor(tag.slice(0, 2) === "en" ? "en" : tag);
  const axis = (translation ? messagesOf(translation, numbersFor(tag)) : en).layout.axisFormat;
  return Object.values(axis).map((pattern) => [tag, pattern] as const);
});
const times = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59) });

describe("axisLabel", () => {
  it("reads each language's patterns (every pattern letter in them is one it writes)", () => {
    expect(new Set(CASES.map(([, p]) => p))).toEqual(new Set(["HH:mm", "MMM", "MMMM", "d MMMM", "d. MMMM", "d 'de' MMMM", "d בMMMM"]));
  });

  it.each(CASES)("%s %j: what date-fns's format wrote, for any instant", (tag, pattern) => {
    process.env.TZ = "UTC";
    const locale = LOCALES[tag]!;
    fc.assert(
      fc.property(times, (t) => {
        const date = new Date(t);
        expect(axisLabel(pattern, date, locale)).toBe(format(date, pattern, { locale }));
      }),
      { numRuns: 200 },
    );
  });

  it.each(["Asia/Tehran", "America/St_Johns", "Pacific/Kiritimati"])("writes UTC's fields where the clock is %s", (tz) => {
    process.env.TZ = tz;
    // 23:30 UTC on 8 June is 9 June in Tehran and Kiritimati.
    expect(axisLabel("d MMMM HH:mm", new Date(Date.UTC(2008, 5, 8, 23, 30)), LOCALES["en-GB"]!)).toBe("8 June 23:30");
    expect(axisLabel("d 'de' MMMM", new Date(Date.UTC(2008, 0, 1)), LOCALES.es!)).toBe("1 de enero");
    expect(axisLabel("'o''clock' HH", new Date(Date.UTC(2008, 0, 1, 7)), LOCALES["en-GB"]!)).toBe("o'clock 07");
  });
});
