// A time not known, as sheets write an end (or a start) their writer does not know: "unknown", "?",
// "TBD", in the interface's languages, in its own field or in a range ("c. 1200 – unknown"). It is
// EDTF's unknown end or start (`1200/`, `/1988`), and the event is drawn with the end it has;
// each such event was dropped before, its end "not a date".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { day, iso, inWords } from "./any-day.js";
import { loadTimeline } from "../../src/load.js";
import { renderToString } from "../../src/write/html.js";

function read(start: string, end?: string): { start?: string; end?: string; bound?: string; codes: string[] } {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start, ...(end === undefined ? {} : { end }) }] });
  const event = timeline.events[0];
  return {
    ...(event ? { start: event.start.edtf, ...(event.end ? { end: event.end.edtf, ...(event.end.bound ? { bound: event.end.bound } : {}) } : {}) } : {}),
    codes: diagnostics.map((d) => d.code),
  };
}

describe("an end not known", () => {
  it.each([
    "unknown", "Unknown", "UNKNOWN", "not known", "unk.", "?", "??", "TBD", "TBA", "to be determined", "To be announced",
    "unbekannt", "nicht bekannt", "inconnu", "inconnue", "desconocido", "desconocida", "sconosciuto", "ignoto", "onbekend",
    "desconhecido", "bilinmiyor", "неизвестно", "невідомо", "غير معروف", "مجهول", "نامعلوم", "نامشخص", "לא ידוע", "  unknown ",
  ])("in an end field: %s", (end) => {
    expect(read("2008-06-07", end)).toEqual({ start: "2008-06-07", end: "", bound: "unknown", codes: [] });
  });

  it.each<[string, string]>([
    ["c. 1200 – unknown", "1200~"],
    ["1200 – ?", "1200"],
    ["1990 - TBD", "1990"],
    ["June 2008 to unknown", "2008-06"],
    ["2003–inconnu", "2003"],
    ["2003 bis unbekannt", "2003"],
    ["с 1990 — неизвестно", "1990"],
    ["7 June 2008 – unknown", "2008-06-07"],
  ])("in one cell: %s", (text, start) => {
    expect(read(text)).toEqual({ start, end: "", bound: "unknown", codes: [] });
  });

  it("follows any day, in words or EDTF, as the range's end", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(" – unknown", "–?", " - TBD", " to unknown"), (d, after) => {
        expect(read(`${inWords(d)}${after}`)).toEqual({ start: iso(d), end: "", bound: "unknown", codes: [] });
        expect(read(`${iso(d)}${after}`)).toEqual({ start: iso(d), end: "", bound: "unknown", codes: [] });
      }),
    );
  });

  it("is drawn as EDTF's own unknown end is, and a saved timeline loads back the same", () => {
    const { timeline } = loadTimeline({ events: [{ id: "a", title: "x", start: "2008-06-07", end: "unknown" }] });
    const edtf = loadTimeline({ events: [{ id: "a", title: "x", start: "2008-06-07/" }] });
    expect(timeline.events).toEqual(edtf.timeline.events);
    expect(renderToString(timeline, { width: 800 })).toBe(renderToString(edtf.timeline, { width: 800 }));
    const again = loadTimeline(JSON.parse(JSON.stringify(timeline)) as unknown);
    expect(again.diagnostics).toEqual([]);
    expect(again.timeline.events).toEqual(timeline.events);
  });
});

describe("a start not known", () => {
  it.each<[string, string | undefined, string]>([
    ["unknown", "1988", "1988"],
    ["?", "June 1988", "1988-06"],
    ["? – 1988", undefined, "1988"],
    ["unknown–1988", undefined, "1988"],
    ["Unknown to 7 June 1988", undefined, "1988-06-07"],
  ])("with an end: %s %s", (start, end, last) => {
    expect(read(start, end)).toEqual({ start: "", end: last, codes: [] });
  });

  it("with no end is a missing start, the value quoted, and the other events are drawn", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [{ title: "a", start: "Unknown" }, { title: "b", start: "2008" }, { title: "c", start: "?", end: "N/A" }] });
    expect(timeline.events.map((e) => e.title)).toEqual(["b"]);
    expect(diagnostics.filter((d) => d.code === "missing-start").map((d) => [d.index, d.field, d.value])).toEqual([
      [0, "start", "Unknown"],
      [2, "start", "?"],
    ]);
  });
});

describe("what is still refused", () => {
  it.each([["unknown – unknown"], ["since unknown"], ["until unknown"], ["early unknown"], ["unknown 2008"], ["unknowns"], ["2004-?"], ["unknown or 2008"]])("%s", (text) => {
    expect(read(text).codes).toEqual(["date-invalid"]);
  });

  it("keeps EDTF's own question mark on a date", () => {
    expect(read("2008?")).toEqual({ start: "2008?", codes: [] });
    expect(read("2008-06?", "2008-07")).toEqual({ start: "2008-06?", end: "2008-07", codes: [] });
  });
});

describe("FiveThirtyEight's college fight songs (test/fixtures/published/fight-songs.csv)", () => {
  it("draws every song whose year is known, and says of each of the five whose year is Unknown that it has no start", () => {
    const csv = readFileSync(new URL("../fixtures/published/fight-songs.csv", import.meta.url), "utf8");
    const sheet = csv.replace(/^school,conference,song_name,writers,year,/, "Group,conference,Title,writers,Year,");
    expect(sheet).not.toBe(csv);
    const { timeline, diagnostics } = loadTimeline(sheet);
    const unknown = csv.split("\n").slice(1).filter((line) => line.includes(",Unknown,"));
    expect(unknown).toHaveLength(5);
    expect(timeline.events).toHaveLength(60);
    const refused = diagnostics.filter((d) => d.code !== "csv-unknown-column");
    expect(refused.map((d) => [d.code, d.field, d.value])).toEqual(Array.from({ length: 5 }, () => ["missing-start", "Year", "Unknown"]));
    expect(timeline.events.every((e) => /^1[89]\d\d$/.test(e.start.edtf))).toBe(true);
  });
});
