// A date after the word prose puts before it ("in June 2008", "im Sommer 2008", "el 7 de junio de
// 2008"), as a sheet whose dates were copied from copy keeps it: read as the date written alone,
// refused as it would be. Each was refused before as no date, with no reason.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { day, inWords } from "./any-day.js";
import { loadTimeline } from "../../src/load.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";

function read(text: string): { start?: string; end?: string; codes: string[]; readings?: readonly string[] } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
  const event = timeline.events[0];
  const readings = diagnostics.find((d) => d.readings)?.readings;
  return { ...(event ? { start: event.start.edtf, ...(event.end ? { end: event.end.edtf } : {}) } : {}), codes: diagnostics.map((d) => d.code), ...(readings ? { readings } : {}) };
}

describe("a date after a preposition", () => {
  it.each<[string, string]>([
    ["in June 2008", "2008-06"],
    ["In 2008", "2008"],
    ["on June 7, 2008", "2008-06-07"],
    ["On 7 June 2008", "2008-06-07"],
    ["during the summer of 2008", "2008-22"],
    ["im Sommer 2008", "2008-22"],
    ["am 7. Juni 2008", "2008-06-07"],
    ["en été 2008", "2008-22"],
    ["au printemps 2008", "2008-21"],
    ["el 7 de junio de 2008", "2008-06-07"],
    ["il 7 giugno 2008", "2008-06-07"],
    ["nel 2008", "2008"],
    ["nell'estate 2008", "2008-22"],
    ["em junho de 2008", "2008-06"],
    ["op 7 juni 2008", "2008-06-07"],
    ["in c. 1900", "1900~"],
  ])("%s", (text, start) => {
    expect(read(text)).toEqual({ start, codes: [] });
  });

  it("reads a range after it as the range", () => {
    expect(read("in 1980–1988")).toEqual({ start: "1980", end: "1988", codes: [] });
  });

  it("reads any day in words after it as the day alone, and says what the day alone says", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("in", "on", "am", "el", "op"), (d, word) => {
        expect(normalizeSpelling(`${word} ${inWords(d)}`)).toEqual(normalizeSpelling(inWords(d)));
      }),
    );
  });

  it("refuses an ambiguous date after it as the date alone, naming its readings", () => {
    expect(read("on 7/6/2008")).toEqual({ codes: ["date-ambiguous"], readings: ["2008-06-07", "2008-07-06"] });
  });

  it.each([["in foo"], ["In progress"], ["On hold"], ["in"], ["en"], ["um 1900 in"], ["in office 2008"], ["in in 2008"], ["on on 7 June 2008"], ["en en 2008"]])("leaves what is no date after it refused: %s", (text) => {
    expect(read(text).codes).toEqual(["date-invalid"]);
  });

  it("leaves German's \"um\" (about) alone: it is no preposition of place in time", () => {
    expect(normalizeSpelling("um 1900")).not.toEqual({ ok: true, edtf: "1900" });
  });
});
